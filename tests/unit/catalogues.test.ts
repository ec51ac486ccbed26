/**
 * Every catalogue says what English says (issue 24): the type checker holds each to English's keys
 * (a missing or extra key fails `tsc`); this holds each function to English's placeholders, so no
 * translation drops a name, a count or a place that English tells the reader.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { enMore } from '../../src/i18n/more/en-more';
import { enBuilder } from '../../src/i18n/more/en-builder';
import { enEditor } from '../../src/i18n/more/en-editor';
import { enEmbed } from '../../src/i18n/embed/en-embed';
import type { Messages } from '../../src/i18n/en';
import { LANGS } from '../../src/view/lang';

const english = { ...enMore, ...enBuilder, ...enEditor, ...enEmbed, ...en } as unknown as Record<string, unknown>;

const catalogues = import.meta.glob<Messages>('../../src/i18n/catalogues/*.ts', { eager: true, import: '*' }) as unknown as Record<
  string,
  Record<string, Messages>
>;
const byLang = Object.fromEntries(Object.entries(catalogues).map(([path, module]) => [/(\w+)\.ts$/.exec(path)![1]!, Object.values(module)[0]!]));

/** Arguments no translation would write by accident. */
const SENTINELS = ['⟦a⟧', '⟦b⟧', '⟦c⟧', '⟦d⟧', '⟦e⟧', '⟦f⟧'];

/** Every function in a catalogue, by its path ("problems.rowColumn"). */
function functionsOf(value: unknown, path = ''): [string, (...args: unknown[]) => unknown][] {
  if (typeof value === 'function') return [[path, value as (...args: unknown[]) => unknown]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => functionsOf(inner, path ? `${path}.${key}` : key));
}

const at = (root: unknown, path: string): unknown => path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], root);

/** A citation's parts, each a sentinel (i18n/more/citation.ts); other functions take words and counts. */
const CITATION = { title: '⟦a⟧', date: '⟦b⟧', timeline: '⟦c⟧', sources: '⟦d⟧', accessed: '⟦e⟧', url: '⟦f⟧' };

const said = (fn: (...args: unknown[]) => unknown, path: string): string | null => {
  try {
    const out = path.startsWith('citation.') ? fn(CITATION) : fn(...SENTINELS);
    return typeof out === 'string' ? out : null;
  } catch {
    return null;
  }
};

describe('the catalogues', () => {
  it('are one per interface language, and only those', () => {
    expect(Object.keys(byLang).sort()).toEqual(LANGS.filter((l) => l !== 'en').sort());
  });

  it.each(Object.keys(byLang).sort())('%s keeps every placeholder English writes', (lang) => {
    const catalogue = byLang[lang]!;
    const dropped: string[] = [];
    for (const [path, fn] of functionsOf(english)) {
      const theirs = at(catalogue, path);
      expect(typeof theirs, `${lang}: ${path}`).toBe('function');
      const ours = said(fn, path);
      if (ours === null) continue;
      const translated = said(theirs as (...args: unknown[]) => unknown, path);
      expect(translated, `${lang}: ${path} throws where English does not`).not.toBeNull();
      for (const sentinel of SENTINELS.filter((s) => ours.includes(s))) if (!translated!.includes(sentinel)) dropped.push(`${path} ${sentinel}`);
    }
    expect(dropped).toEqual([]);
  });

  it.each(Object.keys(byLang).sort())('%s names its own language', (lang) => {
    expect(byLang[lang]!.lang).toBe(lang);
  });
});

describe('counts', () => {
  // Whole counts a timeline shows; 0 is left out, where Portuguese writers part from CLDR ("0 eventos").
  const COUNTS = [1, 2, 3, 4, 5, 10, 11, 12, 21, 22, 25, 100, 101, 102, 111, 1000, 1001];

  it.each(Object.keys(byLang).sort())('%s says "N events" in the form its plural rules choose for N', (lang) => {
    const rules = new Intl.PluralRules(lang);
    const forms = new Map<string, Set<string>>();
    for (const n of COUNTS) {
      const words = byLang[lang]!.eventCount(n, String(n)).replace(String(n), '#');
      const category = rules.select(n);
      forms.set(category, (forms.get(category) ?? new Set()).add(words));
    }
    // One wording per category: a language with one form for every count ("29 件の出来事") has one in all.
    for (const [category, words] of forms) expect([...words], `${lang} ${category}`).toHaveLength(1);
  });
});

describe('what a badge shows is what its name says first (WCAG 2.5.3)', () => {
  it.each(['en', ...Object.keys(byLang).sort()])('%s: a cluster’s name begins with the badge’s "N events", as a whole word', (lang) => {
    const t = lang === 'en' ? (english as unknown as Messages) : byLang[lang]!;
    for (const count of [1, 2, 3, 5, 11, 21, 100]) {
      const badge = t.eventCount(count, String(count));
      const name = t.grouped(count, String(count));
      expect(name.startsWith(badge), `${lang} ${count}: "${name}" / "${badge}"`).toBe(true);
      // The next character ends the word: a space or a mark, never a letter glued on (Korean's 이, Arabic's ـه).
      expect(name.slice(badge.length, badge.length + 1), `${lang} ${count}`).toMatch(/^$|^[\s,:،–—(]/u);
    }
  });
});
