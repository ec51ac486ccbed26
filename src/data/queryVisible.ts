/** Which events pass the filters (the window's share of them is the lane index's question). Pure and cheap. */
import { foldText, searchTextOf, type DatasetIndex } from './buildIndex';
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
  const searchText = terms.length ? searchTextOf(index) : null;
  const out: TimelineEvent[] = [];
  index.events.forEach((event, i) => {
    if (actors && !event.actors.some((a) => actors.has(a))) return;
    if (categories && !(event.category !== undefined && categories.has(event.category))) return;
    if (searchText && terms.some((t) => !searchText[i]!.includes(t))) return;
    out.push(event);
  });
  return out;
}
