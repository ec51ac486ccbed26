/**
 * The page's first dataset: the reader's own from an earlier visit, else the link's (`?data=`), else
 * the bundled one. It always ends, in a dataset or in a coded problem, and never throws:
 * - a kept dataset that no longer reads is set aside (kept, not shown) and the bundled one is shown;
 * - a link's dataset the reader cancels is replaced by the bundled one where `fallBackOnCancel` (the
 *   full page; an embed or a presentation would show someone else's chronology, so there the
 *   cancellation is the result);
 * - a newer load shown meanwhile (a file opened while the link's was still coming) wins: then the
 *   result is null and nothing may be shown.
 */
import type { StallPolicy } from '../data/limits';
import { parseAny } from './parseAny';
import { say } from '../data/problems';
import type { ParseResult } from '../data/types';
import type { LoadProgress, Notice } from '../store/createTimelineStore';
import type { StartedFetch } from './fetchText';
import { loadDataset, loadFailure } from './loadDataset';
import { beginLoad, type LoadTicket } from './loads';
import type { SavedDataset } from './storage';
import type { ColumnChoice } from '../data/columnChoice';

export interface FirstLoadPlan {
  /** The dataset the link names, or the bundled one. */
  url: string;
  bundledUrl: string;
  saved: Promise<SavedDataset | null>;
  /** The link's word on its CSV's columns (`columns=`). */
  columns?: ColumnChoice;
  /** The inline script's request for `url`, if it made one. */
  started?: StartedFetch;
  stall?: StallPolicy;
  fallBackOnCancel: boolean;
  onProgress: (progress: LoadProgress) => void;
}

export interface FirstLoad {
  result: ParseResult;
  /** The reader's own dataset, read back from storage. */
  userDataset?: string;
  notices: Notice[];
  /** The link's dataset was cancelled and the bundled one is shown: the link should stop naming it. */
  dropLink: boolean;
  ticket: LoadTicket;
}

export async function firstLoad(page: object, plan: FirstLoadPlan): Promise<FirstLoad | null> {
  let ticket = beginLoad(page);
  const notices: Notice[] = [];
  const progress = (p: LoadProgress) => ticket.current() && plan.onProgress(p);
  const done = (result: ParseResult, rest: Partial<FirstLoad> = {}): FirstLoad | null =>
    ticket.current() ? { result, notices, dropLink: false, ticket, ...rest } : null;
  try {
    const saved = await plan.saved;
    if (saved) {
      const parsed = await parseAny(saved.text, saved.name, undefined, { columns: saved.columns });
      // The title the reader gave it (storage.ts) over the one in the file.
      const result = saved.title ? { ...parsed, dataset: { ...parsed.dataset, title: saved.title } } : parsed;
      if (result.dataset.events.length > 0) return done(result, { userDataset: saved.name });
      notices.push({ kind: 'setAside', name: saved.name, problem: result.problems.find((p) => p.level === 'error') ?? null });
    }
    const loaded = await loadDataset(saved ? plan.bundledUrl : plan.url, {
      signal: ticket.signal,
      started: saved ? undefined : plan.started,
      stall: plan.stall,
      onProgress: progress,
      columns: saved ? undefined : plan.columns,
    });
    if (loaded.outcome !== 'cancelled' || !ticket.current() || !plan.fallBackOnCancel || plan.url === plan.bundledUrl) return done(loaded);
    // The reader stopped the link's dataset: the bundled one, under a new ticket, so Cancel stops it too.
    ticket.end();
    ticket = beginLoad(page);
    const bundled = await loadDataset(plan.bundledUrl, { signal: ticket.signal, stall: plan.stall, onProgress: progress });
    if (bundled.outcome === 'loaded') notices.push({ kind: 'cancelled', url: plan.url });
    return done(bundled, { dropLink: bundled.outcome === 'loaded' });
  } catch (error) {
    // A bug, not the data: still a message and a defined state rather than an endless "Loading…".
    return done(loadFailure(plan.url, say('other', error instanceof Error ? error.message : String(error))));
  } finally {
    ticket.end();
  }
}
