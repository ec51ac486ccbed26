/** Precomputed lookups over a validated dataset: by id, per-event search text, the longest duration. */
import type { Dataset, TimelineEvent } from './types';

export interface DatasetIndex {
  dataset: Dataset;
  /** Sorted by start (the dataset's order). */
  events: TimelineEvent[];
  byId: Map<string, TimelineEvent>;
  /** Folded text of title, summary, quotes and sources, aligned with `events`. */
  searchText: string[];
  /** The longest `to - from`, so a window query can start its scan early enough to catch long ranges. */
  maxDuration: number;
  /** [first start, last end] over events and periods; null when there is nothing dated. */
  extent: [number, number] | null;
}

/** Case- and accent-insensitive: "Café" and "cafe" fold to the same text. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

export function buildIndex(dataset: Dataset): DatasetIndex {
  const events = dataset.events;
  const byId = new Map(events.map((e) => [e.id, e]));
  const searchText = events.map((e) =>
    foldText([e.title, e.summary, ...e.quotes.flatMap((q) => [q.text, q.by ?? '', q.where ?? '']), ...e.sources.map((s) => s.name)].join('\n')),
  );
  let maxDuration = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    maxDuration = Math.max(maxDuration, e.to - e.from);
    lo = Math.min(lo, e.from);
    hi = Math.max(hi, e.to);
  }
  for (const p of dataset.periods) {
    lo = Math.min(lo, p.start.start);
    hi = Math.max(hi, p.end.end);
  }
  return { dataset, events, byId, searchText, maxDuration, extent: lo < hi ? [lo, hi] : null };
}
