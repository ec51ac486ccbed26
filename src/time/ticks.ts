/**
 * Axis ticks that adapt to the zoom level: decades → years → months → days → hours → minutes (as fine
 * as the window goes: a dataset with times of day lets it go below a day, view/zoomMath.ts).
 * d3-time supplies the calendar intervals; the choice of step and the labels are ours.
 * Returns plain records with x already computed, so the axis component only draws.
 */
import { utcDay, utcHour, utcMinute, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import { DAY_MS, MINUTE_MS, PRESENT, yearOf, yearStart } from './partialDate';
import { timeScale } from './timeScale';
import { foldTime, isFolded, type Folds } from './folds';

export type TickUnit = 'year' | 'month' | 'day' | 'hour' | 'minute';

interface Step {
  unit: TickUnit;
  every: number;
  approxMs: number;
}

const YEAR_MS = 365.25 * DAY_MS;
const MONTH_MS = YEAR_MS / 12;

const STEPS: Step[] = [
  ...[1, 5, 15, 30].map((every) => ({ unit: 'minute' as const, every, approxMs: every * MINUTE_MS })),
  ...[1, 3, 6, 12].map((every) => ({ unit: 'hour' as const, every, approxMs: every * 60 * MINUTE_MS })),
  ...[1, 2, 7].map((every) => ({ unit: 'day' as const, every, approxMs: every * DAY_MS })),
  ...[1, 2, 3, 6].map((every) => ({ unit: 'month' as const, every, approxMs: every * MONTH_MS })),
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000]
    // Deep time, in years before the present: a million years to ten billion.
    .concat([1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000].map((m) => m * 1e6))
    .map((every) => ({
      unit: 'year' as const,
      every,
      approxMs: every * YEAR_MS,
    })),
];

/** The narrowest spacing at which a minor label of that unit still reads ("2026", "Sep", "27"). */
const MIN_PX: Record<TickUnit, number> = { year: 52, month: 44, day: 30, hour: 56, minute: 64 };
/** What a tick's label says: the minor label at each unit, the major label above minutes and hours, days and months. */
export type TickLabelKind = 'tickMinute' | 'tickHour' | 'tickDay' | 'tickMonth' | 'tickYear' | 'majorOverHours' | 'majorOverDays' | 'majorOverMonths';
/** Words for a tick, in the reader's language (i18n/format.ts tickLabel). */
export type TickLabeller = (value: number, kind: TickLabelKind) => string;

const MINOR_PATTERN: Record<TickUnit, TickLabelKind> = { year: 'tickYear', month: 'tickMonth', day: 'tickDay', hour: 'tickHour', minute: 'tickMinute' };
const MAJOR: Record<TickUnit, { interval: CountableTimeInterval; pattern: TickLabelKind } | null> = {
  minute: { interval: utcDay, pattern: 'majorOverHours' },
  hour: { interval: utcDay, pattern: 'majorOverHours' },
  year: null,
  month: { interval: utcYear, pattern: 'majorOverMonths' },
  day: { interval: utcMonth, pattern: 'majorOverDays' },
};
const BASE: Record<TickUnit, CountableTimeInterval> = { year: utcYear, month: utcMonth, day: utcDay, hour: utcHour, minute: utcMinute };

export interface Tick {
  value: number;
  x: number;
  label: string;
}

export interface AxisTicks {
  unit: TickUnit;
  every: number;
  minor: Tick[];
  /** The enclosing year or month; the first one starts at the left edge so the reader always has context. */
  major: Tick[];
}

const UNITS: TickUnit[] = ['minute', 'hour', 'day', 'month', 'year'];

/** `finest`: hours and minutes only for a dataset with times of day; dates alone stop at days. */
export function chooseStep(spanMs: number, width: number, finest: TickUnit = 'day'): Step {
  const last = STEPS[STEPS.length - 1]!;
  if (!(spanMs > 0) || !(width > 0)) return last;
  const rank = UNITS.indexOf(finest);
  // Deep time's labels are words ("13.8B yrs ago", "vor 13,8 Mrd."): they need more room than a year's digits.
  return STEPS.find((s) => UNITS.indexOf(s.unit) >= rank && (s.approxMs / spanMs) * width >= (s.every >= 100_000 ? 100 : MIN_PX[s.unit])) ?? last;
}

/**
 * Labels by `label`: the time layer has no words. With folds, the step is chosen by the folded
 * length (the room each stretch really has), no tick falls inside a break, and each stretch after
 * a break starts with its own major label, so the reader is never without context.
 */
export function timeTicks(from: number, to: number, width: number, label: TickLabeller, folds: Folds | null = null, finest: TickUnit = 'day'): AxisTicks {
  const xOf = timeScale([from, to], [0, width], folds);
  const step = chooseStep(foldTime(to, folds) - foldTime(from, folds), width, finest);
  const instants =
    step.unit === 'year'
      ? roundYears(from, to, step.every)
      : everyInterval(step)
          .range(new Date(from), new Date(to + 1))
          .map((d) => d.getTime());
  const minor = instants
    // utcDay.every(7) restarts each month (…, 22, 29, 1, 8): the short step before the 1st would collide.
    .filter((value, i, all) => i === all.length - 1 || all[i + 1]! - value >= 0.6 * step.approxMs)
    .filter((value) => !isFolded(value, folds))
    .map((value) => ({ value, x: xOf(value), label: label(value, MINOR_PATTERN[step.unit]) }));
  const majorSpec = MAJOR[step.unit];
  const major: Tick[] = [];
  if (majorSpec) {
    const starts = [from, ...xOf.breaks.map((b) => b.to)];
    for (const [i, start] of starts.entries()) {
      const end = xOf.breaks[i]?.from ?? to;
      const first = majorSpec.interval.floor(new Date(start)).getTime();
      const values = [first, ...majorSpec.interval.range(new Date(first + 1), new Date(end + 1)).map((d) => d.getTime())];
      for (const value of values) major.push({ value, x: Math.max(xOf(start), xOf(value)), label: label(value, majorSpec.pattern) });
    }
  }
  return { unit: step.unit, every: step.every, minor: minor.filter((t) => !nearBreak(t.x, xOf.breaks)), major: dropCrowded(major, 64) };
}

/** A minor label this close to a break would run into its zig-zag or the button on it (labels run ~28 px right of their tick). */
const nearBreak = (x: number, breaks: readonly { x0: number; x1: number }[]) =>
  breaks.some((b) => x > Math.min(b.x0, (b.x0 + b.x1) / 2 - 24) - 30 && x < Math.max(b.x1, (b.x0 + b.x1) / 2 + 24) + 2);

/**
 * Year ticks at years that are round as people count them, on both sides of the common era: 500 BCE
 * (the astronomical year -499), 400 BCE … 100 BCE, then 100, 200 (there is no year 0). After year 1
 * these are d3-time's utcYear.every(k).
 */
function roundYears(from: number, to: number, every: number): number[] {
  const first = yearOf(from);
  const last = yearOf(to);
  const years: number[] = [];
  // Deep time counts back from the present (1950, as radiocarbon and geology do): 66 million years ago.
  if (every >= 100_000) {
    for (let ago = Math.floor((PRESENT - first) / every) * every; ago >= Math.ceil((PRESENT - last) / every) * every; ago -= every) years.push(PRESENT - ago);
    return years.map(yearStart).filter((value) => value >= from && value <= to);
  }
  // Before the era, by the year's number before it (1 - astronomical), oldest first.
  for (let bce = Math.floor((1 - first) / every) * every; bce >= Math.max(every, 1 - last); bce -= every) years.push(1 - bce);
  for (let ce = Math.max(every, Math.ceil(first / every) * every); ce <= last; ce += every) years.push(ce);
  return years.map(yearStart).filter((value) => value >= from && value <= to);
}

function everyInterval(step: Step): TimeInterval {
  if (step.every === 1) return BASE[step.unit];
  return BASE[step.unit].every(step.every) ?? BASE[step.unit];
}

/** A sticky label (the first, or the first after a break) yields to a real boundary that arrives within `gap` px of it. */
function dropCrowded(ticks: Tick[], gap: number): Tick[] {
  const kept: Tick[] = [];
  for (const [i, t] of ticks.entries()) {
    const next = ticks[i + 1];
    if (next && next.x - t.x < gap) continue;
    kept.push(t);
  }
  return kept;
}
