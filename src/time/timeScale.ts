/**
 * A map from UTC ms to px: linear, or linear on the folded clock when long empty stretches are
 * folded (folds.ts), so the axis, marks, overview, brush, hit-testing and exports all agree on where
 * a break is. d3-scale's scaleUtc would do the linear part, but it carries d3-time-format and
 * d3-format for tick labels we never use (ticks come from d3-time, labels from date-fns), about
 * 6 KB gzipped of a 120 KB first-view budget.
 */
import { foldTime, foldsWithin, unfoldTime, type Folds } from './folds';

export interface TimeScale {
  (ms: number): number;
  invert: (px: number) => number;
  /** The real window shown, in UTC ms. */
  domain: readonly [number, number];
  range: readonly [number, number];
  /** The folds in force (null: time is linear across the range). */
  folds: Folds | null;
  /** The breaks within the domain, where they are drawn: e.g. [{ from, to, x0: 212.4, x1: 240.1 }]. */
  breaks: readonly ScaleBreak[];
}

export interface ScaleBreak {
  from: number;
  to: number;
  x0: number;
  x1: number;
}

export function timeScale(domain: readonly [number, number], range: readonly [number, number], folds: Folds | null = null): TimeScale {
  const [r0, r1] = range;
  const u0 = foldTime(domain[0], folds);
  const u1 = foldTime(domain[1], folds);
  const k = u1 === u0 ? 0 : (r1 - r0) / (u1 - u0);
  const scale = (folds ? (ms: number) => r0 + (foldTime(ms, folds) - u0) * k : (ms: number) => r0 + (ms - u0) * k) as TimeScale;
  scale.invert = (px: number) => (k === 0 ? domain[0] : unfoldTime(u0 + (px - r0) / k, folds));
  const breaks = foldsWithin(folds, domain[0], domain[1]).map((f) => ({ from: f.from, to: f.to, x0: scale(f.from), x1: scale(f.to) }));
  Object.assign(scale, { domain, range, folds, breaks });
  return scale;
}
