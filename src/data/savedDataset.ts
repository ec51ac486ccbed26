/**
 * The reader's own dataset, kept in localStorage between visits. Apart from loading it (userDataset.ts),
 * so the boot can look for one without fetching the loader and its messages.
 */
const KEY = 'chronicle:user-dataset';

export interface SavedDataset {
  name: string;
  text: string;
}

/** False when the browser will not keep it (private mode, or over its storage quota). */
export function saveUserDataset(saved: SavedDataset): boolean {
  try {
    localStorage.setItem(KEY, JSON.stringify(saved));
    return true;
  } catch {
    forgetUserDataset();
    return false;
  }
}

export function readUserDataset(): SavedDataset | null {
  try {
    const raw = localStorage.getItem(KEY);
    const saved = raw ? (JSON.parse(raw) as unknown) : null;
    if (saved && typeof saved === 'object' && typeof (saved as SavedDataset).name === 'string' && typeof (saved as SavedDataset).text === 'string') {
      return saved as SavedDataset;
    }
  } catch {
    /* unreadable: as if none */
  }
  return null;
}

export function forgetUserDataset(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    /* nothing kept */
  }
}
