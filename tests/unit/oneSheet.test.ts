/**
 * Chronicle's one-sheet layout: a whole dataset in one CSV, and back, field for field. The bundled
 * chronology is the fixture; fast-check generates the rest, with the characters that break tables
 * (separators, quotes, backslashes, line breaks, formula starts) in every text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDataset } from '../../src/data/parseDataset';
import { validateDataset } from '../../src/data/validate';
import { mediaReader } from '../../src/data/media/readMedia';
import { datasetToCsv } from '../../src/export/toCsv';
import { datasetToJson } from '../../src/export/toJson';
import { joinList, splitList } from '../../src/data/formats/sheetLayout';
import type { Dataset } from '../../src/data/types';

const bundledText = readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8');

/** CSV out, CSV in: the dataset read back, and what the reader said. */
function throughCsv(dataset: Dataset) {
  const csv = datasetToCsv(dataset, dataset.events);
  const back = parseDataset(csv, 'back.csv');
  return { csv, back };
}

describe('the bundled chronology through one sheet', () => {
  const { dataset } = parseDataset(bundledText, 'events.json');
  const { csv, back } = throughCsv(dataset);

  it('reads back without a problem', () => {
    expect(back.problems).toEqual([]);
  });

  it('JSON → CSV → JSON is the same dataset', () => {
    expect(datasetToJson(back.dataset, back.dataset.events)).toBe(datasetToJson(dataset, dataset.events));
    expect(back.dataset.steps).toEqual(dataset.steps);
    expect(back.dataset.sources.length).toBe(dataset.sources.length);
  });

  it('CSV → JSON → CSV is the same file', () => {
    expect(datasetToCsv(back.dataset, back.dataset.events)).toBe(csv);
    const viaJson = parseDataset(datasetToJson(back.dataset, back.dataset.events), 'back.json').dataset;
    expect(datasetToCsv(viaJson, viaJson.events)).toBe(csv);
  });

  it('holds every kind of row', () => {
    const types = new Set(csv.split('\r\n').map((line) => line.split(',')[0]));
    for (const type of ['title', 'setting', '', 'period', 'actor', 'category', 'source']) expect(types).toContain(type);
  });
});

describe('the templates', () => {
  const { dataset } = parseDataset(bundledText, 'events.json');
  it.each([
    ['template.csv', ','],
    ['template.tsv', '\t'],
  ] as const)('public/%s is the bundled chronology in one sheet, ready for a spreadsheet', (file, delimiter) => {
    const text = readFileSync(new URL(`../../public/${file}`, import.meta.url), 'utf8');
    expect(text).toBe(`\ufeff${datasetToCsv(dataset, dataset.events, delimiter)}`);
    const back = parseDataset(text, file);
    expect(back.problems).toEqual([]);
    expect(datasetToJson(back.dataset, back.dataset.events)).toBe(datasetToJson(dataset, dataset.events));
  });
});

describe('list cells', () => {
  it.each([
    [['a', 'b'], 'a;b'],
    [['a;b', 'c\\d'], 'a\\;b;c\\\\d'],
    [['', 'x', ''], ';x;'],
    [['C:\\Users'], 'C:\\\\Users'],
  ])('%j ⇄ %j', (items, cell) => {
    expect(joinList(items)).toBe(cell);
    expect(splitList(cell)).toEqual(items);
  });

  it('reads a lone backslash as itself', () => {
    expect(splitList('C:\\Users;b')).toEqual(['C:\\Users', 'b']);
  });
});

// Texts with everything that could break a cell, a list or a formula guard; trimmed, as cells are read.
const UNITS = ['a', 'B', 'z', ' ', ';', '\\', ',', '"', "'", '=', '-', '+', '@', '\n', '\t', 'é', '中', '(', ')', '<', '>', '#', '1'];
const text = fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 12 }).map((s) => s.trim());
const someText = text.filter((s) => s !== '');
const id = fc.stringMatching(/^[a-z][a-z0-9._~-]{0,6}$/);
const day = fc.date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(2999, 11, 31)), noInvalidDate: true });
// Years, months, days and times of day (YYYY-MM-DDTHH:mm).
const dateForm = fc.tuple(day, fc.constantFrom(4, 7, 10, 16)).map(([d, n]) => d.toISOString().slice(0, n));
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const drop = <T extends object>(o: T): T => JSON.parse(JSON.stringify(o)) as T;

const datasetArb = fc
  .record({
    title: someText,
    description: text,
    locale: optional(fc.constantFrom('de', 'fr', 'ja')),
    dateOrder: optional(fc.constantFrom('dmy', 'mdy')),
    timeZone: optional(fc.constantFrom('Europe/Berlin', 'America/New_York')),
    actors: fc.uniqueArray(fc.record({ id: someText, label: optional(someText), color: optional(fc.constantFrom('#123456', 'teal', 'rgb(1, 2, 3)')) }), {
      selector: (a) => a.id,
      maxLength: 4,
    }),
    categories: fc.uniqueArray(fc.record({ id: someText, label: optional(someText), color: optional(fc.constantFrom('#abc', 'navy')) }), {
      selector: (c) => c.id,
      maxLength: 3,
    }),
    sources: fc.uniqueArray(
      fc.record({
        id,
        name: someText,
        title: optional(someText),
        url: optional(fc.constantFrom('https://example.com/a', 'http://example.org/b?c=d;e', 'mailto:desk@example.com')),
        date: optional(dateForm),
      }),
      { selector: (s) => s.id, maxLength: 4 },
    ),
    eventIds: fc.uniqueArray(id, { minLength: 1, maxLength: 6 }),
    seed: fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
    texts: fc.array(text, { minLength: 40, maxLength: 40 }),
    dates: fc.array(dateForm, { minLength: 20, maxLength: 20 }),
    amounts: fc.array(
      fc.record({
        value: fc
          .oneof(fc.integer({ min: -1e12, max: 1e12 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e30, max: 1e30 }))
          .map((v) => (Object.is(v, -0) ? 0 : v)),
        currency: fc.stringMatching(/^[A-Z]{3}$/),
        label: optional(someText),
      }),
      { maxLength: 3 },
    ),
  })
  .map((g) => {
    let k = 0;
    const pick = <T>(list: readonly T[]): T | undefined => (list.length ? list[g.seed[k++ % 40]! % list.length] : undefined);
    const coin = () => g.seed[k++ % 40]! % 2 === 0;
    const words = () => g.texts[k++ % 40]!;
    const date = () => g.dates[k++ % 20]!;
    const sources = g.sources.map((s, i) => ({ ...s, via: i > 0 && coin() ? g.sources[i - 1]!.id : undefined }));
    const citation = () => (coin() && sources.length ? pick(sources)!.id : coin() ? { name: 'Le Monde; Paris' } : { name: 'CNBC', url: 'https://cnbc.com/x' });
    const mediaItem = () => ({
      url: pick(['https://example.com/photo.jpg', 'media/photo.png', 'https://youtu.be/pi2v1m6gmD8', 'docs/filing.pdf', 'https://example.com/cdn/8f2a'])!,
      // A kind the address cannot say, and a picture's size: both go through the sheet too.
      kind: coin() ? 'image' : undefined,
      ...(coin() ? { width: 1200, height: 630 } : {}),
      credit: words() || undefined,
      creditUrl: coin() ? 'https://example.com/credit' : undefined,
      caption: words() || undefined,
      // Pictures are described (a picture without is a problem, tested on its own).
      alt: words() || 'A picture',
      thumbnail: coin() ? 'https://example.com/t.jpg' : undefined,
    });
    const someMedia = () => (coin() ? (coin() ? mediaItem() : [mediaItem(), mediaItem()]) : undefined);
    const periods = [0, 1].filter(coin).map((n) => {
      const [a, b] = [date(), date()].sort();
      return {
        id: `period-${n}`,
        title: words() || undefined,
        summary: words() || undefined,
        start: a!,
        end: b!,
        sources: coin() ? [citation()] : undefined,
        media: someMedia(),
      };
    });
    const events = g.eventIds.map((eventId) => {
      const actors = g.actors.filter(coin).map((a) => a.id);
      const [start, end] = [date(), date()].sort();
      return {
        id: eventId,
        start: start!,
        end: coin() && end! > start! ? end : undefined,
        title: words() || 'Untitled',
        summary: words() || undefined,
        actors,
        category: coin() ? pick(g.categories)?.id : undefined,
        lane: actors.length > 1 && coin() ? actors[1] : undefined,
        sources: coin() ? [citation(), citation()] : [],
        related: g.eventIds.filter((other) => other !== eventId && coin()).map((other) => (coin() ? { id: other, label: words() || undefined } : other)),
        approx: coin() || undefined,
        qualifier: coin() ? pick(['before', 'after'] as const) : undefined,
        disputed: coin() ? words() || undefined : undefined,
        amounts: coin() ? g.amounts : undefined,
        quotes: coin()
          ? [0, 1].map(() => ({
              text: words() || 'Said.',
              by: words() || undefined,
              where: coin() ? words() || undefined : undefined,
              date: coin() ? date() : undefined,
              source: coin() ? pick(sources)?.id : undefined,
            }))
          : undefined,
        media: someMedia(),
        backdrop: coin() ? pick(['#0a3d62', 'https://example.com/sky.jpg', { color: 'teal', url: 'media/sky.png' }]) : undefined,
      };
    });
    const steps = [...events.map((e) => e.id), ...periods.map((p) => p.id)].filter(coin);
    return drop({
      ...g,
      media: someMedia(),
      thumbnails: coin() || undefined,
      seed: undefined,
      texts: undefined,
      dates: undefined,
      amounts: undefined,
      eventIds: undefined,
      sources,
      periods,
      events,
      steps,
    });
  });

describe('any dataset through one sheet', () => {
  it('JSON → CSV → JSON and CSV → JSON → CSV are identities', () => {
    fc.assert(
      fc.property(datasetArb, (raw) => {
        const first = validateDataset(raw, 'generated.json', undefined, mediaReader);
        expect(first.problems).toEqual([]);
        const { csv, back } = throughCsv(first.dataset);
        expect(back.problems).toEqual([]);
        expect(datasetToJson(back.dataset, back.dataset.events)).toBe(datasetToJson(first.dataset, first.dataset.events));
        expect(datasetToCsv(back.dataset, back.dataset.events)).toBe(csv);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a sheet written by hand', () => {
  const sheet = [
    'Type,ID,Start,End,Title,Summary,Actors,Amounts,Quote,Quote By,Media,Media Credit,Color,URL,Sources',
    'title,,,,Ancient deals,A hand-made sheet',
    'setting,dateOrder,,,dmy',
    ',deal,01/02/2020,,A deal,,acme;beta,"38,000,000 USD (the deal);lots",It is done.;Maybe,Ann;,https://example.com/a,Photo: Ann',
    'period,early,2019,2020,Early days',
    'step,deal',
    'step,nothing',
    'actor,acme,,,Acme Corp,,,,,,,,#ff0000',
    'actor,gamma,,,Gamma,,,,,,,,not-a-colour!',
    'source,paper,2020-02-01,,The Paper,Deal done,,,,,,,,https://paper.example/deal',
    'source,blog,,,,,,,,,,,,,paper',
    'spreadsheet,x',
    'setting,colour,blue',
  ].join('\n');
  const { dataset, problems } = parseDataset(sheet, 'hand.csv');
  const said = problems.map((p) => `${p.where}: ${p.message}`);

  it('reads each row by its type, dates in the order the setting gives', () => {
    expect(dataset.title).toBe('Ancient deals');
    expect(dataset.description).toBe('A hand-made sheet');
    expect(dataset.dateOrder).toBe('dmy');
    expect(dataset.events[0]).toMatchObject({ id: 'deal', start: { precision: 'day' }, actors: ['acme', 'beta'] });
    expect(new Date(dataset.events[0]!.from).toISOString().slice(0, 10)).toBe('2020-02-01');
    expect(dataset.events[0]!.amounts).toEqual([{ value: 38_000_000, currency: 'USD', label: 'the deal' }]);
    expect(dataset.events[0]!.quotes.map((q) => [q.text, q.by])).toEqual([
      ['It is done.', 'Ann'],
      ['Maybe', undefined],
    ]);
    expect(dataset.events[0]!.media).toEqual([{ url: 'https://example.com/a', kind: 'page', credit: 'Photo: Ann' }]);
    expect(dataset.periods.map((p) => p.title)).toEqual(['Early days']);
    expect(dataset.steps).toEqual(['deal']);
    expect(dataset.actors.map((a) => [a.id, a.label])).toEqual([
      ['acme', 'Acme Corp'],
      ['gamma', 'Gamma'],
      ['beta', 'beta'],
    ]);
    expect(dataset.sources).toEqual([{ id: 'paper', name: 'The Paper', title: 'Deal done', url: 'https://paper.example/deal', date: expect.anything() }]);
  });

  it('says what is wrong on its row and column, in the file’s own column names', () => {
    expect(said).toEqual(
      expect.arrayContaining([
        'row 4 (line 4), column "Amounts": "lots" is not an amount: write it as 38000000000 USD, or 38000000000 USD (what it is)',
        'row 7 (line 7), column "ID": step "nothing" names no event or period and was left out',
        'row 9 (line 9), column "Color": "not-a-colour!" is not a CSS colour; a default colour is used',
        'row 11 (line 11), column "Title": name must not be empty; this entry was left out',
        'row 12 (line 12), column "Type": "spreadsheet" is not a row type Chronicle reads (title, setting, event, period, step, actor, category, source); the row was ignored',
        'row 13 (line 13), column "ID": "colour" is not a setting Chronicle reads (locale, dateOrder, timeZone, thumbnails); the row was ignored',
      ]),
    );
  });

  it('reads a "Type" column of other words as the category', () => {
    const r = parseDataset('date,headline,type\n2020,Battle of X,battle\n2021,Treaty of Y,treaty\n', 'wars.csv');
    expect(r.problems).toEqual([]);
    expect(r.dataset.events.map((e) => e.category)).toEqual(['battle', 'treaty']);
  });

  it('asks for a day order where the dates leave it open, and reads the setting when given', () => {
    const open = parseDataset('type,start,title\n,01/02/2020,A\n', 'open.csv');
    expect(open.problems.map((p) => p.message)).toEqual([expect.stringMatching(/could be 2020-02-01 \(day first\) or 2020-01-02 \(month first\)/)]);
    const settled = parseDataset('type,id,start,title\nsetting,dateOrder,,mdy\n,a,01/02/2020,A\n', 'settled.csv');
    expect(settled.problems).toEqual([]);
    expect(settled.dataset.events[0]!.start.start).toBe(Date.UTC(2020, 0, 2));
  });

  it('reports a filled cell its row type does not read, rather than dropping it silently', () => {
    const r = parseDataset('type,id,start,title,color,url\n,a,2020,A,red,\nactor,ms,,Microsoft,#00f,https://microsoft.com\n', 'unread.csv');
    expect(r.dataset.events.map((e) => e.title)).toEqual(['A']);
    expect(r.problems.map((p) => `${p.where}: ${p.message}`)).toEqual([
      'row 2 (line 2), column "color": event rows do not use this column; the cell was ignored',
      'row 3 (line 3), column "url": actor rows do not use this column; the cell was ignored',
    ]);
  });

  it('keeps media only from https: or this site', () => {
    const r = parseDataset('title,start,media,media thumbnail\nA,2020,javascript:alert(1)\nB,2021,/img/b.png,http://x.example/t.png\n', 'm.csv');
    expect(r.dataset.events.map((e) => e.media)).toEqual([undefined, [{ url: '/img/b.png', kind: 'image' }]]);
    expect(r.problems.map((p) => `${p.where}: ${p.message}`)).toEqual([
      'row 2 (line 2), column "media": media must be an https: address or a path on this site; javascript:alert(1) was dropped',
      'row 3 (line 3), column "media thumbnail": media must be an https: address or a path on this site; http://x.example/t.png was dropped',
      'row 3 (line 3), column "media alt": an image needs alt text saying what it shows, for readers who cannot see it: add media alt',
    ]);
  });
});
