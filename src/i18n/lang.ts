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
