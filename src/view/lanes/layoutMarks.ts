/**
 * The timeline's layout for a window: lanes share the height by their events, a lane packs its events
 * into rows (packRows.ts) or, too dense for its rows, becomes a density band (densityBand.ts), and
 * what overflows waits in badges. Work is proportional to the visible events, and the number of marks
 * is bounded by rows × width, not by the dataset.
 */
import type { TimelineEvent } from '../../data/types';
import { countInWindow, countStarting, laneEvents, listInWindow, type LaneIndex } from '../../data/laneIndex';
import type { TimeScale } from '../../time/timeScale';
import { BIN_PX, densestSlice, densityBand, heldEvents, sliceInterval, type DensityBin } from '../densityBand';
import { laneOf, type Lane, type LaneMode } from '../../data/lanes';
import { CLUSTER_PX, clusterOverflow, pack, placeLabel, wrapLabels, type PlacedMark } from './packRows';
import { estimateTextWidth } from '../textWidth';

export interface LayoutOptions {
  /** Time (UTC ms) → x in px; its domain is the window in view. */
  x: TimeScale;
  width: number;
  height: number;
  rowHeight?: number;
  laneHeader?: number;
  /** Events per lane to share rows by; by default each lane's filtered events, so heights hold while zooming. */
  weights?: Map<string, number>;
  /** Rows a lane needs at least, so that its marks never wait in a cluster (packRows.marksRows); the layout grows taller when they add up to more than `height`. */
  minRows?: Map<string, number>;
  /** The selected event: if it would vanish into a cluster or a density band, it is drawn over it. */
  pinned?: TimelineEvent | null;
  /** Upper bound on event marks drawn at once, shared among lanes by their rows; Infinity never bands. */
  maxMarks?: number;
  /** Width in px of a label's text; an estimate by default so the layout stays DOM-free. */
  measure?: (text: string) => number;
}

/** A packed mark, placed in its lane: `y` is its row's middle. */
export interface EventMark extends Omit<PlacedMark, 'row'> {
  laneId: string;
  y: number;
}

export interface ClusterMark {
  key: string;
  laneId: string;
  x: number;
  y: number;
  count: number;
  from: number;
  to: number;
  ids: string[];
  /** Ranges that began before the window and run into it: zooming cannot separate them. */
  earlier?: boolean;
}

export interface LaneBox extends Lane {
  y: number;
  height: number;
  rows: number;
}

export interface MarksLayout {
  lanes: LaneBox[];
  marks: EventMark[];
  clusters: ClusterMark[];
  bins: DensityBin[];
  height: number;
  /** Events overlapping the window: drawn, clustered or counted in a band. */
  visibleCount: number;
}

export const ROW_HEIGHT = 24;
export const LANE_HEADER = 20;
/** About 2,000 nodes at most: marks, plus a few hundred cluster badges and density bins. */
export const MAX_MARKS = 1500;
/** Even a one-row lane packs this many before it turns into a band. */
const MIN_LANE_MARKS = 60;
/** Lays out events already grouped by lane: the form tests and small callers have at hand. */
export function layoutMarks(events: TimelineEvent[], options: LayoutOptions & { lanes: Lane[]; mode: LaneMode; actors?: string[] | null }): MarksLayout {
  const actors = options.actors ?? null;
  const byLane = new Map<string, TimelineEvent[]>(options.lanes.map((l) => [l.id, []]));
  for (const e of events) byLane.get(laneOf(e, options.mode, actors))?.push(e);
  return layoutLanes({ mode: options.mode, actors, lanes: options.lanes.map((l) => laneEvents(l, byLane.get(l.id)!)) }, options);
}

/**
 * The timeline's layout for the window `x` shows. A lane with more events in view than its share of
 * `maxMarks` is drawn as a density band (exact counts per slice, each a cluster to zoom into);
 * others are packed event by event. So the work and the DOM follow the screen, not the dataset.
 */
export function layoutLanes(index: Pick<LaneIndex, 'mode' | 'lanes'> & Partial<Pick<LaneIndex, 'actors'>>, options: LayoutOptions): MarksLayout {
  const { x, width } = options;
  const window = { from: x.domain[0], to: x.domain[1] };
  const rowHeight = options.rowHeight ?? ROW_HEIGHT;
  const laneHeader = options.laneHeader ?? LANE_HEADER;
  const measure = options.measure ?? estimateTextWidth;
  const maxMarks = options.maxMarks ?? MAX_MARKS;
  const rowsPerLane = allocateRows(
    index.lanes.map((l) => options.weights?.get(l.lane.id) ?? l.events.length),
    options.height,
    rowHeight,
    laneHeader,
    options.minRows ? index.lanes.map((l) => options.minRows!.get(l.lane.id) ?? 1) : undefined,
  );
  const totalRows = rowsPerLane.reduce((a, b) => a + b, 0);
  const pinned = options.pinned ?? null;
  const pinnedLane = pinned ? laneOf(pinned, index.mode, index.actors) : null;

  const boxes: LaneBox[] = [];
  const marks: EventMark[] = [];
  const clusters: ClusterMark[] = [];
  const bins: DensityBin[] = [];
  let visibleCount = 0;
  let top = 0;
  index.lanes.forEach((lane, i) => {
    const fullRows = rowsPerLane[i]!;
    const laneHeight = laneHeader + fullRows * rowHeight;
    const inView = countInWindow(lane, window);
    const starting = countStarting(lane.starts, window.from, window.to);
    // Two bounds: the lane's share of the DOM, and what its rows can show (a mark per slice per row):
    // beyond that most events would wait in "+N" badges, and a band with exact counts reads better.
    // (maxMarks: Infinity packs every event, as the packing tests want.)
    const cap =
      maxMarks === Infinity
        ? Infinity
        : Math.max(MIN_LANE_MARKS, Math.min(Math.floor((maxMarks * fullRows) / totalRows), fullRows * Math.floor(width / BIN_PX)));
    visibleCount += inView;
    if (starting > cap) {
      boxes.push({ ...lane.lane, y: top, height: laneHeight, rows: fullRows });
      bins.push(...densityBand(lane, window, x, width, top + laneHeader, top + laneHeight));
      if (pinned && pinnedLane === lane.lane.id && pinned.to > window.from && pinned.from < window.to) {
        const x0 = x(pinned.from);
        const label = placeLabel(pinned.title, 'point', x0, width, measure);
        marks.push({
          event: pinned,
          laneId: lane.lane.id,
          kind: 'point',
          x0,
          x1: x0,
          y: top + laneHeader + rowHeight / 2,
          label: label.label,
          labelX: label.x,
          labelAnchor: label.anchor,
          labelWidth: label.end - label.start,
        });
      }
      top += laneHeight;
      return;
    }
    // Many ranges that began before the window (a long archive at day zoom) cannot be pulled apart
    // by zooming: they wait in one "began earlier" badge, and what starts in the window is drawn.
    const ongoing = inView > cap ? listInWindow(lane, window) : null;
    const laneEventsInView = ongoing ? ongoing.filter((e) => e.from >= window.from) : listInWindow(lane, window);
    const earlier = ongoing ? ongoing.filter((e) => e.from < window.from) : [];
    let packed = pack(laneEventsInView, fullRows, x, width, measure);
    let rows = fullRows;
    if ((packed.overflow.length || earlier.length) && fullRows > 1) {
      // The last row becomes the cluster strip only when something overflows.
      rows = fullRows - 1;
      packed = pack(laneEventsInView, rows, x, width, measure);
    }
    boxes.push({ ...lane.lane, y: top, height: laneHeight, rows });
    wrapLabels(packed.placed, rows, width, measure);
    const pinnedAt = pinned ? packed.overflow.indexOf(pinned) : -1;
    if (pinnedAt >= 0) {
      const [event] = packed.overflow.splice(pinnedAt, 1);
      const x0 = x(event!.from);
      packed.placed.push({ event: event!, kind: 'point', x0, x1: x0, row: rows, label: null, labelX: x0, labelAnchor: 'start' });
    }
    for (const p of packed.placed) marks.push({ ...p, laneId: lane.lane.id, y: top + laneHeader + p.row * rowHeight + rowHeight / 2 });
    const stripY = top + laneHeader + rows * rowHeight + rowHeight / 2;
    if (earlier.length) {
      clusters.push({ key: `${lane.lane.id}:earlier`, laneId: lane.lane.id, x: 4, y: stripY, earlier: true, ...heldEvents(earlier) });
    }
    // Overflow clusters start right of the "began earlier" badge.
    // Keyed by place in the lane: groups re-form on every zoom step, and a badge that takes over the
    // previous one's element costs a few attributes where a new one costs a subtree.
    clusterOverflow(packed.overflow, x, width, earlier.length ? 4 + CLUSTER_PX * 2 : 4).forEach((c, place) =>
      clusters.push({ ...c, laneId: lane.lane.id, y: stripY, key: `${lane.lane.id}:${place}` }),
    );
    top += laneHeight;
  });
  if (bins.length) {
    // Against the densest slice anywhere in any lane, not just in view: panning does not rescale bars.
    const unit = sliceInterval(window, width);
    const densest = index.lanes.reduce((m, lane) => Math.max(m, densestSlice(lane, unit)), 1);
    for (const b of bins) b.level = Math.min(1, Math.sqrt(b.count / densest));
  }
  return { lanes: boxes, marks, clusters, bins, height: top, visibleCount };
}

/**
 * Rows for each lane from the height available: every lane gets what it minimally needs (one row,
 * two once a cluster strip may be needed), then rows go one at a time to the lane with the most
 * events per row, never beyond one row per event plus the strip. A lane's rows depend on weights and
 * height only, so they hold still while the reader pans and zooms.
 */
export function allocateRows(weights: number[], height: number, rowHeight = ROW_HEIGHT, laneHeader = LANE_HEADER, minRows?: number[]): number[] {
  const rows = weights.map((w, i) => Math.max(w > 1 ? 2 : 1, minRows?.[i] ?? 0));
  let spare = Math.floor((height - weights.length * laneHeader) / rowHeight) - rows.reduce((a, b) => a + b, 0);
  while (spare > 0) {
    let best = -1;
    for (let i = 0; i < weights.length; i++) {
      if (rows[i]! >= weights[i]! + 1) continue;
      if (best < 0 || weights[i]! / rows[i]! > weights[best]! / rows[best]!) best = i;
    }
    // Every lane is full: the rest of the height is shared out evenly, so the axis stays at the bottom.
    rows[best < 0 ? spare % rows.length : best]!++;
    spare--;
  }
  return rows;
}
