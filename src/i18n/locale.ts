/**
 * The locale every date, number and amount is written in: English until the page's language is
 * known, then that language's date-fns locale (fetched as a chunk of its own, a few KB) and patterns.
 */
import type { Locale } from 'date-fns';
import { englishDates, type DateWords } from './englishDates';
import type { Lang } from '../view/lang';

export interface DatePatterns {
  /** An event's date at minute (a time of day), day, month and year precision. */
  minute: string;
  day: string;
  month: string;
  year: string;
  /** Axis ticks: the minor label at each unit, and the major label above minutes and hours, days and months. */
  tickMinute: string;
  tickHour: string;
  tickDay: string;
  tickMonth: string;
  tickYear: string;
  majorOverHours: string;
  majorOverDays: string;
  majorOverMonths: string;
  /** A year before the common era, `{y}` its number: "{y} BCE". */
  bce: string;
  /** A year of deep time, `count` its years before the present in words ("66 million"). */
  yearsAgo: (count: string) => string;
  /** The same on the axis, its count short ("13.8B"): "13.8B ago". */
  agoShort: (count: string) => string;
}

const WESTERN: DatePatterns = {
  minute: 'd MMM yyyy, HH:mm',
  day: 'd MMM yyyy',
  month: 'MMM yyyy',
  year: 'yyyy',
  tickMinute: 'HH:mm',
  tickHour: 'HH:mm',
  tickDay: 'd',
  tickMonth: 'MMM',
  tickYear: 'yyyy',
  majorOverHours: 'd MMM yyyy',
  majorOverDays: 'MMM yyyy',
  majorOverMonths: 'yyyy',
  bce: '{y} BCE',
  yearsAgo: (count) => `${count} years ago`,
  agoShort: (count) => `${count} yrs ago`,
};
// English readers read a 12-hour clock: "2:30 PM".
const ENGLISH: DatePatterns = { ...WESTERN, minute: 'd MMM yyyy, h:mm a', tickMinute: 'h:mm a', tickHour: 'h a' };
// Years, months and days are counted in CJK dates: 2026年4月27日.
const CJK: DatePatterns = {
  minute: 'yyyy年M月d日 H:mm',
  tickMinute: 'H:mm',
  tickHour: 'H:mm',
  majorOverHours: 'yyyy年M月d日',
  bce: '紀元前{y}',
  yearsAgo: (count) => `${count}年前`,
  agoShort: (count) => `${count}年前`,
  day: 'yyyy年M月d日',
  month: 'yyyy年M月',
  year: 'yyyy年',
  tickDay: 'd日',
  tickMonth: 'M月',
  tickYear: 'yyyy年',
  majorOverDays: 'yyyy年M月',
  majorOverMonths: 'yyyy年',
};
const PATTERNS: Record<Lang, DatePatterns> = {
  en: ENGLISH,
  de: {
    ...WESTERN,
    minute: 'd. MMM yyyy, HH:mm',
    day: 'd. MMM yyyy',
    majorOverHours: 'd. MMM yyyy',
    bce: '{y} v. Chr.',
    yearsAgo: (count) => `vor ${count} Jahren`,
    agoShort: (count) => `vor ${count}`,
  },
  fr: {
    ...WESTERN,
    bce: '{y} av. J.-C.',
    yearsAgo: (count) => (/milli/.test(count) ? `il y a ${count} d’années` : `il y a ${count} ans`),
    agoShort: (count) => `il y a ${count}`,
  },
  es: {
    ...WESTERN,
    bce: '{y} a. C.',
    yearsAgo: (count) => (/mill/.test(count) ? `hace ${count} de años` : `hace ${count} años`),
    agoShort: (count) => `hace ${count}`,
  },
  ja: CJK,
  zh: { ...CJK, bce: '公元前{y}' },
};

const LOADERS: Record<Exclude<Lang, 'en'>, () => Promise<Locale>> = {
  de: () => import('date-fns/locale/de').then((m) => m.de),
  fr: () => import('date-fns/locale/fr').then((m) => m.fr),
  es: () => import('date-fns/locale/es').then((m) => m.es),
  ja: () => import('date-fns/locale/ja').then((m) => m.ja),
  zh: () => import('date-fns/locale/zh-CN').then((m) => m.zhCN),
};

export interface FormatLocale {
  lang: Lang;
  date: DateWords;
  patterns: DatePatterns;
}

let current: FormatLocale = { lang: 'en', date: englishDates, patterns: ENGLISH };

export const formatLocale = (): FormatLocale => current;

/** Switches every formatter to `lang`, once its date-fns locale has arrived. */
export async function setFormatLang(lang: Lang): Promise<void> {
  const date = lang === 'en' ? englishDates : await LOADERS[lang]();
  current = { lang, date, patterns: PATTERNS[lang] };
}
