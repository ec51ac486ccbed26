/**
 * The bundled dataset against the five articles it is drawn from (copies of ../shared/seeds in
 * tests/fixtures/articles): every source is one of the articles or reported by one, under the name
 * the article uses; every quote is verbatim in the article it cites; every phrase in quotation marks
 * in a summary or a disagreement is the articles' own; every figure is in an article the event cites.
 * It reads the file as written, so it checks what an author typed, before validation.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The articles by the id the dataset gives them. */
const ARTICLE_FILES: Record<string, string> = {
  moccet: '000_7b002ec15722d993.txt',
  'quick-summary': '001_802c6eb25212f82b.txt',
  axios: '002_7b42310290137a63.txt',
  reshape: '003_f3375684f1bf0eda.txt',
  bedrock: '004_aa2526f4d4233987.txt',
};

const FIXTURES = new URL('../fixtures/articles/', import.meta.url);
const SEEDS = new URL('../../../shared/seeds/', import.meta.url);
/** Line breaks and runs of spaces differ between how an article wraps and how a quote is typed; nothing else may. */
const squeeze = (text: string) => text.replace(/\s+/g, ' ');
const articles = new Map(Object.entries(ARTICLE_FILES).map(([id, file]) => [id, squeeze(readFileSync(new URL(file, FIXTURES), 'utf8'))]));

interface RawSource {
  id: string;
  name: string;
  title?: string;
  via?: string;
}
interface RawQuote {
  text: string;
  source?: string;
}
interface RawEvent {
  id: string;
  summary?: string;
  disputed?: string;
  sources?: unknown[];
  quotes?: RawQuote[];
  amounts?: { value: number; currency: string }[];
}
interface RawDataset {
  sources: RawSource[];
  periods: { id: string; summary?: string; sources?: unknown[] }[];
  events: RawEvent[];
}

const raw = JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8')) as RawDataset;
const sources = new Map(raw.sources.map((s) => [s.id, s]));

/** The article a source's words can be checked in: its own, or the one that reported it. */
function articleOf(id: string): string | undefined {
  const source = sources.get(id);
  return source && articles.get(source.via ?? source.id);
}

describe('the article copies', () => {
  it.runIf(existsSync(SEEDS))('are the seed articles, unchanged', () => {
    for (const file of Object.values(ARTICLE_FILES)) {
      expect(readFileSync(new URL(file, FIXTURES), 'utf8'), file).toBe(readFileSync(new URL(file, SEEDS), 'utf8'));
    }
  });
});

describe('data/events.json against its articles', () => {
  it('lists each article once, and every other source as reported by one of them', () => {
    for (const id of articles.keys()) expect(sources.get(id), id).toBeDefined();
    for (const s of raw.sources) {
      if (articles.has(s.id)) expect(s.via, s.id).toBeUndefined();
      else expect(articles.has(s.via ?? ''), `${s.id} is neither an article nor reported by one`).toBe(true);
    }
  });

  it('names each source as its article does', () => {
    for (const s of raw.sources) {
      const text = articleOf(s.id)!;
      // A source without outlet or headline carries a note in brackets: "Quick Summary (untitled, …)".
      const name = s.name.replace(/ \(.*\)$/, '');
      expect(text, `${s.id}: "${name}"`).toContain(name);
      if (s.title) expect(text, `${s.id}: "${s.title}"`).toContain(s.title);
    }
  });

  it('cites only sources in the list, at least one for every event and period', () => {
    for (const item of [...raw.events, ...raw.periods]) {
      expect(item.sources?.length ?? 0, item.id).toBeGreaterThan(0);
      for (const s of item.sources ?? []) expect(typeof s === 'string' && sources.has(s), `${item.id} cites ${JSON.stringify(s)}`).toBe(true);
    }
  });

  it.each(raw.events.flatMap((e) => (e.quotes ?? []).map((q) => [e.id, q.text.slice(0, 40), q] as const)))(
    '%s: "%s…" is verbatim in the article it cites',
    (_, __, quote) => {
      expect(quote.source, 'a quote names the article it is taken from').toBeDefined();
      const text = articleOf(quote.source!);
      expect(text, `unknown source ${quote.source}`).toBeDefined();
      expect(text).toContain(squeeze(quote.text));
    },
  );

  it('takes every phrase in quotation marks from an article, or names one', () => {
    const names = raw.sources.map((s) => s.name);
    const all = [...articles.values()];
    for (const e of [...raw.events, ...raw.periods] as RawEvent[]) {
      for (const field of [e.summary ?? '', e.disputed ?? '']) {
        for (const [, phrase] of field.matchAll(/“([^”]+)”/g)) {
          const bare = phrase!.replace(/^…|…$/g, '');
          const found = names.some((n) => n.includes(bare)) || all.some((a) => a.includes(bare));
          expect(found, `${e.id}: “${phrase}”`).toBe(true);
        }
      }
    }
  });

  it('finds every amount in an article the event cites', () => {
    for (const e of raw.events) {
      for (const a of e.amounts ?? []) {
        expect(a.currency).toBe('USD');
        const words = `$${a.value / 1e9} billion`;
        const cited = (e.sources ?? []).map((s) => articleOf(s as string) ?? '');
        expect(
          cited.some((text) => text.includes(words)),
          `${e.id}: ${words}`,
        ).toBe(true);
      }
    }
  });
});
