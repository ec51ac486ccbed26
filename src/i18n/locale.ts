/**
 * The locale every date, number and amount is written in: English until the page's language is
 * known, then that language's date-fns locale (fetched as a chunk of its own, a few KB) and patterns.
 */
import type { Locale } from 'date-fns';
import { englishDates, type DateWords } from './englishDates';
import type { Lang } from '../view/lang';

export interface DatePatterns {
  /** An event's date at day, month and year precision. */
  day: string;
  month: string;
  year: string;
  /** Axis ticks: the minor label at each unit, and the major label above days and months. */
  tickDay: string;
  tickMonth: string;
  tickYear: string;
  majorOverDays: string;
  majorOverMonths: string;
}

const WESTERN: DatePatterns = {
  day: 'd MMM yyyy',
  month: 'MMM yyyy',
  year: 'yyyy',
  tickDay: 'd',
  tickMonth: 'MMM',
  tickYear: 'yyyy',
  majorOverDays: 'MMM yyyy',
  majorOverMonths: 'yyyy',
};
// Years, months and days are counted in CJK dates: 2026年4月27日.
const CJK: DatePatterns = {
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
  en: WESTERN,
  de: { ...WESTERN, day: 'd. MMM yyyy' },
  fr: WESTERN,
  es: WESTERN,
  ja: CJK,
  zh: CJK,
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

let current: FormatLocale = { lang: 'en', date: englishDates, patterns: WESTERN };

export const formatLocale = (): FormatLocale => current;

/** Switches every formatter to `lang`, once its date-fns locale has arrived. */
export async function setFormatLang(lang: Lang): Promise<void> {
  const date = lang === 'en' ? englishDates : await LOADERS[lang]();
  current = { lang, date, patterns: PATTERNS[lang] };
}
