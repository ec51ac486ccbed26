import { describe, expect, it } from 'vitest';
import { DAY_MS, parsePartialDate, toDateForm } from '../../src/time/partialDate';

describe(`parsePartialDate (TZ=${process.env.TZ ?? 'unset'})`, () => {
  it.each([
    ['2019', Date.UTC(2019, 0, 1), Date.UTC(2020, 0, 1), 'year'],
    ['2026-02', Date.UTC(2026, 1, 1), Date.UTC(2026, 2, 1), 'month'],
    ['2026-12', Date.UTC(2026, 11, 1), Date.UTC(2027, 0, 1), 'month'],
    ['2026-04-27', Date.UTC(2026, 3, 27), Date.UTC(2026, 3, 28), 'day'],
    ['2024-02-29', Date.UTC(2024, 1, 29), Date.UTC(2024, 2, 1), 'day'],
    [' 2030 ', Date.UTC(2030, 0, 1), Date.UTC(2031, 0, 1), 'year'],
  ])('%s → [%d, %d) at %s precision', (text, start, end, precision) => {
    expect(parsePartialDate(text)).toEqual({ start, end, precision });
  });

  it('keeps years below 100 literal', () => {
    expect(new Date(parsePartialDate('0050')!.start).getUTCFullYear()).toBe(50);
  });

  it.each(['2026/04/27', '27-04-2026', '2026-13', '2026-00', '2026-02-30', '2025-02-29', '2026-4-7', 'April 2026', '', '20261'])(
    'rejects %j',
    (text) => {
      expect(parsePartialDate(text)).toBeNull();
    },
  );

  it('a calendar day is the same day whatever the time zone', () => {
    const day = parsePartialDate('2026-04-27')!;
    expect(new Date(day.start).toISOString()).toBe('2026-04-27T00:00:00.000Z');
    expect(day.end - day.start).toBe(DAY_MS);
  });

  it.each([
    ['2026-04-27', 'day'],
    ['2026-04', 'month'],
    ['2026', 'year'],
  ] as const)('toDateForm round-trips %s', (text, precision) => {
    expect(toDateForm(parsePartialDate(text)!.start, precision)).toBe(text);
  });
});
