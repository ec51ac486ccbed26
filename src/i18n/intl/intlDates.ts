/**
 * Dates in any locale the browser knows, by Intl: in the Gregorian calendar (a dataset's month or
 * year is a Gregorian one) and in UTC (a date is a calendar day, the same in every time zone), with the
 * locale's own digits, order and era words. A chunk of its own: English pages never load it.
 */
import { isEnglish, resolveLocale } from '../../view/lang';
import { ENGLISH, type DateKind, type FormatLocale } from '../locale';

const DAY = { day: 'numeric', month: 'short', year: 'numeric' } as const;
const MONTH = { month: 'short', year: 'numeric' } as const;
const YEAR = { year: 'numeric' } as const;

/** The same, for Intl: each kind's fields, in the order and words the locale puts them. */
const INTL_FIELDS: Record<DateKind, Intl.DateTimeFormatOptions> = {
  minute: { ...DAY, hour: 'numeric', minute: '2-digit' },
  day: DAY,
  month: MONTH,
  year: YEAR,
  tickMinute: { hour: 'numeric', minute: '2-digit' },
  tickHour: { hour: 'numeric' },
  tickDay: { day: 'numeric' },
  tickMonth: { month: 'short' },
  tickYear: YEAR,
  majorOverHours: DAY,
  majorOverDays: MONTH,
  majorOverMonths: YEAR,
};

/**
 * Deep time in the languages with a catalogue, written by hand where "… years ago" around a round
 * number needs more than Intl's relative time (French and Spanish put "de" after millions).
 */
const DEEP: Partial<Record<string, (count: string, short: boolean) => string>> = {
  de: (count, short) => (short ? `vor ${count}` : `vor ${count} Jahren`),
  fr: (count, short) => (short ? `il y a ${count}` : /milli/.test(count) ? `il y a ${count} d’années` : `il y a ${count} ans`),
  es: (count, short) => (short ? `hace ${count}` : /mill/.test(count) ? `hace ${count} de años` : `hace ${count} años`),
  pt: (count, short) => (short ? `há ${count}` : /milh|bilh/.test(count) ? `há ${count} de anos` : `há ${count} anos`),
  ja: (count) => `${count}年前`,
  zh: (count) => `${count}年前`,
  ko: (count) => `${count} 년 전`,
};

/** Intl's dates for `locale`: a formatter per kind, made on first use, with the era added before the year 1. */
export function intlLocale(locale: string): FormatLocale {
  const deep = DEEP[locale.toLowerCase().split('-')[0]!];
  const made = new Map<string, Intl.DateTimeFormat>();
  const formatter = (kind: DateKind, era: boolean) => {
    const key = `${kind}${era ? '-era' : ''}`;
    let f = made.get(key);
    if (!f) {
      const fields = INTL_FIELDS[kind];
      made.set(
        key,
        (f = new Intl.DateTimeFormat(locale, { ...fields, ...(era && fields.year ? { era: 'short' } : {}), timeZone: 'UTC', calendar: 'gregory' })),
      );
    }
    return f;
  };
  const relative = new Map<boolean, Intl.RelativeTimeFormat>();
  return {
    lang: locale,
    write: (ms, kind) => formatter(kind, new Date(ms).getUTCFullYear() < 1).format(ms),
    yearsAgo: (count, years, short) => {
      if (deep) return deep(count, short);
      let rtf = relative.get(short);
      if (!rtf) relative.set(short, (rtf = new Intl.RelativeTimeFormat(locale, { style: short ? 'short' : 'long', numeric: 'always' })));
      // The locale's "… years ago" around its whole number, the number swapped for its round words.
      let text = '';
      let placed = false;
      for (const part of rtf.formatToParts(-years, 'year')) {
        if (part.type === 'literal') text += part.value;
        else if (!placed) {
          text += count;
          placed = true;
        }
      }
      return text;
    },
  };
}

/** The formats of `locale` (any BCP 47 tag; English for none, or one Intl does not know), without making them the page's. */
export function localeFor(locale: string | undefined): FormatLocale {
  const known = resolveLocale([locale]);
  return isEnglish(known) ? ENGLISH : intlLocale(known);
}
