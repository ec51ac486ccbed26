/** Which events pass the filters, and which of those fall in the visible window. Pure and cheap. */
import { foldText, type DatasetIndex } from './buildIndex';
import type { TimelineEvent } from './types';

export interface Filters {
  /** Actor ids to show; null shows all. */
  actors: string[] | null;
  /** Category ids to show; null shows all. */
  categories: string[] | null;
  query: string;
}

export interface TimeWindow {
  from: number;
  to: number;
}

export const NO_FILTERS: Filters = { actors: null, categories: null, query: '' };

export function hasActiveFilters(filters: Filters): boolean {
  return filters.actors !== null || filters.categories !== null || filters.query.trim() !== '';
}

/** Every whitespace-separated term must occur somewhere in the event's text. */
export function filterEvents(index: DatasetIndex, filters: Filters): TimelineEvent[] {
  if (!hasActiveFilters(filters)) return index.events;
  const actors = filters.actors && new Set(filters.actors);
  const categories = filters.categories && new Set(filters.categories);
  const terms = foldText(filters.query).split(/\s+/).filter(Boolean);
  const out: TimelineEvent[] = [];
  index.events.forEach((event, i) => {
    if (actors && !event.actors.some((a) => actors.has(a))) return;
    if (categories && !(event.category !== undefined && categories.has(event.category))) return;
    const text = index.searchText[i]!;
    if (terms.some((t) => !text.includes(t))) return;
    out.push(event);
  });
  return out;
}

/**
 * Events (sorted by start) that overlap the half-open window. Binary search bounds the scan to
 * starts in [from - maxDuration, to), so cost follows what is near the window, not the dataset.
 */
export function eventsInWindow(events: TimelineEvent[], window: TimeWindow, maxDuration: number): TimelineEvent[] {
  const first = lowerBound(events, window.from - maxDuration);
  const out: TimelineEvent[] = [];
  for (let i = first; i < events.length; i++) {
    const e = events[i]!;
    if (e.from >= window.to) break;
    if (e.to > window.from) out.push(e);
  }
  return out;
}

function lowerBound(events: TimelineEvent[], value: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (events[mid]!.from < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
