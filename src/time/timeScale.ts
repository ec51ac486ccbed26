/**
 * A linear map from UTC ms to px. d3-scale's scaleUtc would do the same, but it carries
 * d3-time-format and d3-format for tick labels we never use (ticks come from d3-time, labels
 * from date-fns), about 6 KB gzipped of a 120 KB first-view budget.
 */
export interface TimeScale {
  (ms: number): number;
  invert: (px: number) => number;
  domain: readonly [number, number];
  range: readonly [number, number];
}

export function timeScale(domain: readonly [number, number], range: readonly [number, number]): TimeScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  const scale = ((ms: number) => r0 + (ms - d0) * k) as TimeScale;
  scale.invert = (px: number) => (k === 0 ? d0 : d0 + (px - r0) / k);
  Object.assign(scale, { domain, range });
  return scale;
}
