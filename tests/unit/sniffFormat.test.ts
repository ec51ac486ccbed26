/** Files that are not datasets are named for what they are, not read as a CSV and quoted back whole. */
import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../src/data/sniffFormat';
import { parseDataset } from '../../src/data/parseDataset';
import { decodeBytes } from '../../src/data/formats/decodeText';
import { readFileSync } from 'node:fs';

describe('sniffFormat', () => {
  it.each([
    ['{"events":[]}', 'json'],
    ['  \n[1, 2]', 'json'],
    ['\uFEFF{"events":[]}', 'json'],
    ['id,start,title\na,2020,A', 'csv'],
    ['2020,2021\n2022,2023', 'csv'],
    ['title\n"quoted"', 'csv'],
    ['<!DOCTYPE html><html><head>', 'markup'],
    ['\n  <html lang="en">', 'markup'],
    ['<?xml version="1.0"?><rss>', 'markup'],
    ['<!-- a comment --><p>', 'markup'],
    ['%PDF-1.7\n%\uFFFD\uFFFD', 'binary'],
    ['PK\u0003\u0004\u0014\u0000', 'binary'],
    ['\uFFFD\uFFFDi\u0000d\u0000', 'binary'],
    ['id,title\u0000', 'binary'],
    ['42', 'jsonValue'],
    ['"hello"', 'jsonValue'],
    [' true ', 'jsonValue'],
    ['null', 'jsonValue'],
    ['-1.5e3', 'jsonValue'],
    ['', 'empty'],
    [' \n\t ', 'empty'],
    ['\uFEFF', 'empty'],
  ])('%j is %s', (text, kind) => {
    expect(sniffFormat(text)).toBe(kind);
  });
});

const problemsOf = (text: string) => parseDataset(text, 'x').problems.map((p) => `${p.where}: ${p.said?.code}`);

describe('a file that is not a dataset', () => {
  it.each([
    ['<!DOCTYPE html>\n<html><head><title>404</title></head></html>', 'file: webPage'],
    ['<html><body>' + 'x,'.repeat(1000), 'file: webPage'],
    ['PK\u0003\u0004 spreadsheet', 'file: binaryFile'],
    ['42', 'file: jsonValue'],
    ['"a string"', 'file: jsonValue'],
    ['[1, 2, 3]', 'top level: jsonList'],
    ['[{ "id": "a", "start": "2020", "title": "A" }]', 'top level: jsonList'],
    ['', 'file: emptyFile'],
  ])('%j: one problem, %s', (text, expected) => {
    expect(problemsOf(text)).toEqual([expected]);
  });

  it('quotes a JSON value briefly, and never the page', () => {
    expect(parseDataset('"' + 'a'.repeat(100) + '"', 'x').problems[0]!.message).toMatch(/JSON value "a{38}…, not a dataset/);
    expect(parseDataset('<!doctype html><title>Sorry</title>', 'x').problems[0]!.message).not.toContain('Sorry');
  });
});

describe('records that are lists', () => {
  it.each(['events', 'actors', 'categories', 'periods', 'sources'])('a list where an entry of %s belongs is "not an object", once', (key) => {
    const fine = { id: 'ok', start: '2020', title: 'Fine' };
    const raw = key === 'events' ? { events: [fine, [1, 2]] } : { events: [fine], [key]: [[1, 2]] };
    const problems = parseDataset(JSON.stringify(raw), 'x').problems.filter((p) => p.level === 'error');
    expect(problems.map((p) => p.message)).toEqual([
      `must be an object { … }, not a list [ … ]; ${key === 'events' ? 'this event' : 'this entry'} was left out`,
    ]);
  });
});

describe('an end before the start', () => {
  const warned = (start: string, end: string, where = 'events') => {
    const raw = where === 'events' ? { events: [{ id: 'e', start, end, title: 'E' }] } : { events: [], periods: [{ id: 'p', start, end }] };
    const { dataset, problems } = parseDataset(JSON.stringify(raw), 'x');
    const range = where === 'events' ? dataset.events[0]! : dataset.periods[0]!;
    return { codes: problems.map((p) => p.said?.code), from: range.start.start, to: range.end!.end };
  };
  it.each([
    ['a day before', '2026-04-27', '2026-04-26', true],
    ['a month before', '2026-04-27', '2026-03-27', true],
    ['a year before', '2026-04-27', '2025-04-27', true],
    ['the month before, at month precision', '2026-04', '2026-03', true],
    ['the year before, at year precision', '2026', '2025', true],
    ['the last day of the year before', '2026', '2025-12-31', true],
    ['the same day', '2026-04-27', '2026-04-27', false],
    ['the next day', '2026-04-27', '2026-04-28', false],
    ['a month that holds the start', '2026-04-27', '2026-04', false],
    ['a day within the start month', '2026-04', '2026-04-15', false],
  ])('%s (%s to %s): warned %s, and the range runs forwards', (_, start, end, warns) => {
    for (const where of ['events', 'periods']) {
      const { codes, from, to } = warned(start, end, where);
      expect(codes).toEqual(warns ? ['endBeforeStart'] : []);
      expect(to).toBeGreaterThan(from);
    }
  });

  it('in a CSV too, at its row and column', () => {
    const { problems } = parseDataset('id,start,end,title\na,2026-04-27,2026-04-26,A\n', 'x.csv');
    expect(problems.map((p) => `${p.where}: ${p.message}`)).toEqual(['row 2 (line 2), column "end": end is before start; the two were swapped']);
  });
});

describe('a spreadsheet’s own file', () => {
  it('is told apart and answered with how to save it as CSV', () => {
    const { text } = decodeBytes(readFileSync(new URL('../fixtures/chronology.xlsx', import.meta.url)));
    expect(sniffFormat(text)).toBe('workbook');
    const { problems } = parseDataset(text, 'chronology.xlsx');
    expect(problems.map((p) => p.message)).toEqual([
      'this is an Excel workbook: in Excel or Google Sheets, save it as CSV (File › Save as / Download › CSV) and open that',
    ]);
  });

  it('is named by its extension when its bytes do not say (an Excel 97 file)', () => {
    expect(parseDataset('\uFFFD\uFFFD\u0011\u0000', 'old.xls').problems[0]!.message).toMatch(/^this is an Excel workbook/);
    expect(parseDataset('\uFFFD\uFFFD\u0011\u0000', 'photo.jpg').problems[0]!.message).toMatch(/^this is not a text file/);
  });
});
