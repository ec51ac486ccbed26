/**
 * A dataset the reader brought (file, drop or paste): parsed by the one pipeline, shown only if it
 * has events (a failed load never replaces what is on screen) and only if no newer load was shown
 * meanwhile (loads.ts), then kept (storage.ts) so a reload shows it again until the reader goes
 * back to the bundled timeline. What happened comes back as a value for the page to word.
 */
import type { TimelineStore } from '../../store/createTimelineStore';
import { MAX_BYTES } from '../../data/limits';
import { parseAny, type Progress } from '../parseAny';
import { beginLoad } from '../loads';
import { loadDataset } from '../loadDataset';
import type { ColumnChoice } from '../../data/columnChoice';
import type { DatasetStorage, KeepResult } from '../storage';
import { datasetStorage } from './keptDataset';
import { datasetTextOf } from './publishedFile';

export type UserLoad =
  | { kind: 'shown'; name: string; events: number; problems: number; keep: KeepResult }
  | { kind: 'tooLarge'; name: string; limit: number }
  | { kind: 'unusable'; name: string; errors: number }
  /** A newer load was shown first: this one changed nothing. */
  | { kind: 'superseded'; name: string };

export interface UserLoadOptions {
  onProgress?: Progress;
  storage?: DatasetStorage;
  /** What the reader said a CSV's columns hold (the Open dialog's column step); kept with the text. */
  columns?: ColumnChoice;
}

export async function loadUserText(
  store: TimelineStore,
  text: string,
  name: string,
  { onProgress, storage = datasetStorage, columns }: UserLoadOptions = {},
): Promise<UserLoad> {
  const ticket = beginLoad(store);
  // A timeline published as one file opens as the dataset inside it, and is kept as that.
  text = datasetTextOf(text) ?? text;
  try {
    if (text.length > MAX_BYTES) return { kind: 'tooLarge', name, limit: MAX_BYTES };
    const result = await parseAny(text, name, onProgress, { columns });
    if (!ticket.current()) return { kind: 'superseded', name };
    const errors = result.problems.filter((p) => p.level === 'error').length;
    if (result.dataset.events.length === 0) {
      // Keep the timeline the reader had; show why this one could not replace it.
      store.setState({ problems: result.problems });
      return { kind: 'unusable', name, errors };
    }
    if (!ticket.show()) return { kind: 'superseded', name };
    store.getState().setLoaded(result);
    store.setState({ userDataset: name });
    const keep = await storage.save({ name, text, ...(columns ? { columns } : {}) });
    if (!keep.kept) store.getState().addNotice({ kind: 'notKept', name, reason: keep.reason, previous: keep.previous });
    // What was set aside has just been replaced.
    else store.getState().dismissNotice('setAside');
    return { kind: 'shown', name, events: result.dataset.events.length, problems: result.problems.length, keep };
  } finally {
    ticket.end();
  }
}

/**
 * Gives the reader's dataset a new title, on screen and in storage beside the text they brought (the
 * file itself is never rewritten). Storage that fails leaves the kept dataset as it was.
 */
export async function renameUserDataset(store: TimelineStore, title: string, storage: DatasetStorage = datasetStorage): Promise<KeepResult> {
  const clean = title.trim();
  if (!clean) return { kept: true };
  store.getState().retitle(clean);
  return storage.rename(clean);
}

/**
 * Forgets the reader's dataset and shows the bundled one in place, so the page (and focus) stays where
 * it is. False when the bundled one could not be loaded or a newer load won: the caller reloads then.
 */
export async function backToBundled(store: TimelineStore, bundledUrl: string, storage: DatasetStorage = datasetStorage): Promise<boolean> {
  await storage.forget();
  const ticket = beginLoad(store);
  try {
    const loaded = await loadDataset(bundledUrl, { signal: ticket.signal });
    if (loaded.outcome !== 'loaded' || !ticket.show()) return false;
    store.getState().setLoaded(loaded);
    return true;
  } finally {
    ticket.end();
  }
}
