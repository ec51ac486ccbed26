import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/data/formats/csv';
import { parseDataset } from '../../src/data/parseDataset';
import { datasetToCsv } from '../../src/export/toCsv';
import { formatEventDate } from '../../src/i18n/format';
import { plainText } from '../../src/data/formats/parseTimelineJs';

describe('readCsv', () => {
  it('reads quoted fields with commas, doubled quotes and newlines, CRLF and a BOM', () => {
    const text = '\uFEFFid,title\r\na,"Deal, signed"\r\nb,"He said ""yes""\nthen left"\r\n';
    expect(readCsv(text).rows).toEqual([
      { line: 1, cells: ['id', 'title'] },
      { line: 2, cells: ['a', 'Deal, signed'] },
      { line: 3, cells: ['b', 'He said "yes"\nthen left'] },
    ]);
  });

  it('says where a quote is left open', () => {
    expect(readCsv('id,title\na,"open\n').problems).toEqual([{ line: 2, column: 3, said: { code: 'unclosedQuote', args: [] } }]);
  });

  it('never throws on any text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => void readCsv(text)));
  });
});

describe('parseDataset: CSV', () => {
  const csv = [
    'ID,Start,End,Title,Summary,Actors,Category,Sources,Related',
    'deal,2026-02,,Amazon deal,"Up to $50 billion, in two parts",amazon;openai,investment,CNBC <https://cnbc.com/x>;Axios,threat',
    'threat,2026-03,,Legal threat,,microsoft,legal,Financial Times,',
    'bad-date,27 Smarch 2026,,Broken date,,,,,',
    'no-title,2026-04,,,,,,,',
    'range,2026-04-27,2030,Revenue share,,openai,,,',
  ].join('\n');
  const r = parseDataset(csv, 'newsroom.csv');

  it('is detected from the content and keeps every good row', () => {
    expect(r.format).toBe('csv');
    expect(r.dataset.events.map((e) => e.id)).toEqual(['deal', 'threat', 'range']);
    expect(r.dataset.events[0]!.summary).toBe('Up to $50 billion, in two parts');
    expect(r.dataset.events[0]!.sources).toEqual([{ name: 'CNBC', url: 'https://cnbc.com/x' }, { name: 'Axios' }]);
    expect(r.dataset.events[0]!.related).toEqual([{ id: 'threat' }]);
    expect(r.dataset.actors.map((a) => a.id)).toEqual(['amazon', 'openai', 'microsoft']);
  });

  it('points at the row, line and column of each bad one', () => {
    const where = r.problems.map((p) => `${p.level}: ${p.where}: ${p.message}`);
    expect(where).toContainEqual(
      expect.stringMatching(
        /^error: row 4 \(line 4\), column "Start": "27 Smarch 2026" is not a date Chronicle reads: write it as 2026-04-27, 27 April 2026, April 2026 or 2026$/,
      ),
    );
    expect(where).toContainEqual(expect.stringMatching(/^error: row 5 \(line 5\), column "Title": title is required; this event was left out$/));
    expect(r.problems.every((p) => p.source === 'newsroom.csv')).toBe(true);
  });

  it('names a missing required column', () => {
    expect(parseDataset('id,moment\na,2026', 'x.csv').problems[0]!.message).toMatch(/no "start" column/);
  });
});

describe('parseDataset: a TimelineJS3 spreadsheet as CSV', () => {
  const sheet = [
    'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
    ',,,,,,,,,My <b>sheet</b>,<p>About it</p>,,,,,title,,',
    '2026,2,,,2026,4,26,,,Renegotiation,,,,,,era,,',
    '2026,2,,,,,,,,Amazon deal,<p>Up to $50 billion</p>,https://example.com/deal,CNBC,<i>The</i> signing,https://example.com/t.jpg,,Amazon,',
    '2026,4,27,,2032,,,,Spring 2026 to 2032,Amendment,,,,,,,Microsoft,',
    'soon,,,,,,,,,Undated,,,,,,,,',
  ].join('\n');
  const r = parseDataset(sheet, 'sheet.csv');

  it('maps the title row, eras, events, groups and media', () => {
    expect(r.format).toBe('csv');
    expect(r.dataset.title).toBe('My sheet');
    expect(r.dataset.periods.map((p) => p.title)).toEqual(['Renegotiation']);
    expect(r.dataset.events.map((e) => e.title)).toEqual(['Amazon deal', 'Amendment']);
    expect(r.dataset.events[0]).toMatchObject({
      summary: 'Up to $50 billion',
      actors: ['amazon'],
      // Media is media: its credit is not made a source (a YouTube clip is not "reported by AP").
      sources: [],
    });
    expect(r.dataset.events[1]!.end!.precision).toBe('year');
  });

  it('carries the media whole, and the Display Date, which is the date shown', () => {
    expect(r.dataset.events[0]!.media).toEqual([
      {
        url: 'https://example.com/deal',
        kind: 'page',
        credit: 'CNBC',
        caption: '*The* signing',
        thumbnail: 'https://example.com/t.jpg',
      },
    ]);
    expect(r.dataset.events[1]!.displayDate).toBe('Spring 2026 to 2032');
    expect(formatEventDate(r.dataset.events[1]!)).toBe('Spring 2026 to 2032');
    // And on through Chronicle's own sheet.
    const back = parseDataset(datasetToCsv(r.dataset, r.dataset.events), 'back.csv').dataset;
    expect(back.events.map((e) => [e.displayDate, e.media?.[0]?.caption])).toEqual([
      [undefined, '*The* signing'],
      ['Spring 2026 to 2032', undefined],
    ]);
  });

  it('points at the line of a row it cannot date', () => {
    expect(r.problems.map((p) => p.where)).toEqual(['line 6, Year/Month/Day']);
  });
});

describe('parseDataset: TimelineJS3', () => {
  const tl = {
    title: { text: { headline: 'Exclusivity <em>ends</em>', text: '<p>A short history</p>' } },
    eras: [{ start_date: { year: 2026, month: 2 }, end_date: { year: '2026', month: '4', day: '26' }, text: { headline: 'Renegotiation' } }],
    events: [
      {
        start_date: { year: '2019' },
        text: { headline: 'Microsoft invests', text: '<p>$1 billion &amp; a partnership</p><script>alert(1)</script>' },
        group: 'Microsoft',
      },
      {
        start_date: { year: '2026', month: '4', day: '27' },
        end_date: { year: '2032' },
        text: { headline: 'Amendment' },
        group: 'Microsoft',
        media: { url: 'https://example.com/a', credit: 'CNBC' },
        unique_id: 'amend',
      },
      { start_date: { year: 'soon' }, text: { headline: 'No date' } },
    ],
  };
  const r = parseDataset(JSON.stringify(tl), 'timeline.json');

  it('maps title, eras, events, groups and media', () => {
    expect(r.format).toBe('timelinejs');
    expect(r.dataset.title).toBe('Exclusivity ends');
    expect(r.dataset.periods.map((p) => p.title)).toEqual(['Renegotiation']);
    expect(r.dataset.events.map((e) => e.id)).toEqual(['microsoft-invests', 'amend']);
    expect(r.dataset.events[0]!.summary).toBe('$1 billion & a partnership');
    expect(r.dataset.events[1]).toMatchObject({ actors: ['microsoft'], sources: [], media: [{ url: 'https://example.com/a', kind: 'page', credit: 'CNBC' }] });
    expect(r.dataset.events[1]!.end!.precision).toBe('year');
    expect(r.dataset.actors).toEqual([expect.objectContaining({ id: 'microsoft', label: 'Microsoft' })]);
  });

  it('reports the event it could not date, and keeps the rest', () => {
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.where).toMatch(/^events\[2\] "no-date" › start/);
  });

  it.each([
    ['<b>bold</b> &lt;tag&gt;', 'bold <tag>'],
    ['a<br>b</p><p>c', 'a b c'],
    ['&#233;t&eacute;', 'ét&eacute;'],
  ])('plainText(%j) = %j', (html, text) => {
    expect(plainText(html)).toBe(text);
  });
});

describe('parseDataset: Chronicle JSON', () => {
  it('still reads the bundled dataset with no problems', () => {
    const r = parseDataset(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8'), 'events.json');
    expect(r.format).toBe('chronicle');
    expect(r.problems).toEqual([]);
    expect(r.dataset.events).toHaveLength(29);
  });

  it('never throws on arbitrary text, and always answers with a dataset and problems', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const r = parseDataset(text, 'x');
        expect(Array.isArray(r.dataset.events)).toBe(true);
        expect(Array.isArray(r.problems)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseDataset under mutation', () => {
  const base = JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8')) as { events: Record<string, unknown>[] };
  const fields = ['id', 'start', 'end', 'title', 'summary', 'actors', 'category', 'amounts', 'quotes', 'sources', 'related', 'approx', 'qualifier'];

  it('never throws, and every event the mutations left alone survives', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ event: fc.nat(base.events.length - 1), field: fc.constantFrom(...fields), value: fc.anything({ maxDepth: 2 }) }), {
          maxLength: 8,
        }),
        (mutations) => {
          const data = structuredClone(base);
          for (const m of mutations) data.events[m.event]![m.field] = m.value;
          const touched = new Set(mutations.map((m) => m.event));
          // Only a string can become an id (and String() would throw on generated objects with a toString key).
          const mutatedIds = new Set(mutations.filter((m) => m.field === 'id' && typeof m.value === 'string').map((m) => m.value as string));
          const r = parseDataset(JSON.stringify(data), 'mutated.json');
          const ids = new Set(r.dataset.events.map((e) => e.id));
          base.events.forEach((e, i) => {
            // An untouched event survives under its id (unless a mutation copied that id onto another event first).
            if (!touched.has(i) && !mutatedIds.has(String(e.id))) expect(ids.has(String(e.id))).toBe(true);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('parseDataset: problems placed from their paths, not their words', () => {
  it('places a related id that points nowhere on its row, though the events were sorted before the check', () => {
    const r = parseDataset('id,start,title,related\nlate,2026,Late,\nearly,2020,Early,nowhere\n', 'x.csv');
    expect(r.problems.map((p) => p.where)).toEqual(['row 3 (line 3), column "related"']);
  });

  it('keeps the record path on problems it does not relocate, for any reader to place', () => {
    const r = parseDataset(JSON.stringify({ events: [{ id: 'a', start: '2026', title: 'A', quotes: [{ text: 'q', source: 'missing' }] }] }), 'x.json');
    expect(r.problems[0]!.at).toEqual({ list: 'events', index: 0, id: 'a', field: 'quotes.0.source' });
    expect(r.problems[0]!.where).toBe('events[0] "a" › quotes.0.source');
  });

  it('reads a spreadsheet whose Media cell is only a scheme, without throwing, as the JSON importer does', () => {
    const sheet = 'Year,Month,Day,Headline,Text,Media,Media Credit,Type,Group\n2026,4,27,Amendment,,https://,,,Microsoft\n';
    const r = parseDataset(sheet, 'sheet.csv');
    expect(r.dataset.events.map((e) => e.title)).toEqual(['Amendment']);
    expect(r.problems.map((p) => p.where)).toEqual(['line 2, Media']);
  });
});
