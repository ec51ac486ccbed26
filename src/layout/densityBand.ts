/**
 * A lane too dense to draw event by event becomes a band of slices, each a few pixels wide, with the
 * exact number of events it holds. An event belongs to the slice where it enters the window (its
 * start, or the window's left edge for ranges that began earlier), so the slices of a lane add up
 * to the events in view, each counted once. Cost: two binary searches per slice.
 */
import { countInWindow, countStarting, listInWindow, type LaneEvents, type LaneIndex } from '../data/laneIndex';
import { compareEvents } from '../data/sortEvents';
import type { TimeWindow } from '../data/queryVisible';
import type { TimelineEvent } from '../data/types';
import type { TimeScale } from '../time/timeScale';

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

/** Slices 40 px wide: room for a count like "12.3k", a comfortable click target, and few enough nodes to redraw each frame. */
export const BIN_PX = 40;

export function densityBand(lane: LaneEvents, window: TimeWindow, x: TimeScale, width: number, top: number, bottom: number, binPx = BIN_PX): DensityBin[] {
  const bins: DensityBin[] = [];
  const n = Math.max(1, Math.ceil(width / binPx));
  const earlier = countInWindow(lane, window) - countStarting(lane.starts, window.from, window.to);
  for (let k = 0; k < n; k++) {
    const from = k === 0 ? window.from : x.invert(k * binPx);
    const to = k === n - 1 ? window.to : x.invert((k + 1) * binPx);
    const count = countStarting(lane.starts, from, to) + (k === 0 ? earlier : 0);
    if (count === 0) continue;
    bins.push({
      key: `${lane.lane.id}:${k}`, laneId: lane.lane.id, x0: k * binPx, x1: Math.min((k + 1) * binPx, width), top, bottom,
      count, level: 1, from, to, first: k === 0,
    });
  }
  return bins;
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
