/**
 * Keeping the reader's own dataset between visits (localStorage; io/storage.ts reads it at boot).
 *
 * What was kept is never deleted to make room: a new dataset replaces the old one in one write,
 * and when that write fails (storage full, or no storage at all) the old one stays as it was, and
 * the caller is told which failure it was and what a reload will show.
 */
import { KEPT_KEY, pageStorage, readKept, type DatasetStorage, type KeepResult, type SavedDataset } from '../storage';

/** The quota error under every name browsers have given it (Firefox's is NS_ERROR_DOM_QUOTA_REACHED, code 1014). */
export function isQuotaError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

export function localDatasetStorage(storage: () => Storage | null = pageStorage): DatasetStorage {
  const read = () => readKept(storage);
  const save = async (dataset: SavedDataset): Promise<KeepResult> => {
    const place = storage();
    if (!place) return { kept: false, reason: 'unavailable', previous: null };
    try {
      // One write: replaced whole, or (on a quota error) left as it was.
      const { name, text, title, columns } = dataset;
      place.setItem(KEPT_KEY, JSON.stringify({ name, text, ...(title ? { title } : {}), ...(columns ? { columns } : {}) }));
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
        storage()?.removeItem(KEPT_KEY);
      } catch {
        /* nothing kept */
      }
    },
  };
}

/** The page's own. */
export const datasetStorage = localDatasetStorage();
