/**
 * The vertical timeline for narrow screens: time runs down. Each lane is a thin track of marks
 * beside the axis; labels form one column to the right, each in an 18 px slot as close as it can get
 * to its event's time (at most two slots below). An event that finds no slot joins a "+N" cluster
 * in a nearby slot, so labels never overlap, counts stay exact, and marks are bounded by the height.
 */
import type { TimelineEvent } from '../../data/types';
import { countInWindow, countStarting, listInWindow, type LaneIndex } from '../../data/laneIndex';
import { compareEvents } from '../../data/sortEvents';
import { heldEvents } from '../../view/densityBand';
import type { TimeScale } from '../../time/timeScale';
import { laneOf, type Lane, type LaneMode } from '../../data/lanes';
import { estimateTextWidth, shortenToFit, truncateLabel, type MarkKind } from '../../view/packRows';

export const AXIS_WIDTH = 66;
/** A strip between axis and tracks for period names, written upwards. */
export const PERIOD_WIDTH = 18;
export const TRACK_WIDTH = 14;
export const SLOT = 20;
const MAX_SHIFT_SLOTS = 2;
const MIN_BAR_PX = 14;

export interface VerticalOptions {
  lanes: Lane[];
  mode: LaneMode;
  /** The actor filter the lanes follow (data/lanes.ts `laneOf`). */
  actors?: string[] | null;
  /** Time (UTC ms) → y in px. */
  y: (ms: number) => number;
  width: number;
  height: number;
  pinnedId?: string | null;
  measure?: (text: string) => number;
  /** Keep the first label slot free (for the "began earlier" badge). */
  reserveTop?: boolean;
}

export interface VerticalMark {
  event: TimelineEvent;
  laneId: string;
  kind: MarkKind;
  x: number;
  y0: number;
  y1: number;
  /** Where the label's slot is (its vertical centre), and its text. */
  labelY: number;
  label: string;
}

export interface VerticalCluster {
  key: string;
  y: number;
  count: number;
  from: number;
  to: number;
  /** Known members; absent for the slices of a dense window, whose members are looked up on demand. */
  ids?: string[];
  first?: boolean;
  /** Ranges that began before the window and run into it. */
  earlier?: boolean;
}

export interface VerticalLayout {
  tracks: (Lane & { x: number })[];
  labelX: number;
  marks: VerticalMark[];
  clusters: VerticalCluster[];
}

export function layoutVertical(events: TimelineEvent[], options: VerticalOptions): VerticalLayout {
  const { lanes, mode, y, width, height } = options;
  const measure = options.measure ?? estimateTextWidth;
  const tracks = lanes.map((lane, i) => ({ ...lane, x: AXIS_WIDTH + PERIOD_WIDTH + i * TRACK_WIDTH + TRACK_WIDTH / 2 }));
  const trackX = new Map(tracks.map((t) => [t.id, t.x]));
  const labelX = AXIS_WIDTH + PERIOD_WIDTH + lanes.length * TRACK_WIDTH + 12;
  const room = Math.max(40, width - labelX - 6);
  const slots = Math.max(1, Math.floor(height / SLOT));
  const taken: (VerticalMark | VerticalCluster | null)[] = new Array(slots).fill(null);
  // The first slot a label may take: 1 when the top one is kept for the "began earlier" badge.
  const first = options.reserveTop && slots > 1 ? 1 : 0;

  const marks: VerticalMark[] = [];
  const clusters: VerticalCluster[] = [];
  // A label may sit up to two slots below its time, or anywhere along its own span (a day at full zoom is tall).
  const place = (wanted: number, spanEnd: number): number => {
    const last = Math.min(slots - 1, Math.max(wanted + MAX_SHIFT_SLOTS, Math.floor(spanEnd / SLOT) - 1));
    for (let s = wanted; s <= last; s++) if (!taken[s]) return s;
    return -1;
  };
  // The selected event claims its slot first, so it never hides in a cluster.
  const ordered = options.pinnedId ? [...events].sort((a, b) => Number(b.id === options.pinnedId) - Number(a.id === options.pinnedId)) : events;

  for (const event of ordered) {
    const laneId = laneOf(event, mode, options.actors);
    const x = trackX.get(laneId);
    if (x === undefined) continue;
    const y0 = y(event.from);
    const y1 = y(event.to);
    const wanted = Math.min(slots - 1, Math.max(first, Math.floor(Math.max(y0, 0) / SLOT)));
    const slot = place(wanted, Math.min(y1, height));
    if (slot >= 0) {
      const kind: MarkKind = event.end ? 'range' : y1 - y0 >= MIN_BAR_PX ? 'span' : 'point';
      const label = fit(truncateLabel(event.title, 60), room, measure);
      const mark: VerticalMark = { event, laneId, kind, x, y0, y1, labelY: slot * SLOT + SLOT / 2, label };
      taken[slot] = mark;
      marks.push(mark);
      continue;
    }
    // No slot near its time: join the nearest cluster within reach, or open one in the nearest free slot.
    let cluster = nearestCluster(taken, wanted);
    if (!cluster) {
      const free = nearestFree(taken, wanted, first);
      const at = Math.max(first, free >= 0 ? free : wanted);
      cluster = { key: `c${event.id}`, y: at * SLOT + SLOT / 2, count: 0, from: event.from, to: event.to, ids: [] };
      // A full column: the mark in that slot steps back into the new cluster.
      const demoted = taken[at];
      if (demoted && !isCluster(demoted)) {
        marks.splice(marks.indexOf(demoted), 1);
        Object.assign(cluster, { count: 1, from: demoted.event.from, to: demoted.event.to, ids: [demoted.event.id] });
      }
      taken[at] = cluster;
      clusters.push(cluster);
    }
    cluster.count++;
    cluster.from = Math.min(cluster.from, event.from);
    cluster.to = Math.max(cluster.to, event.to);
    cluster.ids!.push(event.id);
  }
  return { tracks, labelX, marks, clusters };
}

/** More events in view than this and the column shows one count per slot instead of events. */
export const VERTICAL_MAX_EVENTS = 1000;

/**
 * The vertical layout straight from the lane index: events one by one while few are in view, else
 * exact counts per 20 px slot (each a cluster to zoom into), with the selected event still drawn.
 */
export function layoutVerticalIndex(
  index: LaneIndex,
  options: Omit<VerticalOptions, 'lanes' | 'mode' | 'actors' | 'y'> & { y: TimeScale; pinned?: TimelineEvent | null },
): VerticalLayout {
  const window = { from: options.y.domain[0], to: options.y.domain[1] };
  const lanes = index.lanes.map((l) => l.lane);
  const base = { ...options, lanes, mode: index.mode, actors: index.actors, pinnedId: options.pinned?.id ?? null };
  const inView = index.lanes.reduce((n, l) => n + countInWindow(l, window), 0);
  const starting = index.lanes.reduce((n, l) => n + countStarting(l.starts, window.from, window.to), 0);
  if (inView <= VERTICAL_MAX_EVENTS) {
    return layoutVertical(index.lanes.flatMap((l) => listInWindow(l, window)).sort(compareEvents), base);
  }
  if (starting <= VERTICAL_MAX_EVENTS) {
    // Too many ranges began earlier to list: they wait in one badge at the top, the rest is drawn.
    const all = index.lanes.flatMap((l) => listInWindow(l, window));
    const earlier = all.filter((e) => e.from < window.from);
    const layout = layoutVertical(all.filter((e) => e.from >= window.from).sort(compareEvents), { ...base, reserveTop: true });
    layout.clusters.push({ key: 'earlier', y: SLOT / 2, earlier: true, ...heldEvents(earlier) });
    return layout;
  }
  const pinned = options.pinned && options.pinned.to > window.from && options.pinned.from < window.to ? [options.pinned] : [];
  const layout = layoutVertical(pinned, base);
  const slots = Math.max(1, Math.floor(options.height / SLOT));
  const taken = new Set(layout.marks.map((m) => Math.floor(m.labelY / SLOT)));
  const earlier = inView - index.lanes.reduce((n, l) => n + countStarting(l.starts, window.from, window.to), 0);
  // A slot holding the selected event's label passes its count on to the next slot (or back to the last).
  let carried: { count: number; from: number; first: boolean } | null = null;
  for (let k = 0; k < slots; k++) {
    const from = k === 0 ? window.from : options.y.invert(k * SLOT);
    const to = k === slots - 1 ? window.to : options.y.invert((k + 1) * SLOT);
    let count = index.lanes.reduce((n, l) => n + countStarting(l.starts, from, to), k === 0 ? earlier : 0);
    const start: { from: number; first: boolean } = carried ?? { from, first: k === 0 };
    count += carried?.count ?? 0;
    if (taken.has(k)) {
      carried = count ? { count, from: start.from, first: start.first } : null;
      continue;
    }
    carried = null;
    if (count) layout.clusters.push({ key: `slot${k}`, y: k * SLOT + SLOT / 2, count, from: start.from, to, first: start.first });
  }
  const last = layout.clusters[layout.clusters.length - 1];
  if (carried && last) Object.assign(last, { count: last.count + carried.count, to: window.to });
  else if (carried)
    layout.clusters.push({ key: 'slot-end', y: (slots - 2) * SLOT + SLOT / 2, count: carried.count, from: carried.from, to: window.to, first: carried.first });
  return layout;
}

function isCluster(v: VerticalMark | VerticalCluster | null): v is VerticalCluster {
  return v !== null && 'count' in v;
}

function nearestCluster(taken: (VerticalMark | VerticalCluster | null)[], wanted: number): VerticalCluster | null {
  for (let d = 0; d <= MAX_SHIFT_SLOTS + 1; d++) {
    for (const s of [wanted + d, wanted - d]) {
      const v = taken[s];
      if (v && isCluster(v)) return v;
    }
  }
  return null;
}

function nearestFree(taken: unknown[], wanted: number, first: number): number {
  for (let d = 0; d < taken.length; d++) {
    if (taken[wanted + d] === null) return wanted + d;
    if (wanted - d >= first && taken[wanted - d] === null) return wanted - d;
  }
  return -1;
}

/** The label, or its longest shortening that fits; the shortest one when none does (the column is narrow). */
function fit(label: string, room: number, measure: (t: string) => number): string {
  if (measure(label) <= room) return label;
  return shortenToFit(label, room, measure) ?? truncateLabel(label, 5);
}
