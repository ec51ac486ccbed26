import { describe, expect, it } from 'vitest';
import { formatAtPrecision, formatEventDate, formatMoney } from '../../src/i18n/format';
import { parsePartialDate } from '../../src/time/partialDate';

const d = (s: string) => parsePartialDate(s)!;

describe(`formatting (TZ=${process.env.TZ ?? 'unset'})`, () => {
  it.each([
    ['2019', '2019'],
    ['2026-02', 'Feb 2026'],
    ['2026-04-27', '27 Apr 2026'],
    ['2026-01-01', '1 Jan 2026'],
    ['2025-12-31', '31 Dec 2025'],
  ])('formatAtPrecision(%s) = %s', (text, expected) => {
    expect(formatAtPrecision(d(text))).toBe(expected);
  });

  it.each([
    [{ start: d('2026-04-27') }, '27 Apr 2026'],
    [{ start: d('2026-04-27'), end: d('2030') }, '27 Apr 2026 – 2030'],
    [{ start: d('2019'), approx: true }, 'c. 2019'],
    [{ start: d('2026-03'), qualifier: 'before' as const }, 'before Mar 2026'],
    [{ start: d('2025-11'), qualifier: 'after' as const }, 'after Nov 2025'],
  ])('formatEventDate %#', (event, expected) => {
    expect(formatEventDate(event)).toBe(expected);
  });

  it.each([
    [50e9, 'USD', '$50 billion'],
    [7.5e9, 'USD', '$7.5 billion'],
    [1e9, 'USD', '$1 billion'],
    [250e9, 'USD', '$250 billion'],
    [1.5e6, 'USD', '$1.5 million'],
    [35e9, 'EUR', '€35 billion'],
  ])('formatMoney(%d, %s) = %s', (value, currency, expected) => {
    expect(formatMoney(value, currency)).toBe(expected);
  });

  it('writes an unknown currency code after the number', () => {
    expect(formatMoney(2e9, 'XBT')).toMatch(/^(XBT\s?2 billion|2 billion XBT)$/);
  });
});
