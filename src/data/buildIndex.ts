/** Precomputed lookups over a validated dataset: by id, per-event search text, the extent. */
import type { Dataset, TimelineEvent } from './types';

export interface DatasetIndex {
  dataset: Dataset;
  /** Sorted by start (the dataset's order). */
  events: TimelineEvent[];
  readonly byId: Map<string, TimelineEvent>;
  /**
   * Folded text of title, summary, quotes and sources, aligned with `events`. Made on the first search
   * or in idle time after the timeline is ready (`warmSearchText`): folding 100,000 events' text
   * takes ~0.3 s that the first view should not wait for.
   */
  searchText: string[] | null;
  /** [first start, last end] over events and periods; null when there is nothing dated. */
  extent: [number, number] | null;
}

/** Case- and accent-insensitive: "Café" and "cafe" fold to the same text. */
export function foldText(text: string): string {
  // Plain ASCII needs no decomposition, and most text in most datasets is plain ASCII.
  return NON_ASCII.test(text) ? text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase() : text.toLowerCase();
}

const NON_ASCII = /[^\x00-\x7f]/;

function eventText(e: TimelineEvent): string {
  let text = `${e.title}\n${e.summary}`;
  for (const q of e.quotes) text += `\n${q.text}\n${q.by ?? ''}\n${q.where ?? ''}`;
  for (const s of e.sources) text += `\n${s.name}`;
  return foldText(text);
}

export function searchTextOf(index: DatasetIndex): string[] {
  return (index.searchText ??= index.events.map(eventText));
}

/** Folds the search text a slice at a time while the page is idle, so a later first search is instant. */
export function warmSearchText(index: DatasetIndex): void {
  const idle = globalThis.requestIdleCallback ?? ((run: IdleRequestCallback) => setTimeout(() => run({ didTimeout: false, timeRemaining: () => 8 }), 1));
  const texts: string[] = [];
  const step = (deadline: IdleDeadline) => {
    if (index.searchText) return;
    while (texts.length < index.events.length && deadline.timeRemaining() > 1) {
      for (const end = Math.min(texts.length + 500, index.events.length); texts.length < end; ) texts.push(eventText(index.events[texts.length]!));
    }
    if (texts.length === index.events.length) index.searchText = texts;
    else idle(step);
  };
  idle(step);
}

export function buildIndex(dataset: Dataset): DatasetIndex {
  const events = dataset.events;
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    lo = Math.min(lo, e.from);
    hi = Math.max(hi, e.to);
  }
  for (const p of dataset.periods) {
    lo = Math.min(lo, p.start.start);
    hi = Math.max(hi, p.end.end);
  }
  let byId: Map<string, TimelineEvent> | null = null;
  return {
    dataset, events, searchText: null, extent: lo < hi ? [lo, hi] : null,
    // Made on first use (a selection, a deep link): hashing 100,000 ids need not delay the first view.
    get byId() {
      if (!byId) {
        byId = new Map();
        for (const e of events) byId.set(e.id, e);
      }
      return byId;
    },
  };
}
