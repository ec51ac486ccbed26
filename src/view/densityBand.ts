/**
 * A lane too dense to draw event by event becomes a band of calendar slices (days, weeks, months,
 * years: whichever are at least BIN_PX wide), each with the exact number of events it holds. An
 * event belongs to the slice where it enters the window (its start, or the window's left edge for
 * ranges that began earlier), so the slices of a lane add up to the events in view, each counted
 * once. Cost: two binary searches per slice.
 */
import { countInWindow, countStarting, listInWindow, lowerBound, type LaneEvents, type LaneIndex } from '../data/laneIndex';
import { compareEvents } from '../data/sortEvents';
import type { TimeWindow } from '../data/queryVisible';
import type { TimelineEvent } from '../data/types';
import type { TimeScale } from '../time/timeScale';
import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';

export interface DensityBin {
  key: string;
  laneId: string;
  x0: number;
  x1: number;
  /** The lane's rows, between which the bar stands. */
  top: number;
  bottom: number;
  count: number;
  /** 0–1: square root of the count over the densest slice in view, for the bar's height. */
  level: number;
  /** The slice's time span; the first slice also holds ranges that began before the window. */
  from: number;
  to: number;
  first: boolean;
}

/** The narrowest a slice may be: room for a count like "12.3k" and a comfortable click target. */
export const BIN_PX = 40;

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;
/** Calendar slices from a day to a millennium: a slice is a whole day, week, month, year… */
const LADDER: [TimeInterval, number][] = [
  [utcDay, DAY],
  [utcMonday, 7 * DAY],
  [utcMonth, YEAR / 12],
  [utcMonth.every(3)!, YEAR / 4],
  [utcMonth.every(6)!, YEAR / 2],
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((n): [TimeInterval, number] => [n === 1 ? utcYear : utcYear.every(n)!, n * YEAR]),
];

/** The finest calendar unit whose slices are at least `binPx` wide at this zoom. */
export function sliceInterval(window: TimeWindow, width: number, binPx = BIN_PX): TimeInterval {
  const pxPerMs = width / Math.max(1, window.to - window.from);
  return (LADDER.find(([, ms]) => ms * pxPerMs >= binPx) ?? LADDER[LADDER.length - 1]!)[0];
}

/**
 * Slices follow the calendar (a month, a year), like the axis under them, so they read as "March:
 * 120 events" and, while the reader zooms within one unit, only move and widen: their counts change
 * only at the edges, and the browser does not lay their text out again on every frame.
 */
export function densityBand(lane: LaneEvents, window: TimeWindow, x: TimeScale, width: number, top: number, bottom: number, binPx = BIN_PX): DensityBin[] {
  const bins: DensityBin[] = [];
  const edges = sliceInterval(window, width, binPx)
    .range(new Date(window.from), new Date(window.to))
    .map((d) => d.getTime());
  if (edges[0] !== window.from) edges.unshift(window.from);
  edges.push(window.to);
  const earlier = countInWindow(lane, window) - countStarting(lane.starts, window.from, window.to);
  for (let k = 0; k + 1 < edges.length; k++) {
    const from = edges[k]!;
    const to = edges[k + 1]!;
    const count = countStarting(lane.starts, from, to) + (k === 0 ? earlier : 0);
    if (count === 0) continue;
    bins.push({
      key: `${lane.lane.id}:${from}`,
      laneId: lane.lane.id,
      x0: Math.max(0, x(from)),
      x1: Math.min(width, x(to)),
      top,
      bottom,
      count,
      level: 1,
      from,
      to,
      first: k === 0,
    });
  }
  return bins;
}

const densest = new WeakMap<LaneEvents, Map<TimeInterval, number>>();

/**
 * The most events starting in any one slice of the lane, over its whole extent: a fixed yardstick
 * for bar heights, so bars keep their height while the reader pans and zooms within a unit.
 * Walks the non-empty slices only (a binary search each) and remembers the answer per unit.
 */
export function densestSlice(lane: LaneEvents, interval: TimeInterval): number {
  let byUnit = densest.get(lane);
  if (!byUnit) densest.set(lane, (byUnit = new Map()));
  let most = byUnit.get(interval);
  if (most === undefined) {
    most = 0;
    const { starts } = lane;
    for (let i = 0; i < starts.length;) {
      const end = interval.offset(interval.floor(new Date(starts[i]!)), 1).getTime();
      const j = lowerBound(starts, end);
      most = Math.max(most, j - i);
      i = Math.max(j, i + 1);
    }
    byUnit.set(interval, most);
  }
  return most;
}

/** The events a slice counts, in time order. */
export function binMembers(lane: LaneEvents, bin: Pick<DensityBin, 'from' | 'to' | 'first'>): TimelineEvent[] {
  const overlapping = listInWindow(lane, { from: bin.from, to: bin.to });
  return bin.first ? overlapping : overlapping.filter((e) => e.from >= bin.from);
}

/** What a click on any cluster or slice hands the timeline: where it is and what it holds. */
export interface ClusterTarget {
  key: string;
  x: number;
  y: number;
  count: number;
  from: number;
  to: number;
  /** The members when the layout already knows them (overflow clusters); else they are looked up. */
  ids?: string[];
  /** A slice of one lane, or of all lanes when absent. */
  laneId?: string;
  first?: boolean;
}

/** What a cluster of known events carries: how many, which, and the span they cover. */
export function heldEvents(events: TimelineEvent[]): { count: number; ids: string[]; from: number; to: number } {
  let from = Infinity;
  let to = -Infinity;
  for (const e of events) {
    from = Math.min(from, e.from);
    to = Math.max(to, e.to);
  }
  return { count: events.length, ids: events.map((e) => e.id), from, to };
}

/** The events of a slice, across one lane or all of them, in time order. */
export function membersOf(index: Pick<LaneIndex, 'lanes'>, target: Pick<ClusterTarget, 'from' | 'to' | 'first' | 'laneId'>): TimelineEvent[] {
  const lanes = target.laneId === undefined ? index.lanes : index.lanes.filter((l) => l.lane.id === target.laneId);
  const bin = { from: target.from, to: target.to, first: target.first ?? false };
  const members = lanes.flatMap((lane) => binMembers(lane, bin));
  return lanes.length > 1 ? members.sort(compareEvents) : members;
}
