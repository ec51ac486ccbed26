/**
 * Which locale a page speaks: the link's `?lang=`, else the dataset's `locale`, else the reader's
 * browser, else English. Any BCP 47 tag the browser's Intl knows is a locale: its dates, numbers and
 * amounts are written its way (i18n/locale.ts); the interface's words come from its language's
 * catalogue where Chronicle has one, else English.
 */

/** The languages Chronicle's interface is written in: a catalogue each (i18n/catalogues/). */
export const LANGS = ['en', 'de', 'fr', 'es', 'pt', 'ru', 'ja', 'zh', 'ko', 'hi', 'ar', 'he'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * The first candidate that is a locale the browser can format in, as Intl writes its tag
 * ("de-at" → "de-AT", "ES_mx" → "es-MX"); `auto`, empty and malformed tags are passed over.
 */
export function resolveLocale(candidates: readonly (string | null | undefined)[]): string {
  for (const candidate of candidates) {
    const tag = candidate?.trim().replace(/_/g, '-');
    if (!tag || tag.toLowerCase() === 'auto') continue;
    try {
      const [known] = Intl.DateTimeFormat.supportedLocalesOf(tag);
      if (known) return known;
    } catch {
      // Not a well-formed tag ("klingon!"): the next candidate.
    }
  }
  return 'en';
}

/** The catalogue a locale's words come from: its language's ("pt-BR" → pt), else English. */
export function catalogueOf(locale: string): Lang {
  const primary = locale.toLowerCase().split(/[-_]/)[0]!;
  return (LANGS as readonly string[]).includes(primary) ? (primary as Lang) : 'en';
}

/** An English locale ("en", "en-US", "en-GB"): English words, and English's own date patterns. */
export const isEnglish = (locale: string): boolean => /^en(?:-|$)/i.test(locale);

/**
 * The language a page's words are in, for its `lang` (a screen reader's voice): the locale where it
 * has a catalogue ("pt-BR"), else English ("sv" reads English words, though Swedish dates).
 */
export const wordsLang = (locale: string): string => (catalogueOf(locale) === 'en' && !isEnglish(locale) ? 'en' : locale);

/** Scripts written right to left: the interface mirrors for them (Persian and Urdu in English words, until they have catalogues). */
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi', 'ckb', 'sd', 'ug', 'dv']);

/** The direction of a language's text ("ar-EG" → rtl). */
export function dirOf(lang: string | undefined): 'rtl' | 'ltr' {
  return RTL.has((lang ?? '').toLowerCase().split(/[-_]/)[0]!) ? 'rtl' : 'ltr';
}
