/**
 * Drafts kept in the browser (issue 21): every timeline made in the editor, saved as it is typed, in
 * IndexedDB (localStorage's 5 MB and synchronous writes would not do for a sheet of thousands of rows
 * typed into at speed). A draft is its rows and their history, so undo works after a reload too.
 * Nothing is deleted unless the author asks; a failed write says why and keeps what was there.
 */
import type { Draft } from '../../store/createTimelineStore';

export interface KeptDraft extends Draft {
  /** The title row's title when it was saved, for the list of drafts. */
  title: string;
  /** Its events when it was saved, for the list of drafts. */
  events: number;
  /** ms since the epoch. */
  savedAt: number;
}

/** A draft as listed: what to show of it without reading its rows. */
export type DraftSummary = Pick<KeptDraft, 'id' | 'title' | 'events' | 'savedAt'>;

export type SaveResult = { saved: true; at: number } | { saved: false; reason: 'full' | 'unavailable' };

const DB = 'chronicle';
const STORE = 'drafts';

let opened: Promise<IDBDatabase> | null = null;

function database(): Promise<IDBDatabase> {
  opened ??= new Promise<IDBDatabase>((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('no IndexedDB'));
    const request = indexedDB.open(DB, 1);
    request.addEventListener('upgradeneeded', () => request.result.createObjectStore(STORE, { keyPath: 'id' }));
    request.addEventListener('success', () => resolve(request.result));
    request.addEventListener('error', () => reject(request.error ?? new Error('IndexedDB did not open')));
    // Another tab holds an older version open: it is asked to close; until then, no drafts.
    request.addEventListener('blocked', () => reject(new Error('IndexedDB blocked')));
  }).catch((error: unknown) => {
    opened = null;
    throw error;
  });
  return opened;
}

function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return database().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const request = work(tx.objectStore(STORE));
        // Resolved once the transaction is durable, not when the request is merely done.
        tx.addEventListener('complete', () => resolve(request.result));
        tx.addEventListener('error', () => reject(tx.error ?? request.error ?? new Error('IndexedDB failed')));
        tx.addEventListener('abort', () => reject(tx.error ?? new Error('IndexedDB aborted')));
      }),
  );
}

export async function saveDraft(draft: KeptDraft): Promise<SaveResult> {
  try {
    await run('readwrite', (store) => store.put(draft));
    return { saved: true, at: draft.savedAt };
  } catch (error) {
    return { saved: false, reason: (error as { name?: string } | null)?.name === 'QuotaExceededError' ? 'full' : 'unavailable' };
  }
}

export async function readDraft(id: string): Promise<KeptDraft | null> {
  try {
    const kept = await run('readonly', (store) => store.get(id) as IDBRequest<KeptDraft | undefined>);
    return kept && Array.isArray(kept.rows) && kept.history ? kept : null;
  } catch {
    return null;
  }
}

/** Newest first. */
export async function listDrafts(): Promise<DraftSummary[]> {
  try {
    const all = await run('readonly', (store) => store.getAll() as IDBRequest<KeptDraft[]>);
    return all.map(({ id, title, events, savedAt }) => ({ id, title, events, savedAt })).sort((a, b) => b.savedAt - a.savedAt);
  } catch {
    return [];
  }
}

export async function deleteDraft(id: string): Promise<void> {
  try {
    await run('readwrite', (store) => store.delete(id));
  } catch {
    /* nothing to delete where nothing is kept */
  }
}

/** A new draft's key: time-ordered, and unique enough across a reader's tabs. */
export const newDraftId = (): string => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
