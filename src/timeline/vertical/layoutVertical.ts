/**
 * The vertical timeline for narrow screens: time runs down. Each lane is a thin track of marks
 * beside the axis; events are cards in one column to the right (date, lane marker, the title wrapped
 * to three lines), each as close to its time as the others allow and joined to its mark by a
 * connector. Where the cards cannot all fit in the height, the neighbours closest in time share a
 * "+N" bubble (placeCards.ts), which a tap expands in place. Hit areas are the card and the mark's
 * knob, which never overlap another event's: cards are packed apart, and knobs on one track stack.
 */
import type { TimelineEvent } from '../../data/types';
import { countInWindow, countStarting, listInWindow, type LaneIndex } from '../../data/laneIndex';
import { compareEvents } from '../../data/sortEvents';
import { heldEvents } from '../../view/densityBand';
import type { TimeScale } from '../../time/timeScale';
import { laneOf, type Lane, type LaneMode } from '../../data/lanes';
import type { MarkKind } from '../../view/lanes/packRows';
import { estimateTextWidth } from '../../view/textWidth';
import { CARD_GAP, placeCards } from './placeCards';
import { wrapTitle } from './wrapTitle';

export const AXIS_WIDTH = 66;
/** A strip between axis and tracks for period names, written upwards. */
export const PERIOD_WIDTH = 18;
export const TRACK_WIDTH = 14;
/** The height of one count of a dense window (and of the "began earlier" badge): a 22 px target every 24 px. */
export const SLOT = 24;
const MIN_BAR_PX = 14;
/** Card geometry: padding, the date line, and each title line (12.5 px type). */
export const CARD_PAD = 6;
export const DATE_LINE = 14;
export const TITLE_LINE = 15;
export const MAX_TITLE_LINES = 3;
/** Knobs (a point's dot, a range's shape) on one track keep this far apart, so each is its own target. */
export const KNOB_SPACING = 12;

export interface VerticalOptions {
  lanes: Lane[];
  mode: LaneMode;
  /** The actor filter the lanes follow (data/lanes.ts `laneOf`). */
  actors?: string[] | null;
  /** Time (UTC ms) → y in px. Never assumed linear: folded time makes it piecewise. */
  y: (ms: number) => number;
  width: number;
  height: number;
  pinnedId?: string | null;
  /** Events a reader expanded from a bubble: always cards. */
  expanded?: ReadonlySet<string>;
  measure?: (text: string) => number;
  /** Keep the top free (for the "began earlier" badge). */
  reserveTop?: boolean;
}

export interface VerticalMark {
  event: TimelineEvent;
  laneId: string;
  kind: MarkKind;
  x: number;
  y0: number;
  y1: number;
  /** Where the mark's knob (a point's dot, a range's shape) is drawn: its time, or just below a neighbour's. */
  knobY: number;
  /** The card: its top and height; the title's lines. */
  cardY: number;
  cardH: number;
  lines: string[];
}

export interface VerticalCluster {
  key: string;
  /** The bubble's vertical centre. */
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
  /** Where cards and bubbles start, and how wide a card is. */
  cardX: number;
  cardW: number;
  /** The drawing's height: the canvas's, or more when expanded cards need it. */
  height: number;
  marks: VerticalMark[];
  clusters: VerticalCluster[];
}

export const cardHeight = (lines: number) => CARD_PAD * 2 + DATE_LINE + lines * TITLE_LINE;

export function verticalColumns(lanes: Lane[], width: number) {
  const tracks = lanes.map((lane, i) => ({ ...lane, x: AXIS_WIDTH + PERIOD_WIDTH + i * TRACK_WIDTH + TRACK_WIDTH / 2 }));
  const cardX = AXIS_WIDTH + PERIOD_WIDTH + lanes.length * TRACK_WIDTH + 10;
  return { tracks, cardX, cardW: Math.max(60, width - cardX - 4) };
}

export function layoutVertical(events: TimelineEvent[], options: VerticalOptions): VerticalLayout {
  const { lanes, mode, y, width, height } = options;
  const measure = options.measure ?? estimateTextWidth;
  const { tracks, cardX, cardW } = verticalColumns(lanes, width);
  const trackX = new Map(tracks.map((t) => [t.id, t.x]));
  const room = cardW - CARD_PAD * 2;
  const top0 = options.reserveTop ? SLOT + CARD_GAP : 0;

  // Each event on a track, with its knob's time in px, in the order of the knobs down the column.
  const drawn = [];
  for (const event of events) {
    const x = trackX.get(laneOf(event, mode, options.actors));
    if (x === undefined) continue;
    const y0 = y(event.from);
    const y1 = y(event.to);
    const kind: MarkKind = event.end ? 'range' : y1 - y0 >= MIN_BAR_PX ? 'span' : 'point';
    const knob = kind === 'point' ? y0 : Math.min(Math.max(y0, 0) + 6, Math.max(y1, 6));
    drawn.push({ event, x, y0, y1, kind, knob: Math.min(Math.max(knob, 0), height) });
  }
  drawn.sort((a, b) => a.knob - b.knob);
  const texts = drawn.map((d) => wrapTitle(d.event.title, room, measure, MAX_TITLE_LINES));
  const { groups, height: content } = placeCards(
    drawn.map((d, i) => ({ anchor: d.knob, h: cardHeight(texts[i]!.length), keep: d.event.id === options.pinnedId || !!options.expanded?.has(d.event.id) })),
    top0,
    height,
  );

  const marks: VerticalMark[] = [];
  const clusters: VerticalCluster[] = [];
  // The last knob on each track, so the next one stacks below it rather than on it.
  const lastKnob = new Map<number, number>();
  for (const g of groups) {
    if (g.first === g.last) {
      const d = drawn[g.first]!;
      const knobY = Math.max(d.knob, (lastKnob.get(d.x) ?? -Infinity) + KNOB_SPACING);
      lastKnob.set(d.x, knobY);
      marks.push({
        event: d.event,
        laneId: laneOf(d.event, mode, options.actors),
        kind: d.kind,
        x: d.x,
        y0: d.y0,
        y1: d.y1,
        knobY,
        cardY: g.top,
        cardH: g.h,
        lines: texts[g.first]!,
      });
      continue;
    }
    const members = drawn.slice(g.first, g.last + 1).map((d) => d.event);
    clusters.push({ key: `c${members[0]!.id}`, y: g.top + g.h / 2, ...heldEvents(members), ids: members.map((e) => e.id) });
  }
  return { tracks, cardX, cardW, height: content, marks, clusters };
}

/** More events in view than this and the column shows one count per slot instead of events. */
export const VERTICAL_MAX_EVENTS = 1000;

/**
 * The vertical layout straight from the lane index: events one by one while few are in view, else
 * exact counts per 24 px slot (each a bubble to zoom into), with the selected event still drawn.
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
  // Slots the selected event's card covers: their counts pass on to the next free slot (or back to the last).
  const taken = new Set<number>();
  for (const m of layout.marks) for (let k = Math.floor(m.cardY / SLOT); k * SLOT < m.cardY + m.cardH; k++) taken.add(k);
  const earlier = inView - starting;
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
  else if (carried) {
    const free = [...Array(slots).keys()].toReversed().find((k) => !taken.has(k)) ?? 0;
    layout.clusters.push({ key: 'slot-end', y: free * SLOT + SLOT / 2, count: carried.count, from: carried.from, to: window.to, first: carried.first });
  }
  return layout;
}

/** About how wide a label is drawn, in px: CJK characters twice the others. */
const labelWidth = (text: string) => text.length * 6.5 + (text.match(/[\u3000-\u9fff]/g)?.length ?? 0) * 5.5;

/**
 * A tick's label on one line, or on two where it is wider than the axis: at the last space that
 * lets the first line fit ("13.5B" / "yrs ago", "vor 4,5" / "Mrd."), or after 前 ("紀元前" / "500年").
 */
export function axisLines(label: string, room = AXIS_WIDTH - 8): string[] {
  if (labelWidth(label) <= room) return [label];
  const cuts = [...label.matchAll(/ |(?<=前)/g)].map((m) => m.index);
  const cut = cuts.filter((at) => labelWidth(label.slice(0, at)) <= room).pop() ?? cuts[0];
  return cut === undefined ? [label] : [label.slice(0, cut), label.slice(cut).trim()];
}
