import { describe, expect, it } from 'vitest';
import { chooseStep, timeTicks } from '../../src/time/ticks';
import { tickLabel } from '../../src/i18n/format';
import { DAY_MS } from '../../src/time/partialDate';

const YEAR = 365.25 * DAY_MS;
const from = Date.UTC(2026, 3, 1);

// One row per zoom level, from a day to fifty years across 1000 px (after Observable Plot's time-axis table).
describe(`timeTicks across zoom levels (TZ=${process.env.TZ ?? 'unset'})`, () => {
  it.each([
    [DAY_MS, 'day', 1],
    [7 * DAY_MS, 'day', 1],
    [30 * DAY_MS, 'day', 1],
    [60 * DAY_MS, 'day', 2],
    [180 * DAY_MS, 'day', 7],
    [YEAR, 'month', 1],
    [3 * YEAR, 'month', 2],
    [7 * YEAR, 'month', 6],
    [14 * YEAR, 'year', 1],
    [25 * YEAR, 'year', 2],
    [50 * YEAR, 'year', 5],
  ])('span %d ms → every %s×%d', (span, unit, every) => {
    const ticks = timeTicks(from, from + span, 1000, tickLabel);
    expect({ unit: ticks.unit, every: ticks.every }).toEqual({ unit, every });
    for (const [a, b] of ticks.minor.slice(1).map((t, i) => [ticks.minor[i]!, t] as const)) {
      expect(b.x - a.x).toBeGreaterThanOrEqual(28);
    }
  });

  it('never goes finer than a day for dates alone', () => {
    expect(chooseStep(3_600_000, 2000).unit).toBe('day');
    expect(chooseStep(DAY_MS, 1000).unit).toBe('day');
  });

  // A dataset with times of day: down to hours and minutes.
  it.each([
    [3_600_000, 'minute', 5],
    [6 * 3_600_000, 'minute', 30],
    [DAY_MS, 'hour', 3],
    [3 * DAY_MS, 'hour', 6],
    [30 * DAY_MS, 'day', 1],
  ])('with times of day, span %d ms → every %s×%d', (span, unit, every) => {
    const ticks = timeTicks(from, from + span, 1000, tickLabel, null, 'minute');
    expect({ unit: ticks.unit, every: ticks.every }).toEqual({ unit, every });
  });

  it('labels hours under their day, in English on a 12-hour clock', () => {
    const ticks = timeTicks(Date.UTC(2026, 3, 27, 6), Date.UTC(2026, 3, 27, 18), 1000, tickLabel, null, 'minute');
    expect(ticks.minor.map((t) => t.label).slice(0, 4)).toEqual(['6 AM', '7 AM', '8 AM', '9 AM']);
    expect(ticks.major.map((t) => t.label)).toEqual(['27 Apr 2026']);
    const minutes = timeTicks(Date.UTC(2026, 3, 27, 14), Date.UTC(2026, 3, 27, 15), 1000, tickLabel, null, 'minute');
    expect(minutes.minor.map((t) => t.label).slice(0, 3)).toEqual(['2:00 PM', '2:05 PM', '2:10 PM']);
  });

  it('labels months under a year row, starting with the enclosing year at the left edge', () => {
    const t = timeTicks(Date.UTC(2025, 9, 15), Date.UTC(2026, 5, 1), 600, tickLabel);
    expect(t.unit).toBe('month');
    expect(t.minor.map((m) => m.label)).toEqual(['Nov', 'Dec', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun']);
    expect(t.major.map((m) => m.label)).toEqual(['2025', '2026']);
    expect(t.major[0]!.x).toBe(0);
  });

  it('labels days of April 2026 under "Apr 2026", the same in every time zone', () => {
    const t = timeTicks(Date.UTC(2026, 3, 24), Date.UTC(2026, 3, 30), 700, tickLabel);
    expect(t.minor.map((m) => m.label)).toEqual(['24', '25', '26', '27', '28', '29', '30']);
    expect(t.major.map((m) => m.label)).toEqual(['Apr 2026']);
  });

  it('places ticks linearly in the window', () => {
    const t = timeTicks(Date.UTC(2015, 0, 1), Date.UTC(2035, 0, 1), 1000, tickLabel);
    const y2026 = t.minor.find((m) => m.label === '2026')!;
    expect(y2026.x).toBeCloseTo(((Date.UTC(2026, 0, 1) - Date.UTC(2015, 0, 1)) / (Date.UTC(2035, 0, 1) - Date.UTC(2015, 0, 1))) * 1000, 6);
  });
});
