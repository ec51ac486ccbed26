/**
 * A dataset the reader brought (file, drop or paste): parsed by the one pipeline, shown only if it
 * has events (a failed load never replaces what is on screen), and kept in localStorage so a reload
 * shows it again until the reader goes back to the bundled timeline.
 */
import type { TimelineStore } from '../store/createTimelineStore';
import { MAX_BYTES } from './load';
import { parseAny, type Progress } from './parseAny';

const KEY = 'chronicle:user-dataset';

export interface SavedDataset {
  name: string;
  text: string;
}

export async function loadUserText(store: TimelineStore, text: string, name: string, onProgress?: Progress): Promise<{ ok: boolean; message: string }> {
  if (text.length > MAX_BYTES) {
    const message = `${name} is larger than the ${MAX_BYTES / 1024 / 1024} MB limit`;
    store.setState({ problems: [{ level: 'error', source: name, where: 'file', message }] });
    return { ok: false, message };
  }
  const result = await parseAny(text, name, onProgress);
  const errors = result.problems.filter((p) => p.level === 'error').length;
  if (result.dataset.events.length === 0) {
    // Keep the timeline the reader had; show why this one could not replace it.
    store.setState({ problems: result.problems });
    return { ok: false, message: `${name} has no usable events${errors ? `: ${errors} error${errors > 1 ? 's' : ''}, listed above` : ''}` };
  }
  store.getState().setLoaded(result);
  store.setState({ userDataset: name });
  const kept = saveUserDataset({ name, text });
  const skipped = errors ? `; ${errors} problem${errors > 1 ? 's' : ''} listed above` : '';
  const lost = kept ? '' : '. It is too large to keep in this browser: a reload will show the bundled timeline';
  return { ok: true, message: `Showing ${name}: ${result.dataset.events.length} events${skipped}${lost}` };
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
