/**
 * Which language a page speaks: the link's `?lang=`, else the dataset's `locale`, else the reader's
 * browser, else English. Only languages Chronicle can format and translate are chosen.
 */
export const LANGS = ['en', 'de', 'fr', 'es', 'ja', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** The first candidate whose language (the subtag before "-": "de-AT" → "de") Chronicle speaks. */
export function resolveLang(candidates: readonly (string | null | undefined)[]): Lang {
  for (const candidate of candidates) {
    const primary = candidate?.trim().toLowerCase().split(/[-_]/)[0];
    if (primary && (LANGS as readonly string[]).includes(primary)) return primary as Lang;
  }
  return 'en';
}

/** Scripts written right to left. None of Chronicle's catalogues is yet; the layout is ready for one. */
const RTL = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi']);

/** The direction of a language's text ("ar-EG" → rtl). */
export function dirOf(lang: string | undefined): 'rtl' | 'ltr' {
  return RTL.has((lang ?? '').toLowerCase().split(/[-_]/)[0]!) ? 'rtl' : 'ltr';
}
