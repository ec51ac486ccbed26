/**
 * English date words in the shape of a date-fns locale, so that English and the other languages
 * (date-fns' own locales, fetched per language) are read alike by datePattern.ts: the month names and
 * the halves of the day, all that its patterns ask for. date-fns' en-US locale also carries the
 * parser's patterns, eras, quarters and relative-time phrases, which nothing here reads;
 * tests/unit/englishDates.test.ts holds these words to en-US.
 */
import type { Locale } from 'date-fns';

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/** Just what datePattern.ts reads of a locale. */
export interface DateWords {
  code?: string;
  localize: Pick<Locale['localize'], 'month' | 'dayPeriod'>;
}

export const englishDates: DateWords = {
  code: 'en-US',
  localize: {
    month: (month, options) => (options?.width === 'wide' ? MONTHS[month]! : options?.width === 'narrow' ? MONTHS[month]![0]! : MONTHS[month]!.slice(0, 3)),
    dayPeriod: (period) => (period === 'am' || period === 'pm' ? period.toUpperCase() : period),
  },
};
