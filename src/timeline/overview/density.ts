/** Event counts in equal time bins across the whole extent: the overview's density profile. */
import { countStarting } from '../../data/laneIndex';
import type { TimeWindow } from '../../data/queryVisible';

/** e.g. Uint32Array [0, 0, 3, 1, …]: events starting in each of `bins` equal slices of `extent`, from sorted starts. */
export function densityBins(starts: Float64Array, extent: TimeWindow, bins: number): Uint32Array {
  const counts = new Uint32Array(Math.max(1, Math.floor(bins)));
  const span = extent.to - extent.from;
  if (span <= 0) return counts;
  const edge = (i: number) => extent.from + (span * i) / counts.length;
  for (let i = 0; i < counts.length; i++) counts[i] = countStarting(starts, edge(i), i === counts.length - 1 ? extent.to : edge(i + 1));
  return counts;
}
