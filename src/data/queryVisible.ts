/** Which events pass the filters (the window's share of them is the lane index's question). Pure and cheap. */
import { buildLaneIndex } from './laneIndex';
import type { LaneMode } from './lanes';
import { foldText, NO_CODE, searchTextOf, type DatasetIndex, type SearchText } from './buildIndex';
import type { TimelineEvent } from './types';

export interface Filters {
  /** Actor ids to show; null shows all. */
  actors: string[] | null;
  /** Category ids to show; null shows all. */
  categories: string[] | null;
  query: string;
  /** Only events whose sources disagree (those with a `disputed` note). */
  disputed: boolean;
}

export interface TimeWindow {
  from: number;
  to: number;
}

export const NO_FILTERS: Filters = { actors: null, categories: null, query: '', disputed: false };

export function hasActiveFilters(filters: Filters): boolean {
  return filters.actors !== null || filters.categories !== null || filters.query.trim() !== '' || filters.disputed;
}

/** The events at `positions` (all of them for null), in order. */
export function eventsAt(index: DatasetIndex, positions: Uint32Array | null): TimelineEvent[] {
  return positions ? Array.from(positions, (p) => index.events[p]!) : index.events;
}

/**
 * Positions (in `index.events`) of the events passing the filters, ascending; null when nothing is
 * filtered. Reads the typed columns and one search string, never the event objects.
 */
export function filterPositions(index: DatasetIndex, filters: Filters): Uint32Array | null {
  if (!hasActiveFilters(filters)) return null;
  const { dataset, columns } = index;
  const terms = [...new Set(foldText(filters.query).replaceAll('\u0000', '').split(/\s+/).filter(Boolean))];
  // A search narrows to its matches first; the other filters then look only at those.
  const matches = terms.length ? matchTerms(searchTextOf(index), terms) : null;
  // Without a search, the disputed filter starts from its own list (made with the index, and
  // usually the shortest), else an actor filter from its actors' lists; each already passes its filter.
  const ofDisputed = !matches && filters.disputed ? columns.disputedAt : null;
  const ofActors = !matches && !ofDisputed && filters.actors && columns.actorBits ? actorCandidates(index, filters.actors) : null;
  const candidates = matches ?? ofDisputed ?? ofActors;
  const disputed = filters.disputed && !ofDisputed ? columns.disputed : null;
  const n = candidates ? candidates.length : index.events.length;
  const actorMask = filters.actors && columns.actorBits ? maskOf(dataset.actors, filters.actors) : 0;
  const actorSet = filters.actors && !columns.actorBits ? new Set(filters.actors) : null;
  const categoryOk = filters.categories ? allowed(dataset.categories, filters.categories) : null;
  const out = new Uint32Array(n);
  let count = 0;
  for (let k = 0; k < n; k++) {
    const i = candidates ? candidates[k]! : k;
    if (disputed && !disputed[i]) continue;
    if (filters.actors && !ofActors) {
      if (actorSet ? !index.events[i]!.actors.some((a) => actorSet.has(a)) : !(columns.actorBits![i]! & actorMask)) continue;
    }
    if (categoryOk && !categoryOk[columns.category[i]!]) continue;
    out[count++] = i;
  }
  return out.slice(0, count);
}

/** Each actor's events (by actor code), ascending; made once per index, on the first actor filter or in idle time. */
const actorLists = new WeakMap<DatasetIndex, Uint32Array[]>();

function listsByActor(index: DatasetIndex): Uint32Array[] {
  let lists = actorLists.get(index);
  if (lists) return lists;
  const bits = index.columns.actorBits!;
  const sizes = new Uint32Array(index.dataset.actors.length);
  for (let i = 0; i < bits.length; i++) for (let b = bits[i]!; b; b &= b - 1) sizes[31 - Math.clz32(b & -b)]!++;
  lists = Array.from(sizes, (size) => new Uint32Array(size));
  sizes.fill(0);
  for (let i = 0; i < bits.length; i++) {
    for (let b = bits[i]!; b; b &= b - 1) {
      const actor = 31 - Math.clz32(b & -b);
      lists[actor]![sizes[actor]!++] = i;
    }
  }
  actorLists.set(index, lists);
  return lists;
}

/** Events with any of the actors, ascending and each once (an event may have several of them). */
function actorCandidates(index: DatasetIndex, ids: string[]): Uint32Array {
  const lists = listsByActor(index);
  const chosen = index.dataset.actors.flatMap((a, code) => (ids.includes(a.id) ? [lists[code]!] : []));
  if (chosen.length === 1) return chosen[0]!;
  const all = new Uint32Array(chosen.reduce((n, list) => n + list.length, 0));
  let at = 0;
  for (const list of chosen) {
    all.set(list, at);
    at += list.length;
  }
  all.sort();
  let kept = 0;
  for (let k = 0; k < all.length; k++) if (k === 0 || all[k] !== all[k - 1]) all[kept++] = all[k]!;
  return all.subarray(0, kept);
}

function maskOf(list: { id: string }[], ids: string[]): number {
  const wanted = new Set(ids);
  let mask = 0;
  list.forEach((item, k) => {
    if (wanted.has(item.id)) mask |= 1 << k;
  });
  return mask;
}

/** Allowed[code]; the last slot (NO_CODE) is an event without a category, never shown by a category filter. */
function allowed(list: { id: string }[], ids: string[]): Uint8Array {
  const wanted = new Set(ids);
  const ok = new Uint8Array(NO_CODE + 1);
  list.forEach((item, k) => {
    if (wanted.has(item.id)) ok[k] = 1;
  });
  return ok;
}

/**
 * The events whose text contains every term, ascending, in one forward walk. The rarest term (judged
 * on a sample) is found by indexOf, jumping to the next event after each hit. For each other term the
 * walk keeps its next occurrence and looks further only once the walk has passed it: every check is
 * on text the walk has just read, and no term's search ever covers the same stretch twice (a term
 * missing from the rest of the text ends the walk), so the cost stays linear in the text's length.
 */
function matchTerms(search: SearchText, terms: string[]): number[] {
  const { text, offsets } = search;
  const sample = text.slice(0, 200_000);
  const [first, ...rest] = [...terms].sort((a, b) => occurrences(sample, a) - occurrences(sample, b));
  const next = rest.map(() => -1);
  const matches: number[] = [];
  // No term contains the separator, so a hit lies within one event's text; hits come in order, so
  // the event holding each is found by walking the offsets forward.
  let event = 0;
  for (let at = text.indexOf(first!); at >= 0;) {
    while (offsets[event + 1]! <= at) event++;
    const start = offsets[event]!;
    const end = offsets[event + 1]!;
    let all = true;
    for (let t = 0; t < rest.length; t++) {
      if (next[t]! < start) {
        next[t] = text.indexOf(rest[t]!, start);
        if (next[t]! < 0) return matches;
      }
      if (next[t]! >= end) {
        all = false;
        break;
      }
    }
    if (all) matches.push(event);
    at = text.indexOf(first!, end);
  }
  return matches;
}

function occurrences(text: string, term: string): number {
  let count = 0;
  for (let at = text.indexOf(term); at >= 0 && count < 10_000; at = text.indexOf(term, at + term.length)) count++;
  return count;
}

/**
 * One search and one actor filter, with their lanes, run in idle time: on 100,000 events the reader's first real search
 * then runs compiled code, ~10 ms instead of ~25 for a first run in the interpreter.
 */
export function primeFilters(index: DatasetIndex, lanes: LaneMode): void {
  if (index.columns.actorBits) listsByActor(index);
  const actors = index.dataset.actors.slice(0, 1).map((a) => a.id);
  buildLaneIndex(index, filterPositions(index, { ...NO_FILTERS, actors, query: 'e a' }), lanes, null, actors);
}
