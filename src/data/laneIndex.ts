/**
 * The filtered events split by lane, with sorted arrays that answer window questions in time that
 * grows with what is visible, not with the dataset:
 * - how many events overlap a window: two binary searches (starts before its end, minus ends at or
 *   before its start), exact for points and ranges alike;
 * - how many start inside a slice: two binary searches, for density bins;
 * - which events overlap a window: events grouped by length class (each class at most twice as long
 *   as its shortest), so a class scans only from its own longest length before the window.
 * Built once per filter or lane-mode change, in O(n) plus a numeric sort of the ends.
 */
import type { TimelineEvent } from './types';
import { NO_CODE, type DatasetIndex } from './buildIndex';
import type { TimeWindow } from './queryVisible';
import { allLane, otherLane, type Lane, type LaneMode } from './lanes';
import { DAY_MS } from '../time/partialDate';

export interface LaneEvents {
  lane: Lane;
  /** Sorted by start, as in the dataset. */
  events: TimelineEvent[];
  starts: Float64Array;
  /** Every end, ascending (not aligned with `events`). */
  ends: Float64Array;
  /** Length classes for listing, built on the first listing. */
  classes?: LengthClass[];
}

interface LengthClass {
  /** Positions in `events`, ascending. */
  positions: Uint32Array;
  starts: Float64Array;
  maxLength: number;
}

export interface LaneIndex {
  mode: LaneMode;
  /** The actor filter the lanes follow (lanes.ts `laneOf`); null: every event in its first actor's lane. */
  actors: string[] | null;
  lanes: LaneEvents[];
  /** Events after filters in all lanes. */
  total: number;
  /** Starts of all filtered events, ascending: the overview's density. */
  starts: Float64Array;
}

/**
 * Lanes in dataset order, only those some filtered event leads, so lanes hold still while panning.
 * `positions` are the filtered events' places in `index.events` (null: all). Reads only the typed
 * columns, so a filter on 100,000 events rebuilds this in a few milliseconds. `whole` is the same
 * index unfiltered, if at hand: a lane the filters leave whole (choosing an actor leaves that actor's
 * lane whole) is taken from it as it is, sorted ends, length classes and all. `actors` is the actor
 * filter: by actor, an event sits in the lane of its first actor the filter shows (lanes.ts `laneOf`).
 */
export function buildLaneIndex(
  index: DatasetIndex,
  positions: Uint32Array | null,
  mode: LaneMode,
  whole?: LaneIndex | null,
  actors: string[] | null = null,
): LaneIndex {
  const { dataset, columns, events } = index;
  const n = positions ? positions.length : events.length;
  const follow = mode === 'actor' && actors !== null ? followFilter(index, actors) : null;
  const codes = mode === 'actor' ? columns.leadActor : mode === 'category' ? columns.category : null;
  // The lane code of the event at position p: its lead actor or category, or the first chosen actor.
  const codeAt = (p: number) => (follow ? follow(p) : codes![p]!);
  const defined: Lane[] =
    mode === 'none'
      ? [allLane()]
      : mode === 'actor'
        ? dataset.actors.map((a) => ({ id: a.id, label: a.label, color: a.color }))
        : dataset.categories.map((c) => (c.color ? { id: c.id, label: c.label, color: c.color } : { id: c.id, label: c.label }));
  // Lane slot per code: defined lanes first, "other" (NO_CODE) last.
  const slotOf = (code: number) => (code === NO_CODE ? defined.length : code);
  const sizes = new Uint32Array(defined.length + 1);
  // Lanes holding an event that is not its lead actor's: such a lane is no subset of its unfiltered self.
  const moved = new Uint8Array(defined.length + 1);
  for (let i = 0; i < n; i++) {
    const p = positions ? positions[i]! : i;
    const slot = codes ? slotOf(codeAt(p)) : 0;
    sizes[slot]!++;
    if (follow && slot !== slotOf(codes![p]!)) moved[slot] = 1;
  }
  const laneAt = (k: number) => (k < defined.length ? defined[k]! : otherLane(mode as 'actor' | 'category'));
  // The filtered events are a subset of the unfiltered ones: a lane as large as its unfiltered self is it.
  const kept =
    whole && whole.mode === mode && positions
      ? Array.from(sizes, (size, k) => {
          const id = size && !moved[k] ? laneAt(k).id : null;
          return whole.lanes.find((l) => l.lane.id === id && l.events.length === size);
        })
      : [];
  const lists = Array.from(sizes, (size, k) => {
    const length = kept[k] ? 0 : size;
    return { events: new Array<TimelineEvent>(length), starts: new Float64Array(length), ends: new Float64Array(length), filled: 0 };
  });
  const starts = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = positions ? positions[i]! : i;
    starts[i] = columns.from[p]!;
    const slot = codes ? slotOf(codeAt(p)) : 0;
    if (kept[slot]) continue;
    const list = lists[slot]!;
    list.events[list.filled] = events[p]!;
    list.starts[list.filled] = columns.from[p]!;
    list.ends[list.filled++] = columns.to[p]!;
  }
  const lanes: LaneEvents[] = [];
  for (let k = 0; k <= defined.length; k++) {
    const shown = k < defined.length ? sizes[k] || mode === 'none' : sizes[k] && mode !== 'none';
    if (shown) lanes.push(kept[k] ?? withSortedEnds(laneAt(k), lists[k]!));
  }
  return { mode, actors: follow ? actors : null, lanes, total: n, starts };
}

/**
 * The actor lane of the event at each position under an actor filter: its lead actor's when the
 * filter shows it (nearly always, and read from the column), else its first actor the filter shows.
 */
function followFilter(index: DatasetIndex, actors: string[]): (p: number) => number {
  const { dataset, columns, events } = index;
  const codeOf = new Map(dataset.actors.map((a, i) => [a.id, i]));
  const chosen = new Uint8Array(dataset.actors.length + 1);
  for (const id of actors) {
    const code = codeOf.get(id);
    if (code !== undefined) chosen[code] = 1;
  }
  // With the actor bit column, an event with one chosen actor needs no look at its object (a cache miss each).
  const bits = columns.actorBits;
  let mask = 0;
  chosen.forEach((c, code) => c && code < 32 && (mask |= 1 << code));
  return (p) => {
    const lead = columns.leadActor[p]!;
    if (lead !== NO_CODE && chosen[lead]) return lead;
    const shown = bits ? (bits[p]! & mask) >>> 0 : 0;
    if (shown && (shown & (shown - 1)) === 0) return 31 - Math.clz32(shown);
    for (const id of events[p]!.actors) {
      const code = codeOf.get(id);
      if (code !== undefined && chosen[code]) return code;
    }
    return lead;
  };
}

function withSortedEnds(lane: Lane, list: { events: TimelineEvent[]; starts: Float64Array; ends: Float64Array }): LaneEvents {
  list.ends.sort();
  return { lane, events: list.events, starts: list.starts, ends: list.ends };
}

/** A lane of events already in time order: for callers that hold the events rather than an index. */
export function laneEvents(lane: Lane, events: TimelineEvent[]): LaneEvents {
  return withSortedEnds(lane, { events, starts: Float64Array.from(events, (e) => e.from), ends: Float64Array.from(events, (e) => e.to) });
}

/** Events overlapping the half-open window: exact, in O(log n). */
export function countInWindow(lane: LaneEvents, window: TimeWindow): number {
  return lowerBound(lane.starts, window.to) - upperBound(lane.ends, window.from);
}

/** Events starting in [from, to). */
export function countStarting(starts: Float64Array, from: number, to: number): number {
  return lowerBound(starts, to) - lowerBound(starts, from);
}

/** Events overlapping the half-open window, sorted by start; cost follows the answer's size. */
export function listInWindow(lane: LaneEvents, window: TimeWindow): TimelineEvent[] {
  const classes = (lane.classes ??= lengthClasses(lane));
  const found: number[] = [];
  for (const c of classes) {
    for (let i = lowerBound(c.starts, window.from - c.maxLength); i < c.starts.length && c.starts[i]! < window.to; i++) {
      const position = c.positions[i]!;
      if (lane.events[position]!.to > window.from) found.push(position);
    }
  }
  const order = Uint32Array.from(found).sort();
  const out = new Array<TimelineEvent>(order.length);
  for (let i = 0; i < order.length; i++) out[i] = lane.events[order[i]!]!;
  return out;
}

/** Classes by length in days: 1, 2, 3–4, 5–8, …; within a class no length is more than twice another. */
function lengthClasses(lane: LaneEvents): LengthClass[] {
  const byClass = new Map<number, number[]>();
  lane.events.forEach((e, i) => {
    const k = Math.ceil(Math.log2(Math.max(1, (e.to - e.from) / DAY_MS)));
    let list = byClass.get(k);
    if (!list) byClass.set(k, (list = []));
    list.push(i);
  });
  return [...byClass.values()].map((list) => {
    const positions = Uint32Array.from(list);
    const starts = new Float64Array(list.length);
    let maxLength = 0;
    list.forEach((p, i) => {
      const e = lane.events[p]!;
      starts[i] = e.from;
      maxLength = Math.max(maxLength, e.to - e.from);
    });
    return { positions, starts, maxLength };
  });
}

/** First index whose value is >= `value`. */
export function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose value is > `value`. */
export function upperBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
