import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY_MS, isTimeZone, parsePartialDate, toDateForm } from '../../src/time/partialDate';

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

  it.each(['2026/04/27', '27-04-2026', '2026-13', '2026-00', '2026-02-30', '2025-02-29', '2026-4-7', 'April 2026', '', '20261'])('rejects %j', (text) => {
    expect(parsePartialDate(text)).toBeNull();
  });

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

  it('answers every text as a fresh parse would, whatever was parsed before (no two texts share a cache slot)', () => {
    // A reference written independently of the module's caches and fast paths.
    const reference = (text: string) => {
      const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
      if (!m) return null;
      const year = Number(m[1]);
      const at = (month: number, day: number) => {
        const d = new Date(0);
        d.setUTCFullYear(year, month, day);
        return d.getTime();
      };
      if (m[2] === undefined) return { start: at(0, 1), end: at(12, 1), precision: 'year' };
      const month = Number(m[2]) - 1;
      if (month < 0 || month > 11) return null;
      if (m[3] === undefined) return { start: at(month, 1), end: at(month + 1, 1), precision: 'month' };
      const day = Number(m[3]);
      const start = at(month, day);
      return day < 1 || new Date(start).getUTCMonth() !== month ? null : { start, end: start + DAY_MS, precision: 'day' };
    };
    const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
    const text = fc.oneof(
      fc.tuple(digits(4), fc.constantFrom('', ' ')).map(([y, pad]) => pad + y + pad),
      fc.tuple(digits(4), digits(2)).map(([y, m]) => `${y}-${m}`),
      fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`),
      fc
        .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
        .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
      fc.string({ maxLength: 10 }),
    );
    fc.assert(
      fc.property(fc.array(text, { maxLength: 40 }), (texts) => {
        for (const t of texts) expect(parsePartialDate(t), JSON.stringify(t)).toEqual(reference(t));
      }),
      { numRuns: 500 },
    );
  });

  it('reads a time of day to the minute, as a wall-clock time on its calendar day', () => {
    expect(parsePartialDate('2026-04-27T14:30')).toEqual({ start: Date.UTC(2026, 3, 27, 14, 30), end: Date.UTC(2026, 3, 27, 14, 31), precision: 'minute' });
    expect(parsePartialDate('2026-04-27 14:30:59')!.start).toBe(Date.UTC(2026, 3, 27, 14, 30));
    for (const bad of ['2026-04-27T24:00', '2026-04-27T14:60', '2026-04T14:30', '2026-04-27T1:30', '2026-04-27T14:30+15:00'])
      expect(parsePartialDate(bad)).toBeNull();
    expect(toDateForm(Date.UTC(2026, 3, 27, 9, 5), 'minute')).toBe('2026-04-27T09:05');
  });

  it('shows a moment written with an offset in the dataset’s time zone, else as written', () => {
    const moment = '2026-04-27T14:30:00-07:00';
    // As written: 14:30 on the 27th.
    expect(parsePartialDate(moment)!.start).toBe(Date.UTC(2026, 3, 27, 14, 30));
    // 21:30 UTC is 23:30 in Berlin (summer time) and 06:30 the next day in Tokyo.
    expect(parsePartialDate(moment, 'Europe/Berlin')!.start).toBe(Date.UTC(2026, 3, 27, 23, 30));
    expect(parsePartialDate(moment, 'Asia/Tokyo')!.start).toBe(Date.UTC(2026, 3, 28, 6, 30));
    expect(parsePartialDate('2026-01-15T12:00Z', 'America/New_York')!.start).toBe(Date.UTC(2026, 0, 15, 7, 0));
    // A time without an offset is already the zone's wall-clock time; a calendar day has no zone.
    expect(parsePartialDate('2026-04-27T14:30', 'Asia/Tokyo')!.start).toBe(Date.UTC(2026, 3, 27, 14, 30));
    expect(parsePartialDate('2026-04-27', 'Asia/Tokyo')!.start).toBe(Date.UTC(2026, 3, 27));
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
