/**
 * Axis ticks that adapt to the zoom level: decades → years → months → days, never finer than a day.
 * d3-time supplies the calendar intervals; the choice of step and the labels are ours.
 * Returns plain records with x already computed, so the axis component only draws.
 */
import { utcDay, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import { DAY_MS } from './partialDate';

export type TickUnit = 'year' | 'month' | 'day';

interface Step {
  unit: TickUnit;
  every: number;
  approxMs: number;
}

const YEAR_MS = 365.25 * DAY_MS;
const MONTH_MS = YEAR_MS / 12;

const STEPS: Step[] = [
  ...[1, 2, 7].map((every) => ({ unit: 'day' as const, every, approxMs: every * DAY_MS })),
  ...[1, 2, 3, 6].map((every) => ({ unit: 'month' as const, every, approxMs: every * MONTH_MS })),
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((every) => ({ unit: 'year' as const, every, approxMs: every * YEAR_MS })),
];

/** The narrowest spacing at which a minor label of that unit still reads ("2026", "Sep", "27"). */
const MIN_PX: Record<TickUnit, number> = { year: 52, month: 44, day: 30 };
/** What a tick's label says: the minor label at each unit, the major label above days and months. */
export type TickLabelKind = 'tickDay' | 'tickMonth' | 'tickYear' | 'majorOverDays' | 'majorOverMonths';
/** Words for a tick, in the reader's language (i18n/format.ts tickLabel). */
export type TickLabeller = (value: number, kind: TickLabelKind) => string;

const MINOR_PATTERN: Record<TickUnit, TickLabelKind> = { year: 'tickYear', month: 'tickMonth', day: 'tickDay' };
const MAJOR: Record<TickUnit, { interval: CountableTimeInterval; pattern: TickLabelKind } | null> = {
  year: null,
  month: { interval: utcYear, pattern: 'majorOverMonths' },
  day: { interval: utcMonth, pattern: 'majorOverDays' },
};
const BASE: Record<TickUnit, CountableTimeInterval> = { year: utcYear, month: utcMonth, day: utcDay };

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

export function chooseStep(spanMs: number, width: number): Step {
  const last = STEPS[STEPS.length - 1]!;
  if (!(spanMs > 0) || !(width > 0)) return last;
  return STEPS.find((s) => (s.approxMs / spanMs) * width >= MIN_PX[s.unit]) ?? last;
}

/** Labels by `label`: the time layer has no words. */
export function timeTicks(from: number, to: number, width: number, label: TickLabeller): AxisTicks {
  const step = chooseStep(to - from, width);
  const xOf = (v: number) => ((v - from) / (to - from)) * width;
  const interval = everyInterval(step);
  const minor = interval
    .range(new Date(from), new Date(to + 1))
    .map((d) => d.getTime())
    // utcDay.every(7) restarts each month (…, 22, 29, 1, 8): the short step before the 1st would collide.
    .filter((value, i, all) => i === all.length - 1 || all[i + 1]! - value >= 0.6 * step.approxMs)
    .map((value) => ({ value, x: xOf(value), label: label(value, MINOR_PATTERN[step.unit]) }));
  const majorSpec = MAJOR[step.unit];
  const major: Tick[] = [];
  if (majorSpec) {
    const first = majorSpec.interval.floor(new Date(from)).getTime();
    const values = [first, ...majorSpec.interval.range(new Date(first + 1), new Date(to + 1)).map((d) => d.getTime())];
    for (const value of values) {
      major.push({ value, x: Math.max(0, xOf(value)), label: label(value, majorSpec.pattern) });
    }
  }
  return { unit: step.unit, every: step.every, minor, major: dropCrowded(major, 64) };
}

function everyInterval(step: Step): TimeInterval {
  if (step.every === 1) return BASE[step.unit];
  return BASE[step.unit].every(step.every) ?? BASE[step.unit];
}

/** The sticky first label yields to a real boundary that arrives within `gap` px of it. */
function dropCrowded(ticks: Tick[], gap: number): Tick[] {
  if (ticks.length > 1 && ticks[1]!.x - ticks[0]!.x < gap) return ticks.slice(1);
  return ticks;
}
