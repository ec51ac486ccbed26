/** Event counts in equal slices of the overview's width: its density profile. */
import { countStarting } from '../../data/laneIndex';
import type { TimeScale } from '../../time/timeScale';

/**
 * e.g. Uint32Array [0, 0, 3, 1, …]: events starting in each of `bins` equal slices of the scale's
 * range, from sorted starts. Slices are equal on screen, not in time: with folded time a slice next
 * to a break spans more of it.
 */
export function densityBins(starts: Float64Array, x: TimeScale, bins: number): Uint32Array {
  const counts = new Uint32Array(Math.max(1, Math.floor(bins)));
  const [r0, r1] = x.range;
  const [from, to] = x.domain;
  if (to <= from || r1 <= r0) return counts;
  const edge = (i: number) => (i === 0 ? from : i === counts.length ? to : x.invert(r0 + ((r1 - r0) * i) / counts.length));
  for (let i = 0; i < counts.length; i++) counts[i] = countStarting(starts, edge(i), edge(i + 1));
  return counts;
}
