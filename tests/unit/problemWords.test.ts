import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/parseDataset';
import { word } from '../../src/data/words/problemWords';
import type { Problem } from '../../src/data/types';
import { de } from '../../src/i18n/catalogues/de';
import { ja } from '../../src/i18n/catalogues/ja';
import { problemMessage, problemWhere } from '../../src/i18n/more/problemText';

/** One of each kind of mistake, in every format: each problem the readers can report, or nearly. */
const BAD_JSON = JSON.stringify({
  actors: [{ id: 'a', color: 'not a colour' }, { id: 'a' }, 7],
  categories: [{ id: 'c' }, { id: 'c' }],
  periods: [{ id: 'p', start: '2026', end: '2024', sources: ['gone'] }],
  sources: [
    { id: 's', name: 'S', via: 'nowhere', url: 'javascript:alert(1)' },
    { id: 's', name: 'Again' },
    { id: 't', name: '' },
    { id: 'u', name: 'U', via: 'v' },
    { id: 'v', name: 'V', via: 'u' },
  ],
  events: [
    { id: 'ok', start: '2026-04-27', title: 'Fine', related: ['nowhere'] },
    { id: 'swap', start: '2026', end: '2024', title: 'Swapped', actors: ['stranger'], category: 'other' },
    { id: 'ok', start: '2026', title: 'Same id' },
    { id: 'bad id!', start: '2026', title: 'x' },
    { id: 'd', start: '27 April', title: 'x' },
    { id: 'e', start: '2026', title: '' },
    { id: 'f', start: '2026' },
    { id: 'g', start: '2026', title: 'x', amounts: [{ value: 'a lot', currency: 'dollars' }], approx: 'yes', qualifier: 'during' },
    { id: 'h', start: '2026', title: 'x', sources: [{ name: 'Bad', url: 'javascript:alert(1)' }], related: [5] },
    { id: 'i', start: '2026', title: 'x', sources: ['s', 'gone'], quotes: [{ text: 'q', source: 'gone' }] },
    { id: 'j', start: '2026', title: 'x', sources: [7] },
    'not an event',
  ],
  steps: ['missing'],
});
const BAD_CSV = 'id,start,title,mood\na,2026,Fine,red\nb,27 April,Bad date\nc,2026,"never closed\n';

const everyProblem = (): Problem[] => [
  ...parseDataset(BAD_JSON, 'bad.json').problems,
  ...parseDataset(BAD_CSV, 'bad.csv').problems,
  ...parseDataset('{"events": [}', 'broken.json').problems,
  ...parseDataset('{"title": "no events"}', 'empty.json').problems,
  ...parseDataset('Year,Month,Day,Headline\n2026,4,27,\n', 'sheet.csv').problems,
];

describe('problems in words', () => {
  it('keeps the English words on every problem, and says them as codes too', () => {
    const problems = everyProblem();
    expect(problems.length).toBeGreaterThan(20);
    for (const p of problems) {
      expect(p.said, `${p.where}: ${p.message}`).toBeDefined();
      expect(word(p.said!)).toBe(p.message);
      if (p.place) expect(word(p.place)).toBe(p.where);
      // valibot carries our phrases as coded strings: none may leak into what a reader sees.
      expect(p.message).not.toContain('\u0001');
      expect(p.said!.code).not.toBe('other');
    }
  });

  it('words them in German and Japanese, leaving the dataset’s own text alone', () => {
    const byMessage = (m: string) => everyProblem().find((p) => p.message.includes(m))!;
    const swapped = byMessage('end is before start');
    expect(problemMessage(swapped, de)).toBe('das Ende liegt vor dem Beginn; beide wurden vertauscht');
    expect(problemMessage(swapped, ja)).toBe('終了が開始より前です。入れ替えました');
    const date = byMessage('must be YYYY');
    expect(problemMessage(date, de)).toBe('start muss die Form JJJJ, JJJJ-MM oder JJJJ-MM-TT haben; erhalten: "27 April"; dieses Ereignis wurde weggelassen');
    const csvDate = everyProblem().find((p) => p.source === 'bad.csv' && p.message.includes('not a date'))!;
    expect(csvDate.where).toBe('row 3 (line 3), column "start"');
    expect(problemMessage(csvDate, de)).toBe('„27 April“ ist kein Datum, das Chronicle liest: schreiben Sie 2026-04-27, 27. April 2026, April 2026 oder 2026');
    expect(problemWhere(csvDate, de)).toBe('Tabellenzeile 3 (Zeile 3), Spalte „start“');
    expect(problemWhere(csvDate, ja)).toBe('3 番目の行（3 行目）、列「start」');
    const unknown = byMessage('is not one Chronicle reads');
    expect(problemMessage(unknown, ja)).toBe('「mood」列は Chronicle が読まない列のため無視しました');
  });

  it('falls back to the English message for problems from elsewhere', () => {
    const p: Problem = { level: 'error', source: 'x', where: 'somewhere', message: 'made up' };
    expect(problemMessage(p, de)).toBe('made up');
    expect(problemWhere(p, de)).toBe('somewhere');
  });
});
