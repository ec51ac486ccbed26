/**
 * The locale every date, number and amount is written in. English is built in, by patterns of its
 * own (datePattern.ts: no Intl at start-up, and "27 Apr 2026" for every English reader); any other
 * locale the browser knows is written by Intl (intl/intlDates.ts, a chunk fetched with the catalogue).
 */
import { englishDates, type DateWords } from './englishDates';
import { formatPattern } from './datePattern';

/** What a date is written as: an event's date at each precision, and the axis's labels. */
export type DateKind =
  | 'minute'
  | 'day'
  | 'month'
  | 'year'
  | 'tickMinute'
  | 'tickHour'
  | 'tickDay'
  | 'tickMonth'
  | 'tickYear'
  | 'majorOverHours'
  | 'majorOverDays'
  | 'majorOverMonths';

/** English's patterns (date-fns' tokens, datePattern.ts). */
export const ENGLISH_PATTERNS: Record<DateKind, string> = {
  minute: 'd MMM yyyy, h:mm a',
  day: 'd MMM yyyy',
  month: 'MMM yyyy',
  year: 'yyyy',
  tickMinute: 'h:mm a',
  tickHour: 'h a',
  tickDay: 'd',
  tickMonth: 'MMM',
  tickYear: 'yyyy',
  majorOverHours: 'd MMM yyyy',
  majorOverDays: 'MMM yyyy',
  majorOverMonths: 'yyyy',
};

export interface FormatLocale {
  /** The BCP 47 locale ("en", "ko-KR", "ar-EG"): Intl's numbers, plurals and lists are its. */
  lang: string;
  /** A date (a UTC instant, years from -271820 to 275759) as a `kind`. */
  write: (ms: number, kind: DateKind) => string;
  /** A year of deep time, `count` its years before the present in words ("66 million"): "66 million years ago"; `short` on the axis. */
  yearsAgo: (count: string, years: number, short: boolean) => string;
}

export const ENGLISH: FormatLocale = {
  lang: 'en',
  write: (ms, kind) => formatPattern(ms, ENGLISH_PATTERNS[kind], englishDates),
  yearsAgo: (count, _years, short) => (short ? `${count} yrs ago` : `${count} years ago`),
};

let current: FormatLocale = ENGLISH;

export const formatLocale = (): FormatLocale => current;

/** Every formatter writes in `locale` from now on (ENGLISH, or intl/intlDates.ts localeFor). */
export function setFormatLocale(locale: FormatLocale): void {
  current = locale;
}

/**
 * A formatter for the page's locale, made on first use (an Intl formatter costs start-up time) and
 * again only once the locale has changed.
 */
export function perLocale<T>(make: (lang: string) => T): () => T {
  let made: { lang: string; value: T } | null = null;
  return () => {
    const { lang } = current;
    if (made?.lang !== lang) made = { lang, value: make(lang) };
    return made.value;
  };
}

export type { DateWords };
