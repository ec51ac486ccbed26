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
import type { Dataset, TimelineEvent } from './types';
import type { TimeWindow } from './queryVisible';
import { ALL_LANE, laneOf, OTHER_LANE, type Lane, type LaneMode } from '../layout/lanes';
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
  lanes: LaneEvents[];
  /** Events after filters in all lanes. */
  total: number;
  /** Starts of all filtered events, ascending: the overview's density. */
  starts: Float64Array;
}

/** Lanes in dataset order, only those some filtered event leads, so lanes hold still while panning. */
export function buildLaneIndex(dataset: Dataset, filtered: TimelineEvent[], mode: LaneMode): LaneIndex {
  const groups = new Map<string, TimelineEvent[]>();
  if (mode === 'none') groups.set(ALL_LANE, filtered);
  else {
    let lastId = '';
    let list: TimelineEvent[] = [];
    for (const e of filtered) {
      const id = laneOf(e, mode);
      // Neighbours often share a lane: skip the map lookup then.
      if (id !== lastId) {
        list = groups.get(id) ?? [];
        if (!list.length) groups.set(id, list);
        lastId = id;
      }
      list.push(e);
    }
  }
  const defined: Lane[] = mode === 'none'
    ? [{ id: ALL_LANE, label: 'All events' }]
    : mode === 'actor'
      ? dataset.actors.map((a) => ({ id: a.id, label: a.label, color: a.color }))
      : dataset.categories.map((c) => ({ id: c.id, label: c.label }));
  const lanes = defined.filter((l) => groups.has(l.id) || mode === 'none');
  if (groups.has(OTHER_LANE)) lanes.push({ id: OTHER_LANE, label: mode === 'actor' ? 'No actor' : 'No category' });
  const starts = new Float64Array(filtered.length);
  for (let i = 0; i < filtered.length; i++) starts[i] = filtered[i]!.from;
  return {
    mode,
    lanes: lanes.map((lane) => laneEvents(lane, groups.get(lane.id) ?? [])),
    total: filtered.length,
    starts,
  };
}

export function laneEvents(lane: Lane, events: TimelineEvent[]): LaneEvents {
  const starts = new Float64Array(events.length);
  const ends = new Float64Array(events.length);
  for (let i = 0; i < events.length; i++) {
    starts[i] = events[i]!.from;
    ends[i] = events[i]!.to;
  }
  ends.sort();
  return { lane, events, starts, ends };
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
