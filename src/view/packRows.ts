/**
 * One lane's events in rows without overlapping labels. The rule, deterministic: events in time order
 * take the first row whose previous occupant ends before them, with their label; failing that, without
 * a label (a bare mark); failing that they overflow, and neighbouring overflow within CLUSTER_PX merges
 * into a cluster mark that counts them. Labels are measured by estimate, so the layout stays DOM-free.
 */
import type { TimelineEvent } from '../data/types';

export type MarkKind = 'point' | 'span' | 'range';

/** An event given a row: its mark's extent and its label's place, if it keeps one. */
export interface PlacedMark {
  event: TimelineEvent;
  kind: MarkKind;
  x0: number;
  x1: number;
  row: number;
  label: string | null;
  /** Where the label starts (anchor start) or ends (anchor end: flipped left near the right edge). */
  labelX: number;
  labelAnchor: 'start' | 'end';
}

export const CLUSTER_PX = 28;
const GAP = 6;
const DOT = 7;
/** A span narrower than this is drawn as a dot: a month at decade zoom is a sliver, not a bar. */
const MIN_SPAN_PX = 24;

/** About 7 px a character for the 12.5 px label font: generous, so estimates err towards fewer overlaps. */
export const estimateTextWidth = (text: string) => text.length * 7;

/** Longer labels where there is room: ~32 characters at 1280 px, up to 60 on a 4K screen. */
export const maxLabelChars = (width: number) => Math.round(Math.min(60, Math.max(24, width / 40)));

/**
 * Shortened at a word boundary: "Azure exclusivity…", not "Azure exclusi…", so the label stays a
 * run of whole words of the mark's spoken name (WCAG 2.5.3, label in name). A first word longer
 * than the room is cut.
 */
export function truncateLabel(title: string, max = 36): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const space = cut.search(/\s\S*$/);
  return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

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
    const placement = placeLabel(truncateLabel(event.title, maxLabelChars(width)), kind, x0, width, measure);
    const occupiedStart = Math.min(markStart, placement.start);
    const occupiedEnd = Math.max(markEnd, placement.end);
    let row = state.findIndex((r) => r.end + GAP <= occupiedStart);
    let bare = false;
    if (row < 0) {
      // Crowded: the previous mark in some row gives up its label so this one can still show,
      // with its own label if that fits, else bare.
      row = state.findIndex((r) => r.markEnd + GAP <= occupiedStart);
      if (row < 0) {
        row = state.findIndex((r) => r.markEnd + GAP <= markStart);
        bare = true;
      }
      if (row < 0) {
        overflow.push(event);
        continue;
      }
      placed[state[row]!.last]!.label = null;
    }
    state[row] = { end: bare ? markEnd : occupiedEnd, markEnd, last: placed.length };
    placed.push({ event, kind, x0, x1, row, label: bare ? null : placement.label, labelX: placement.x, labelAnchor: placement.anchor });
  }
  return { placed, overflow };
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
  // A bar's label starts after the actor's shape drawn at the bar's visible start.
  const x = kind === 'point' ? x0 + DOT + 3 : Math.max(x0, 0) + 14;
  const w = measure(label);
  if (x + w <= width) return { label, x, anchor: 'start', start: x, end: x + w };
  if (kind === 'point' && x0 - DOT - 3 - w >= 0) {
    const right = x0 - DOT - 3;
    return { label, x: right, anchor: 'end', start: right - w, end: right };
  }
  const short = shortenToFit(label, width - x, measure);
  return { label: short, x, anchor: 'start', start: x, end: short ? x + measure(short) : x };
}

/** The longest word-boundary shortening of `label` (at least 6 characters) that fits `room`; null if none. */
export function shortenToFit(label: string, room: number, measure: (t: string) => number): string | null {
  for (let n = label.length - 1; n >= 6; n--) {
    const candidate = truncateLabel(label, n);
    if (candidate.length >= 6 && measure(candidate) <= room) return candidate;
  }
  return null;
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
