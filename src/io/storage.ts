/**
 * Where the reader's own dataset is kept between visits (localStorage): what the page reads at boot.
 * Keeping, renaming and forgetting it are in user/keptDataset.ts, loaded when the reader opens a file.
 */
import { FIELD_NAME, type ColumnChoice } from '../data/columnChoice';

export interface SavedDataset {
  name: string;
  text: string;
  /** The title the reader gave it, kept beside the text: the file itself stays as it was brought. */
  title?: string;
  /** What the reader said its columns hold (the Open dialog's column step), so it reads the same way again. */
  columns?: ColumnChoice;
}

/** `full`: the browser's quota for this site is used up. `unavailable`: storage is off, blocked or missing here. */
export type KeepFailure = 'full' | 'unavailable';

export type KeepResult = { kept: true } | { kept: false; reason: KeepFailure; previous: string | null };

export interface DatasetStorage {
  read(): Promise<SavedDataset | null>;
  save(dataset: SavedDataset): Promise<KeepResult>;
  /** Keeps a new title with the kept dataset; with none kept, there is nothing to rename. */
  rename(title: string): Promise<KeepResult>;
  forget(): Promise<void>;
}

export const KEPT_KEY = 'chronicle:user-dataset';

/** Reading `window.localStorage` itself throws where storage is blocked (Chrome, third-party frames). */
export const pageStorage = (): Storage | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
};

/** The kept dataset, or null when there is none or it cannot be read (written by another version, or by hand). */
export function readKept(storage: () => Storage | null = pageStorage): SavedDataset | null {
  try {
    const raw = storage()?.getItem(KEPT_KEY);
    const saved = raw ? (JSON.parse(raw) as unknown) : null;
    if (saved && typeof saved === 'object' && typeof (saved as SavedDataset).name === 'string' && typeof (saved as SavedDataset).text === 'string') {
      const { name, text, title, columns } = saved as SavedDataset;
      return {
        name,
        text,
        ...(typeof title === 'string' && title.trim() ? { title } : {}),
        ...(keptColumns(columns) ? { columns } : {}),
      };
    }
  } catch {
    /* unreadable: as if none */
  }
  return null;
}

/** A column choice as storage gives it back: an object of fields or nulls, else none. */
const keptColumns = (columns: unknown): columns is ColumnChoice =>
  typeof columns === 'object' &&
  columns !== null &&
  !Array.isArray(columns) &&
  Object.values(columns).every((field) => field === null || (typeof field === 'string' && FIELD_NAME.test(field)));
