/**
 * Where the reader's own dataset is kept between visits. localStorage today; the interface is
 * promises already, so drafts can move to IndexedDB with the editor without changing its callers.
 *
 * What was kept is never deleted to make room: a new dataset replaces the old one in one write,
 * and when that write fails (storage full, or no storage at all) the old one stays as it was, and
 * the caller is told which failure it was and what a reload will show.
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

const KEY = 'chronicle:user-dataset';

/** Reading `window.localStorage` itself throws where storage is blocked (Chrome, third-party frames). */
const pageStorage = (): Storage | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
};

/** The quota error under every name browsers have given it (Firefox's is NS_ERROR_DOM_QUOTA_REACHED, code 1014). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

export function localDatasetStorage(storage: () => Storage | null = pageStorage): DatasetStorage {
  const read = (): SavedDataset | null => {
    try {
      const raw = storage()?.getItem(KEY);
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
  };
  const save = async (dataset: SavedDataset): Promise<KeepResult> => {
    const place = storage();
    if (!place) return { kept: false, reason: 'unavailable', previous: null };
    try {
      // One write: replaced whole, or (on a quota error) left as it was.
      const { name, text, title, columns } = dataset;
      place.setItem(KEY, JSON.stringify({ name, text, ...(title ? { title } : {}), ...(columns ? { columns } : {}) }));
      return { kept: true };
    } catch (error) {
      return { kept: false, reason: isQuotaError(error) ? 'full' : 'unavailable', previous: read()?.name ?? null };
    }
  };
  return {
    read: async () => read(),
    save,
    rename: async (title) => {
      const kept = read();
      return kept ? save({ ...kept, title }) : { kept: false, reason: 'unavailable', previous: null };
    },
    forget: async () => {
      try {
        storage()?.removeItem(KEY);
      } catch {
        /* nothing kept */
      }
    },
  };
}

/** A column choice as storage gives it back: an object of fields or nulls, else none (written by another version, or by hand). */
const keptColumns = (columns: unknown): columns is ColumnChoice =>
  typeof columns === 'object' &&
  columns !== null &&
  !Array.isArray(columns) &&
  Object.values(columns).every((field) => field === null || (typeof field === 'string' && FIELD_NAME.test(field)));

/** The page's own. */
export const datasetStorage = localDatasetStorage();
