/**
 * The interface's words in the page's language. English is built in; another language's catalogue
 * is a chunk of its own (about 1.5 KB), fetched once the page knows it speaks that language.
 */
import { en, type CoreMessages, type Messages } from './en';
import type { Lang } from './lang';

const CATALOGUES: Record<Exclude<Lang, 'en'>, () => Promise<Messages>> = {
  de: () => import('./catalogues/de').then((m) => m.de),
  fr: () => import('./catalogues/fr').then((m) => m.fr),
  es: () => import('./catalogues/es').then((m) => m.es),
  ja: () => import('./catalogues/ja').then((m) => m.ja),
  zh: () => import('./catalogues/zh').then((m) => m.zh),
};

let current: CoreMessages | Messages = en;
// Made on first use: the first Intl formatter a page makes loads the ICU data (~10 ms here), and an
// English page groups its counts without one.
let numbers: Intl.NumberFormat | null = null;
// Made on first use: small datasets never draw a density band, and an Intl formatter costs start-up time.
let compact: Intl.NumberFormat | null = null;

/** The catalogue in use; components read it through useMessages so they redraw when it changes. */
export const messages = (): CoreMessages => current;

/** The whole catalogue, for parts loaded after the first view: they bring the English rest along (more.ts). */
export const withRest = <M extends object>(rest: M): CoreMessages & M => ({ ...rest, ...current }) as CoreMessages & M;

export async function loadMessages(lang: Lang): Promise<void> {
  current = lang === 'en' ? en : await CATALOGUES[lang]();
  numbers = null;
  compact = null;
}

/** A count as the language groups it: "50,000", "50.000", "50 000". */
export const formatCount = (n: number): string =>
  current.lang === 'en' && Number.isSafeInteger(n) && n >= 0
    ? String(n).replace(/\B(?=(\d{3})+$)/g, ',')
    : (numbers ??= new Intl.NumberFormat(current.lang)).format(n);

/** A count shortened the language's way, for a density slice: "1.1K", "1,1 Mio.", "1.1万". */
export const formatCompact = (n: number): string => (compact ??= new Intl.NumberFormat(current.lang, { notation: 'compact', maximumFractionDigits: 1 })).format(n);

/** "29 events", "1 Ereignis", "29 件の出来事". */
export const eventCount = (n: number): string => current.eventCount(n, formatCount(n));
