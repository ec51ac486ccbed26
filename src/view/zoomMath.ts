/**
 * The view window in time, and its mapping to a d3-zoom transform. Pure: the zoom behaviour,
 * the keyboard commands and the URL all agree through these functions.
 *
 * Windows are real UTC ms (the URL's dates); the arithmetic (spans, zoom factors, pans, the d3-zoom
 * transform) runs on the folded clock of `limits.folds` (time/folds.ts), so zooming and panning are
 * even across breaks. Without folds the folded clock is the real one.
 */
import type { TimeWindow } from '../data/queryVisible';
import { DAY_MS } from '../time/partialDate';
import { foldTime, unfoldTime, type Folds } from '../time/folds';
import type { TickUnit } from '../time/ticks';

/** How far one can zoom out or pan, and the folds in force over it. */
export interface Limits extends TimeWindow {
  folds?: Folds | null;
  /** The narrowest window; absent: a day (MIN_SPAN). */
  minSpan?: number;
}

/** A window on the folded clock, and back. */
const fold = (w: TimeWindow, folds: Folds | null | undefined): TimeWindow => (folds ? { from: foldTime(w.from, folds), to: foldTime(w.to, folds) } : w);
/** The limits on the folded clock: no folds left in them, their closest zoom kept. */
const foldLimits = (l: Limits): Limits => {
  const w = fold(l, l.folds);
  return l.minSpan === undefined ? w : { ...w, minSpan: l.minSpan };
};
const unfold = (w: TimeWindow, folds: Folds | null | undefined): TimeWindow => (folds ? { from: unfoldTime(w.from, folds), to: unfoldTime(w.to, folds) } : w);

/** Never closer than a day across the whole width, unless the limits allow closer (a dataset with times of day). */
export const MIN_SPAN = DAY_MS;
/** How close a dataset with times of day can zoom: an hour across the width, ticks every few minutes. */
export const TIMED_MIN_SPAN = 3_600_000;
const minSpanOf = (limits: Limits) => limits.minSpan ?? MIN_SPAN;

/** The finest axis unit these limits can need: hours and minutes only where the window can be narrower than a day. */
export const finestUnit = (limits: Limits): TickUnit => (minSpanOf(limits) < DAY_MS ? 'minute' : 'day');
const PAD = 0.04;
const MIN_EXTENT = 60 * DAY_MS;

/** The data's extent plus a margin (a share of its folded length): the farthest one can zoom out or pan. */
export function paddedExtent(extent: [number, number] | null, folds: Folds | null = null, minSpan?: number): Limits {
  if (!extent) {
    const now = Date.UTC(new Date().getUTCFullYear(), 0, 1);
    return { from: now, to: now + 365 * DAY_MS };
  }
  let [from, to] = extent;
  if (to - from < MIN_EXTENT) {
    const mid = (from + to) / 2;
    from = mid - MIN_EXTENT / 2;
    to = mid + MIN_EXTENT / 2;
  }
  const pad = (foldTime(to, folds) - foldTime(from, folds)) * PAD;
  return { from: from - pad, to: to + pad, ...(folds ? { folds } : {}), ...(minSpan ? { minSpan } : {}) };
}

export function clampWindow(w: TimeWindow, limits: Limits): TimeWindow {
  if (limits.folds) return unfold(clampWindow(fold(w, limits.folds), foldLimits(limits)), limits.folds);
  const maxSpan = limits.to - limits.from;
  const span = Math.min(Math.max(w.to - w.from, minSpanOf(limits)), maxSpan);
  let from = (w.from + w.to) / 2 - span / 2;
  from = Math.min(Math.max(from, limits.from), limits.to - span);
  return { from, to: from + span };
}

/** factor > 1 zooms in. `anchor` (ms) stays where it is on screen; by default the centre. */
export function zoomWindow(w: TimeWindow, factor: number, limits: Limits, anchor?: number): TimeWindow {
  if (limits.folds) {
    const folds = limits.folds;
    const at = anchor === undefined ? undefined : foldTime(anchor, folds);
    return unfold(zoomWindow(fold(w, folds), factor, foldLimits(limits), at), folds);
  }
  anchor ??= (w.from + w.to) / 2;
  const maxSpan = limits.to - limits.from;
  const span = Math.min(Math.max((w.to - w.from) / factor, minSpanOf(limits)), maxSpan);
  const t = (anchor - w.from) / (w.to - w.from);
  let from = anchor - t * span;
  from = Math.min(Math.max(from, limits.from), limits.to - span);
  return { from, to: from + span };
}

/** fraction of the current span; negative pans back in time. */
export function panWindow(w: TimeWindow, fraction: number, limits: Limits): TimeWindow {
  if (limits.folds) return unfold(panWindow(fold(w, limits.folds), fraction, foldLimits(limits)), limits.folds);
  const shift = (w.to - w.from) * fraction;
  return clampWindow({ from: w.from + shift, to: w.to + shift }, limits);
}

/** A window that shows [from, to) with some air around it, e.g. for a cluster or a period. */
export function windowAround(from: number, to: number, limits: Limits, air = 0.15): TimeWindow {
  if (limits.folds) {
    const folds = limits.folds;
    return unfold(windowAround(foldTime(from, folds), foldTime(to, folds), foldLimits(limits), air), folds);
  }
  const span = Math.max(to - from, minSpanOf(limits));
  const pad = span * air;
  return clampWindow({ from: from - pad, to: from + span + pad }, limits);
}

/** Keeps the span; moves the window only if the instant is off screen. */
export function windowShowing(w: TimeWindow, from: number, to: number, limits: Limits): TimeWindow {
  // Visible already (its start is in view, or it spans the view): leave the reader's window alone.
  if ((from >= w.from && from < w.to) || (from < w.from && to > w.from)) return w;
  if (limits.folds) {
    const folds = limits.folds;
    return unfold(windowShowing(fold(w, folds), foldTime(from, folds), foldTime(to, folds), foldLimits(limits)), folds);
  }
  if (to - from > w.to - w.from) return windowAround(from, to, limits);
  const span = w.to - w.from;
  return clampWindow({ from: from - span / 2, to: from + span / 2 }, limits);
}

export interface Transform {
  k: number;
  x: number;
}

/** d3-zoom's base scale maps `limits` onto [0, width]; the window is that scale rescaled by (k, x). */
export function transformFor(w: TimeWindow, limits: Limits, width: number): Transform {
  if (limits.folds) return transformFor(fold(w, limits.folds), foldLimits(limits), width);
  const k = (limits.to - limits.from) / (w.to - w.from);
  return { k, x: ((-k * (w.from - limits.from)) / (limits.to - limits.from)) * width };
}

export function windowFor(t: Transform, limits: Limits, width: number): TimeWindow {
  if (limits.folds) return unfold(windowFor(t, foldLimits(limits), width), limits.folds);
  const span = limits.to - limits.from;
  const toTime = (px: number) => limits.from + ((px - t.x) / t.k / width) * span;
  return { from: toTime(0), to: toTime(width) };
}

export function maxZoom(limits: Limits): number {
  const { from, to } = foldLimits(limits);
  return Math.max(1, (to - from) / minSpanOf(limits));
}

export function sameWindow(a: TimeWindow | null, b: TimeWindow | null, tolerance = 1): boolean {
  if (!a || !b) return a === b;
  return Math.abs(a.from - b.from) <= tolerance && Math.abs(a.to - b.to) <= tolerance;
}
