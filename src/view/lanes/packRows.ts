/**
 * One lane's events in rows without overlapping marks or labels. The rule, deterministic: events in
 * time order take the first row where the mark and its whole title fit; failing that, the row where
 * the mark fits and the previous occupant's label loses least (that label is cut back to the room
 * left, at a word); only an event whose mark fits in no row overflows, and neighbouring overflow
 * within CLUSTER_PX merges into a cluster mark that counts it. So labels use the free space to their
 * right, are cut only where another mark needs the room, and clusters mean marks truly collide.
 * A cut label whose row below is free under it wraps onto a second line there (`wrapLabels`).
 * Text is measured by the `measure` passed in (a canvas in the browser, an estimate in tests).
 */
import type { TimelineEvent } from '../../data/types';
import { shortenToFit, twoLines } from '../fitWords';

export type MarkKind = 'point' | 'span' | 'range';

/** An event given a row: its mark's extent and its label's place, if it keeps one. */
export interface PlacedMark {
  event: TimelineEvent;
  kind: MarkKind;
  x0: number;
  x1: number;
  row: number;
  label: string | null;
  /** A second line, when a cut label wraps into the free row below. */
  label2?: string | null;
  /** Where the label starts (anchor start) or ends (anchor end: flipped left near the right edge). */
  labelX: number;
  labelAnchor: 'start' | 'end';
  /** Measured width of the label (its longer line); 0 without one. */
  labelWidth?: number;
}

export const CLUSTER_PX = 28;
const GAP = 6;
const DOT = 7;
/** A span narrower than this is drawn as a dot: a month at decade zoom is a sliver, not a bar. */
const MIN_SPAN_PX = 24;

/** Longer labels where there is room: ~32 characters at 1280 px, up to 60 on a 4K screen. */
export const maxLabelChars = (width: number) => Math.round(Math.min(60, Math.max(24, width / 40)));

interface Row {
  /** Right edge of everything in the row, label included. */
  end: number;
  /** Right edge of the last mark alone, were its label dropped. */
  markEnd: number;
  last: number;
}

export function pack(events: TimelineEvent[], rows: number, x: (ms: number) => number, width: number, measure: (t: string) => number) {
  const state: Row[] = Array.from({ length: rows }, () => ({ end: -Infinity, markEnd: -Infinity, last: -1 }));
  const placed: PlacedMark[] = [];
  const overflow: TimelineEvent[] = [];
  for (const event of events) {
    const x0 = x(event.from);
    const x1 = x(event.to);
    const kind: MarkKind = event.end ? 'range' : x1 - x0 >= MIN_SPAN_PX ? 'span' : 'point';
    const markStart = kind === 'point' ? x0 - DOT : x0;
    const markEnd = kind === 'point' ? x0 + DOT : x1;
    let placement = placeLabel(event.title, kind, x0, width, measure);
    let row = state.findIndex((r) => r.end + GAP <= Math.min(markStart, placement.start));
    if (row < 0) {
      // Crowded: of the rows where the mark fits, the one whose last label loses least makes room.
      for (let i = 0; i < state.length; i++) {
        if (state[i]!.markEnd + GAP <= markStart && (row < 0 || state[i]!.end < state[row]!.end)) row = i;
      }
      if (row < 0) {
        overflow.push(event);
        continue;
      }
      const previous = placed[state[row]!.last];
      if (previous) cutLabel(previous, markStart - GAP, measure);
      // This label goes right of its own mark, never back over the row's previous one.
      if (placement.anchor === 'end') placement = rightOf(event.title, kind, x0, width, measure);
    }
    state[row] = { end: Math.max(markEnd, placement.end), markEnd, last: placed.length };
    placed.push({
      event,
      kind,
      x0,
      x1,
      row,
      label: placement.label,
      labelX: placement.x,
      labelAnchor: placement.anchor,
      labelWidth: placement.end - placement.start,
    });
  }
  return { placed, overflow };
}

/**
 * How many rows the marks alone need so that none waits in a cluster, e.g. 3 for three events on
 * one day: the room a lane asks for, given its events and a scale (the whole extent's, so it holds
 * still while the reader zooms: zooming in only pulls marks apart).
 */
export function marksRows(events: readonly TimelineEvent[], x: (ms: number) => number): number {
  const ends: number[] = [];
  for (const event of events) {
    const x0 = x(event.from);
    const x1 = x(event.to);
    const point = !event.end && x1 - x0 < MIN_SPAN_PX;
    const start = point ? x0 - DOT : x0;
    const row = ends.findIndex((end) => end + GAP <= start);
    const end = point ? x0 + DOT : x1;
    if (row < 0) ends.push(end);
    else ends[row] = end;
  }
  return ends.length;
}

/** Cuts a placed mark's label (anchored at its start) back so that it ends by `limit`. */
function cutLabel(mark: PlacedMark, limit: number, measure: (t: string) => number): void {
  if (!mark.label || mark.labelAnchor !== 'start' || mark.labelX + (mark.labelWidth ?? 0) <= limit) return;
  const label = shortenToFit(mark.event.title, limit - mark.labelX, measure);
  mark.label = label;
  mark.labelWidth = label ? measure(label) : 0;
}

/**
 * Cut labels take a second line where the row below is free under them (drawn lines and marks
 * counted), so "Microsoft rejects the…" reads whole in two lines. `rowsOf` gives the placed marks in
 * the same lane; a wrapped label claims its second line, so two labels never wrap into one place.
 */
export function wrapLabels(placed: PlacedMark[], rows: number, width: number, measure: (t: string) => number): void {
  const taken: [number, number][][] = Array.from({ length: rows }, () => []);
  const byRow: PlacedMark[][] = Array.from({ length: rows }, () => []);
  for (const m of placed) {
    if (m.row >= rows) continue;
    byRow[m.row]!.push(m);
    taken[m.row]!.push(occupied(m));
  }
  for (let r = 0; r < rows - 1; r++) {
    for (const [i, m] of byRow[r]!.entries()) {
      if (!m.label || m.labelAnchor !== 'start' || m.label === m.event.title) continue;
      // The room on this line: to the next mark in the row, or the edge.
      const next = byRow[r]![i + 1];
      const room = (next ? occupied(next)[0] - GAP : width) - m.labelX;
      const lines = twoLines(m.event.title, room, measure);
      if (!lines) continue;
      const end = m.labelX + Math.max(measure(lines[0]), measure(lines[1]));
      if (taken[r + 1]!.some(([a, b]) => a < end + GAP && b + GAP > m.labelX)) continue;
      m.label = lines[0];
      m.label2 = lines[1];
      m.labelWidth = end - m.labelX;
      taken[r + 1]!.push([m.labelX, end]);
    }
  }
}

/** The x-extent a placed mark takes in its row: mark and label. */
function occupied(m: PlacedMark): [number, number] {
  const markStart = m.kind === 'point' ? m.x0 - DOT : m.x0;
  const markEnd = m.kind === 'point' ? m.x0 + DOT : m.x1;
  if (!m.label) return [markStart, markEnd];
  const w = m.labelWidth ?? 0;
  const start = m.labelAnchor === 'end' ? m.labelX - w : m.labelX;
  return [Math.min(markStart, start), Math.max(markEnd, start + w)];
}

interface LabelPlacement {
  label: string | null;
  x: number;
  anchor: 'start' | 'end';
  start: number;
  end: number;
}

/**
 * Right of the mark by default; near the right edge a point's label flips to its left, and
 * failing that it is shortened to the room there is. Labels of bars that began off-screen stick to x = 0.
 */
export function placeLabel(label: string, kind: MarkKind, x0: number, width: number, measure: (t: string) => number): LabelPlacement {
  const x = labelStart(kind, x0);
  const w = measure(label);
  if (x + w <= width) return { label, x, anchor: 'start', start: x, end: x + w };
  if (kind === 'point' && x0 - DOT - 3 - w >= 0) {
    const right = x0 - DOT - 3;
    return { label, x: right, anchor: 'end', start: right - w, end: right };
  }
  return rightOf(label, kind, x0, width, measure);
}

/** A bar's label starts after the actor's shape drawn at the bar's visible start. */
const labelStart = (kind: MarkKind, x0: number) => (kind === 'point' ? x0 + DOT + 3 : Math.max(x0, 0) + 14);

/** Right of the mark, shortened to the room before the edge. */
function rightOf(label: string, kind: MarkKind, x0: number, width: number, measure: (t: string) => number): LabelPlacement {
  const x = labelStart(kind, x0);
  const short = measure(label) <= width - x ? label : shortenToFit(label, width - x, measure);
  return { label: short, x, anchor: 'start', start: x, end: short ? x + measure(short) : x };
}

export function clusterOverflow(events: TimelineEvent[], x: (ms: number) => number, width: number, left = 4) {
  const groups: { x: number; count: number; from: number; to: number; ids: string[] }[] = [];
  let current: (typeof groups)[number] | null = null;
  let anchor = 0;
  for (const e of events) {
    // Badges are ~30 px wide and start a little left of x: keep them inside the frame.
    const ex = Math.min(Math.max(x(e.from), left), width - 30);
    if (current && ex - anchor <= CLUSTER_PX) {
      current.count++;
      current.from = Math.min(current.from, e.from);
      current.to = Math.max(current.to, e.to);
      current.ids.push(e.id);
    } else {
      anchor = ex;
      current = { x: ex, count: 1, from: e.from, to: e.to, ids: [e.id] };
      groups.push(current);
    }
  }
  return groups;
}
