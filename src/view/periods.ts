/** Period bands behind the events: x extent and a label that fits the visible part of the band. */
import type { Period } from '../data/types';
import { estimateTextWidth } from './textWidth';

export interface PeriodBand {
  period: Period;
  x0: number;
  x1: number;
  labelX: number;
  label: string | null;
  index: number;
}

export function layoutPeriods(periods: Period[], x: (ms: number) => number, width: number, measure = estimateTextWidth): PeriodBand[] {
  const bands: PeriodBand[] = [];
  periods.forEach((period, index) => {
    const x0 = x(period.start.start);
    const x1 = x(period.end.end);
    if (x1 < 0 || x0 > width) return;
    const left = Math.max(x0, 0);
    const room = Math.min(x1, width) - left - 12;
    bands.push({ period, x0, x1, labelX: left + 6, label: fitLabel(period.title, room, measure), index });
  });
  return bands;
}

/** The title if it fits in `room` px, else shortened with an ellipsis, else nothing: for bands either way up. */
export function fitLabel(title: string, room: number, measure: (t: string) => number = estimateTextWidth): string | null {
  if (measure(title) <= room) return title;
  for (let n = title.length - 1; n >= 4; n--) {
    const candidate = `${title.slice(0, n).trimEnd()}…`;
    if (measure(candidate) <= room) return candidate;
  }
  return null;
}
