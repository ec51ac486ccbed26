/**
 * English date words in the shape of a date-fns locale, so that English and the other languages
 * (date-fns' own locales, fetched per language) are read alike by datePattern.ts. date-fns' en-US
 * locale also carries the parser's patterns and relative-time phrases, which no formatter here uses;
 * tests/unit/englishDates.test.ts holds these words to en-US for every token.
 */
import type { Locale } from 'date-fns';

const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const DAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');

type Width = 'narrow' | 'short' | 'abbreviated' | 'wide' | 'any' | undefined;
const word = (full: string, width: Width) => (width === 'narrow' ? full[0]! : width === 'wide' ? full : full.slice(0, width === 'short' ? 2 : 3));

/** Just what `format` reads: the code, localize, formatLong and options. */
export type DateWords = Pick<Locale, 'code' | 'localize' | 'formatLong' | 'options'>;

export const englishDates: DateWords = {
  code: 'en-US',
  localize: {
    ordinalNumber: (n: number) => {
      const suffix = n % 100 > 10 && n % 100 < 14 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
      return `${n}${suffix}`;
    },
    era: (era, options) => (options?.width === 'wide' ? ['Before Christ', 'Anno Domini'] : ['BC', 'AD'])[era]!,
    quarter: (quarter, options) => (options?.width === 'wide' ? `${['1st', '2nd', '3rd', '4th'][quarter - 1]!} quarter` : `Q${quarter}`),
    month: (month, options) => word(MONTHS[month]!, options?.width),
    day: (day, options) => word(DAYS[day]!, options?.width),
    dayPeriod: (period) => (period === 'am' || period === 'pm' ? period.toUpperCase() : period),
  },
  formatLong: {
    date: ({ width }) => (width === 'full' ? 'EEEE, MMMM do, y' : width === 'long' ? 'MMMM do, y' : width === 'medium' ? 'MMM d, y' : 'MM/dd/yyyy'),
    time: ({ width }) => (width === 'full' || width === 'long' ? 'h:mm:ss a zzzz' : width === 'medium' ? 'h:mm:ss a' : 'h:mm a'),
    dateTime: () => '{{date}}, {{time}}',
  },
  options: { weekStartsOn: 0, firstWeekContainsDate: 1 },
};
