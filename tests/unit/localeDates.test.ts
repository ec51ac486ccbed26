/**
 * Dates in any locale the browser knows (issue 24), against Intl itself: each precision and each axis
 * label is the locale's own writing of the calendar day (UTC, whatever the machine's zone: this file
 * runs under two), in the Gregorian calendar a dataset's months and years are counted in, with the
 * locale's digits.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { formatAtPrecision, formatEventDate, tickLabel } from '../../src/i18n/format';
import { setFormatLocale } from '../../src/i18n/locale';
import { localeFor } from '../../src/i18n/intl/intlDates';
import { parsePartialDate } from '../../src/time/partialDate';

const LOCALES = [
  'de-DE',
  'fr-FR',
  'es-ES',
  'pt-BR',
  'ru-RU',
  'uk-UA',
  'pl-PL',
  'tr-TR',
  'nl-NL',
  'sv-SE',
  'it-IT',
  'ja-JP',
  'zh-CN',
  'zh-TW',
  'ko-KR',
  'hi-IN',
  'bn-BD',
  'th-TH',
  'id-ID',
  'vi-VN',
  'ar-EG',
  'ar-SA',
  'he-IL',
  'fa-IR',
  'ur-PK',
];

const at = (form: string) => parsePartialDate(form)!;
const intl = (locale: string, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC', calendar: 'gregory' });

describe.each(LOCALES)('dates in %s', (locale) => {
  afterAll(() => setFormatLocale(localeFor('en')));

  it('writes each precision as the locale writes that calendar day, month or year', () => {
    setFormatLocale(localeFor(locale));
    // Late in the day in UTC: a reader east of Greenwich is already on the 28th, and must still read the 27th.
    const minute = at('2026-04-27T23:30');
    expect(formatAtPrecision(minute)).toBe(
      intl(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' }).format(minute.start),
    );
    expect(formatAtPrecision(at('2026-04-27'))).toBe(intl(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(Date.UTC(2026, 3, 27)));
    expect(formatAtPrecision(at('2026-04'))).toBe(intl(locale, { month: 'short', year: 'numeric' }).format(Date.UTC(2026, 3, 1)));
    expect(formatAtPrecision(at('2019'))).toBe(intl(locale, { year: 'numeric' }).format(Date.UTC(2019, 0, 1)));
  });

  it('counts Gregorian years in the locale’s digits, whatever calendar it would choose itself', () => {
    setFormatLocale(localeFor(locale));
    const year = new Intl.NumberFormat(locale, { useGrouping: false }).format(2026);
    expect(formatAtPrecision(at('2026'))).toContain(year);
    expect(formatAtPrecision(at('2026-04-27'))).toContain(year);
    expect(formatEventDate({ start: at('2026-04-27'), end: at('2032') })).toContain(new Intl.NumberFormat(locale, { useGrouping: false }).format(2032));
  });

  it('labels the axis in the locale: days, months, years, hours', () => {
    setFormatLocale(localeFor(locale));
    const day = Date.UTC(2026, 3, 27, 15);
    expect(tickLabel(day, 'tickDay')).toBe(intl(locale, { day: 'numeric' }).format(day));
    expect(tickLabel(day, 'tickMonth')).toBe(intl(locale, { month: 'short' }).format(day));
    expect(tickLabel(day, 'tickYear')).toBe(intl(locale, { year: 'numeric' }).format(day));
    expect(tickLabel(day, 'tickHour')).toBe(intl(locale, { hour: 'numeric' }).format(day));
    expect(tickLabel(day, 'majorOverDays')).toBe(intl(locale, { month: 'short', year: 'numeric' }).format(day));
  });

  it('writes years before the common era with the locale’s era', () => {
    setFormatLocale(localeFor(locale));
    const marathon = at('-0489');
    expect(formatAtPrecision(marathon)).toBe(intl(locale, { year: 'numeric', era: 'short' }).format(marathon.start));
    expect(formatAtPrecision(marathon)).toContain(new Intl.NumberFormat(locale, { useGrouping: false }).format(490));
  });
});

describe('English', () => {
  it('keeps its own patterns for every English reader: 27 Apr 2026', () => {
    for (const locale of ['en', 'en-US', 'en-GB', 'en-IN']) {
      setFormatLocale(localeFor(locale));
      expect(formatAtPrecision(at('2026-04-27'))).toBe('27 Apr 2026');
    }
  });
});
