/** Period bands behind the events: x extent and a name that fits the visible part of the band, in one line or two. */
import type { Period } from '../data/types';
import type { Folds } from '../time/folds';
import { timeScale } from '../time/timeScale';
import { shortenToFit, twoLines } from './fitWords';
import { estimateTextWidth } from './textWidth';

export interface PeriodBand {
  period: Period;
  x0: number;
  x1: number;
  labelX: number;
  /** The name's first line, or the whole name; null when not even a word of it fits. */
  label: string | null;
  /** Its second line, when the strip has two and the name needs them. */
  label2?: string;
  /** The name is drawn whole (in one line or two). */
  whole: boolean;
  index: number;
}

/** Room kept free at a band's right end, so one name never runs into the next band's. */
const PAD = 12;

export function layoutPeriods(periods: Period[], x: (ms: number) => number, width: number, measure = estimateTextWidth, lines: 1 | 2 = 1): PeriodBand[] {
  const bands: PeriodBand[] = [];
  periods.forEach((period, index) => {
    const x0 = x(period.start.start);
    const x1 = x(period.end.end);
    if (x1 < 0 || x0 > width) return;
    const left = Math.max(x0, 0);
    const room = Math.min(x1, width) - left - PAD;
    const band = { period, x0, x1, labelX: left + 6, index };
    const title = period.title.trim();
    if (measure(title) <= room) bands.push({ ...band, label: title, whole: true });
    else {
      const two = lines === 2 ? twoLines(title, room, measure) : null;
      if (two) bands.push({ ...band, label: two[0], label2: two[1], whole: !two[1].endsWith('…') });
      else bands.push({ ...band, label: fitLabel(title, room, measure), whole: false });
    }
  });
  return bands;
}

/**
 * How many lines the period strip needs: two when a name would be cut at the widest view (the whole
 * extent, which leaves every band its least room), so the strip keeps one height while zooming.
 */
export function periodLines(periods: Period[], extent: { from: number; to: number }, folds: Folds | null, width: number, measure = estimateTextWidth): 1 | 2 {
  if (!periods.length || width <= 0) return 1;
  const x = timeScale([extent.from, extent.to], [0, width], folds);
  return layoutPeriods(periods, x, width, measure).some((b) => !b.whole) ? 2 : 1;
}

/** The title if it fits in `room` px, else its first whole words with an ellipsis, else nothing: for bands either way up. */
export function fitLabel(title: string, room: number, measure: (t: string) => number = estimateTextWidth): string | null {
  if (measure(title) <= room) return title;
  return shortenToFit(title, room, measure);
}
