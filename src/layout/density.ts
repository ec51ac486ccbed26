/** Event counts in equal time bins across the whole extent: the overview's density profile. */
import type { TimeWindow } from '../data/queryVisible';
import type { TimelineEvent } from '../data/types';

/** e.g. Uint32Array [0, 0, 3, 1, …]: events starting in each of `bins` equal slices of `extent`. */
export function densityBins(events: TimelineEvent[], extent: TimeWindow, bins: number): Uint32Array {
  const counts = new Uint32Array(Math.max(1, Math.floor(bins)));
  const span = extent.to - extent.from;
  if (span <= 0) return counts;
  for (const e of events) {
    const i = Math.floor(((e.from - extent.from) / span) * counts.length);
    if (i >= 0 && i < counts.length) counts[i]!++;
  }
  return counts;
}
