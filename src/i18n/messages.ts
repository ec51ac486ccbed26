/**
 * The interface's words in the page's language. English is built in; another language's catalogue
 * is a chunk of its own (about 1.5 KB), fetched once the page knows it speaks that language.
 */
import { en, type CoreMessages, type Messages } from './en';
import { catalogueOf, isEnglish, type Lang } from '../view/lang';
import { ENGLISH, formatLocale, perLocale, setFormatLocale, type FormatLocale } from './locale';

const CATALOGUES: Record<Exclude<Lang, 'en'>, () => Promise<Messages>> = {
  de: () => import('./catalogues/de').then((m) => m.de),
  fr: () => import('./catalogues/fr').then((m) => m.fr),
  es: () => import('./catalogues/es').then((m) => m.es),
  pt: () => import('./catalogues/pt').then((m) => m.pt),
  ru: () => import('./catalogues/ru').then((m) => m.ru),
  ja: () => import('./catalogues/ja').then((m) => m.ja),
  zh: () => import('./catalogues/zh').then((m) => m.zh),
  ko: () => import('./catalogues/ko').then((m) => m.ko),
  hi: () => import('./catalogues/hi').then((m) => m.hi),
  ar: () => import('./catalogues/ar').then((m) => m.ar),
  he: () => import('./catalogues/he').then((m) => m.he),
};

/** A language's whole catalogue, without making it the page's (a published page's words: ui/publish). */
export const catalogue = (lang: Exclude<Lang, 'en'>): Promise<Messages> => CATALOGUES[lang]();

let current: CoreMessages | Messages = en;
// Made on first use: the first Intl formatter a page makes loads the ICU data (~10 ms here), and an
// English page groups its counts without one; small datasets never draw a density band.
const numbers = perLocale((lang) => new Intl.NumberFormat(lang));
const compact = perLocale((lang) => new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }));

/** The catalogue in use; components read it through useMessages so they redraw when it changes. */
export const messages = (): CoreMessages => current;

/** The whole catalogue, for parts loaded after the first view: they bring the English rest along (more.ts). */
export const withRest = <M extends object>(rest: M): CoreMessages & M => ({ ...rest, ...current });

export async function loadMessages(lang: Lang): Promise<void> {
  current = lang === 'en' ? en : await CATALOGUES[lang]();
}

/** The words and formats of `locale`: its language's catalogue (English where there is none) and Intl's dates and numbers. */
export async function switchLocale(locale: string): Promise<string> {
  let formats: FormatLocale = ENGLISH;
  try {
    const intl = isEnglish(locale) ? null : import('./intl/intlDates');
    await loadMessages(catalogueOf(locale));
    if (intl) formats = (await intl).localeFor(locale);
  } catch {
    // A catalogue that cannot be fetched (offline, a stale deploy): English rather than nothing.
    await loadMessages('en');
    locale = 'en';
  }
  setFormatLocale(formats);
  return locale;
}

/** A count as the language groups it: "50,000", "50.000", "50 000". */
export const formatCount = (n: number): string =>
  formatLocale().lang === 'en' && Number.isSafeInteger(n) && n >= 0 ? String(n).replace(/\B(?=(\d{3})+$)/g, ',') : numbers().format(n);

/** A count shortened the language's way, for a density slice: "1.1K", "1,1 Mio.", "1.1万". */
export const formatCompact = (n: number): string => (formatLocale().lang === 'en' && englishCompact(n)) || compact().format(n);

const UNITS = ['', 'K', 'M', 'B', 'T'] as const;

/**
 * What Intl's English compact form gives ("12.3K", "1M"), without Intl: the first density band of a
 * large dataset would otherwise load the ICU data (~20 ms here) before the first view. Null for what it
 * does not cover (fractions, negatives, a hundred trillion and up).
 */
export function englishCompact(n: number): string | null {
  if (!Number.isSafeInteger(n) || n < 0 || n >= 1e14) return null;
  if (n < 1000) return String(n);
  for (let power = 1; power < UNITS.length; power++) {
    // Tenths of the unit, rounded half up as Intl does; exact, since n * 10 is an integer.
    const tenths = Math.round((n * 10) / 1000 ** power);
    if (tenths >= 10_000 && power < UNITS.length - 1) continue;
    const whole = Math.floor(tenths / 10);
    return `${tenths % 10 ? `${whole}.${tenths % 10}` : whole}${UNITS[power]}`;
  }
  return null;
}

/** "29 events", "1 Ereignis", "29 件の出来事". */
export const eventCount = (n: number): string => current.eventCount(n, formatCount(n));
