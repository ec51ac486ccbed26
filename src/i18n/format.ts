/**
 * The one place dates and money become text. Our instants are calendar dates, not moments: 27 Apr
 * 2026 is 27 Apr in Tokyo and Los Angeles, so the date formatted is the instant's UTC calendar day.
 */
import { DAY_MS, isDeep, PRESENT, yearOf, type PartialDate } from '../time/partialDate';
import { formatLocale, perLocale, type DateKind, type FormatLocale } from './locale';
import type { TickLabeller, TickLabelKind } from '../time/ticks';
import { messages } from './messages';
import { dirOf } from '../view/lang';

/**
 * The page's words or dates set into a drawing, whose text runs left to right (its geometry assumes
 * it): on a right-to-left page, isolated (FSI … PDI) so each reads in its own direction: "27 أبريل
 * 2026", "+5 أحداث", where the drawing's direction would put the number on the wrong side.
 */
export const inDrawing = (text: string): string => (dirOf(formatLocale().lang) === 'rtl' ? `\u2068${text}\u2069` : text);

const lists = perLocale((lang) => new Intl.ListFormat(lang, { type: 'conjunction' }));

/**
 * Names as the page's locale lists them ("Microsoft, OpenAI und Amazon", "Microsoft وOpenAI وAmazon");
 * English joins them with commas, as it always has, without Intl at start-up.
 */
export function formatList(items: readonly string[]): string {
  return formatLocale().lang === 'en' || items.length < 2 ? items.join(', ') : lists().format(items);
}

/** `ms` as a `kind` of date in the page's locale (locale.ts), or in `locale`; deep time as its distance from the present. */
export function formatInstant(ms: number, kind: DateKind, locale: FormatLocale = formatLocale()): string {
  return isDeep(ms) ? yearsAgo(ms, locale) : locale.write(ms, kind);
}

/**
 * A year of deep time as its distance from the present, in round words: "66 million years ago",
 * "vor 66 Millionen Jahren"; on the axis (`short`), "66M yrs ago", "vor 66 Mio. J.".
 */
function yearsAgo(ms: number, locale: FormatLocale, short = false): string {
  const years = PRESENT - yearOf(ms);
  const count = new Intl.NumberFormat(locale.lang, {
    notation: 'compact',
    compactDisplay: short ? 'short' : 'long',
    maximumSignificantDigits: 3,
  }).format(years);
  return locale.yearsAgo(count, years, short);
}

/**
 * Dates repeat (a dataset has a few thousand distinct ones) and marks are redrawn on every frame of
 * a zoom, so each date is formatted once per locale: a pattern or an Intl formatter costs
 * microseconds each time.
 */
const formatted = new WeakMap<FormatLocale, Map<string, string>>();

export function formatAtPrecision(date: PartialDate, locale: FormatLocale = formatLocale()): string {
  let cache = formatted.get(locale);
  if (!cache) formatted.set(locale, (cache = new Map()));
  const key = `${date.precision}${date.start}`;
  let text = cache.get(key);
  if (text === undefined) {
    if (cache.size > 50_000) cache.clear();
    cache.set(key, (text = formatInstant(date.start, date.precision, locale)));
  }
  return text;
}

/** A calendar day such as "27 Apr 2026", the day holding `ms`; cached like formatAtPrecision. */
export function formatDay(ms: number, locale: FormatLocale = formatLocale()): string {
  const start = Math.floor(ms / DAY_MS) * DAY_MS;
  return formatAtPrecision({ start, end: start + DAY_MS, precision: 'day' }, locale);
}

/** An axis tick's label in the page's language (time/ticks.ts asks; this answers with words). */
export function tickLabel(value: number, kind: TickLabelKind, locale: FormatLocale = formatLocale()): string {
  if (isDeep(value)) return yearsAgo(value, locale, true);
  return locale.write(value, kind);
}

/** tickLabel in a given locale, for tests and exports that format in a language not the page's. */
export const tickLabelIn =
  (locale: FormatLocale): TickLabeller =>
  (value, kind) =>
    tickLabel(value, kind, locale);

export interface DatedLike {
  start: PartialDate;
  end?: PartialDate;
  approx?: boolean;
  qualifier?: 'before' | 'after';
  displayDate?: string;
}

/** e.g. "Feb 2026", "c. 2019", "before Mar 2026", "27 Apr 2026 – 2030". */
export function formatEventDate(event: DatedLike, locale: FormatLocale = formatLocale()): string {
  // The dataset's own words for the date (TimelineJS's Display Date), as it wrote them.
  if (event.displayDate) return event.displayDate;
  let text = formatAtPrecision(event.start, locale);
  if (event.end) text += ` – ${formatAtPrecision(event.end, locale)}`;
  if (event.qualifier) text = messages()[event.qualifier](text);
  if (event.approx) text = messages().circa(text);
  return text;
}

const moneyTemplates = new Map<string, (value: number) => string>();
const NUMBER_PARTS = new Set(['integer', 'group', 'decimal', 'fraction']);

/**
 * e.g. 50e9 USD → "$50 billion", 7.5e9 → "$7.5 billion". Intl's compact currency style only
 * gives "$50B", so the long compact number goes into the locale's own currency pattern.
 * An unknown currency code is written after the number: "50 billion XYZ".
 */
export function formatMoney(value: number, currency: string, lang: string = formatLocale().lang): string {
  const key = `${lang}|${currency}`;
  let fmt = moneyTemplates.get(key);
  if (!fmt) {
    fmt = moneyTemplate(lang, currency);
    moneyTemplates.set(key, fmt);
  }
  return fmt(value);
}

function moneyTemplate(lang: string, currency: string): (value: number) => string {
  const number = new Intl.NumberFormat(lang, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 });
  let parts: Intl.NumberFormatPart[];
  try {
    parts = new Intl.NumberFormat(lang, { style: 'currency', currency, currencyDisplay: 'narrowSymbol' }).formatToParts(0);
  } catch {
    return (value) => `${number.format(value)} ${currency}`;
  }
  // NUL marks where the number goes (once, however many parts the number has): it never occurs in a currency pattern.
  let pattern = '';
  for (const p of parts) {
    const piece = NUMBER_PARTS.has(p.type) ? '\u0000' : p.value;
    if (piece !== '\u0000' || !pattern.endsWith('\u0000')) pattern += piece;
  }
  return (value) => pattern.replace('\u0000', number.format(value));
}

/**
 * A stretch of time in the largest whole unit that says it: "6 years", "8 months", "12 days" (long),
 * "6 yr" (short); rounded, since a break's edges keep a margin around its events anyway.
 */
export function formatDuration(ms: number, display: 'long' | 'short', lang: string = formatLocale().lang): string {
  const years = ms / (365.25 * DAY_MS);
  const months = ms / (30.44 * DAY_MS);
  const [value, unit] =
    years >= 1.5 ? [Math.round(years), 'year'] : months >= 1.5 ? [Math.round(months), 'month'] : [Math.max(1, Math.round(ms / DAY_MS)), 'day'];
  // Deep time's breaks are millions of years: "4 billion years".
  const deep = value >= 1e5 ? ({ notation: 'compact', compactDisplay: display, maximumSignificantDigits: 3 } as const) : {};
  return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: display, ...deep }).format(value);
}
