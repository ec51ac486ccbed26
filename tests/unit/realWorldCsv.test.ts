/**
 * Real-world CSV (issue 20): the encodings spreadsheets write, the delimiters they use, their blank
 * rows and columns, and headers as people name them.
 */
import { describe, expect, it } from 'vitest';
import { decodeBytes, sniffEncoding } from '../../src/data/formats/decodeText';
import { detectDelimiter, readCsv } from '../../src/data/formats/csv';
import { headerKey, parseCsvDataset } from '../../src/data/formats/parseCsv';
import { problemsInEnglish } from '../../src/data/words/problemWords';

problemsInEnglish();

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const utf16le = (s: string, bom = true) => new Uint8Array(Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(s, 'utf16le')]));
const utf16be = (s: string, bom = true) => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return new Uint8Array(Buffer.concat([bom ? Buffer.from([0xfe, 0xff]) : Buffer.alloc(0), le]));
};
/** Windows-1252 for the Latin-1 range, plus its € and curly quotes (every character here is one UTF-16 unit). */
const HIGH: Record<string, number> = { '€': 0x80, '“': 0x93, '”': 0x94, '’': 0x92 };
const cp1252 = (s: string) => Uint8Array.from({ length: s.length }, (_, i) => HIGH[s[i]!] ?? s.charCodeAt(i));

const SHEET = 'start,title\n2026-04-27,Málaga: “fin” de l’exclusivité à 5 €\n';

describe('decoding a file', () => {
  it.each([
    ['UTF-8', utf8(SHEET), 'utf-8'],
    ['UTF-8 with a byte-order mark', utf8(`\uFEFF${SHEET}`), 'utf-8'],
    ['UTF-16 LE with a mark (Excel’s “Unicode text”)', utf16le(SHEET), 'utf-16le'],
    ['UTF-16 LE without a mark', utf16le(SHEET, false), 'utf-16le'],
    ['UTF-16 BE with a mark', utf16be(SHEET), 'utf-16be'],
    ['UTF-16 BE without a mark', utf16be(SHEET, false), 'utf-16be'],
    ['Windows-1252 (Excel’s CSV on Western Windows)', cp1252(SHEET), 'windows-1252'],
  ])('%s reads as the same text', (_, bytes, encoding) => {
    expect(decodeBytes(bytes)).toEqual({ text: SHEET, encoding });
  });

  it('guesses UTF-16 only from many zero bytes, not from one', () => {
    expect(sniffEncoding(utf8('a,b\n1,2\n'))).toBe('utf-8');
    expect(sniffEncoding(new Uint8Array([0x61, 0x00, 0x62, 0x2c, 0x63, 0x64]))).toBe('utf-8');
    expect(sniffEncoding(new Uint8Array([]))).toBe('utf-8');
  });
});

describe('the delimiter', () => {
  it.each([
    ['start,title', ','],
    ['start;title;summary', ';'],
    ['start\ttitle\tsummary', '\t'],
    ['"a;b",c,d', ','],
    ['title', ','],
    ['', ','],
  ])('of %j is %j', (line, delimiter) => {
    expect(detectDelimiter(`${line}\n1;2,3\t4`)).toBe(delimiter);
  });

  it('semicolons (European Excel) and tabs (pasted from a spreadsheet) read as commas do', () => {
    const comma = parseCsvDataset('start,title,summary\n2026-04-27,"Amended, at last",x\n', 'a.csv');
    const semicolon = parseCsvDataset('start;title;summary\n2026-04-27;Amended, at last;x\n', 'a.csv');
    const tab = parseCsvDataset('start\ttitle\tsummary\n2026-04-27\tAmended, at last\tx\n', 'a.csv');
    expect(comma.problems).toEqual([]);
    expect(semicolon).toEqual(comma);
    expect(tab).toEqual(comma);
    expect(readCsv('a\tb\n"x\ty"\tz', '\t').rows[1]!.cells).toEqual(['x\ty', 'z']);
  });
});

describe('headers as people write them', () => {
  it.each([
    ['Start', 'start'],
    ['START DATE', 'startdate'],
    ['start_date', 'startdate'],
    ['  Title ', 'title'],
    ['Fécha', 'fecha'],
    ['Media Credit', 'mediacredit'],
  ])('%j compares as %j', (header, key) => expect(headerKey(header)).toBe(key));

  it('reads other chronologies’ names for its columns, with no problem to report', () => {
    const { dataset, problems } = parseCsvDataset('Date,Headline,Description,Era,Who\n2026-04-27,Amended,Terms change,Deal,Microsoft\n', 'a.csv');
    expect(problems).toEqual([]);
    expect(dataset.events[0]).toMatchObject({ title: 'Amended', summary: 'Terms change', category: 'Deal', actors: ['Microsoft'] });
    expect(dataset.events[0]!.from).toBe(Date.UTC(2026, 3, 27));
  });

  it('a column named exactly wins over one that means the same, and the other is said to be ignored', () => {
    const { dataset, problems } = parseCsvDataset('Date,Start,Title\n2020-01-01,2026-04-27,Amended\n', 'a.csv');
    expect(dataset.events[0]!.from).toBe(Date.UTC(2026, 3, 27));
    expect(problems.map((p) => [p.level, p.where, p.message])).toEqual([
      ['warning', 'line 1, column 1', 'column "Date" would also be read as "start", which is read from "Start"; it was ignored'],
    ]);
  });

  it('ignores blank rows and columns after the table, and says when a row holds more than the header names', () => {
    const text = 'start,title,,\r\n2026-04-27,Amended,,\r\n,,,\r\n2026-04-28,AWS event\r\n2026-04-29,Third,extra\r\n\r\n,,\r\n';
    const { dataset, problems } = parseCsvDataset(text, 'a.csv');
    expect(dataset.events.map((e) => e.title)).toEqual(['Amended', 'AWS event', 'Third']);
    expect(problems.map((p) => [p.where, p.message])).toEqual([['row 4 (line 5)', 'has 3 cells; the header has 2']]);
  });

  it('a TimelineJS sheet’s headers in any case and spacing', () => {
    const text =
      'YEAR,month,Day,End_Year,End Month,End Day,HEADLINE,Text,Media,Media credit,Media Caption,Type,Group\n2019,7,22,,,,Microsoft invests,$1 billion,,,,,Microsoft\n';
    const { dataset, problems } = parseCsvDataset(text, 'sheet.csv');
    expect(problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(dataset.events[0]).toMatchObject({ title: 'Microsoft invests', summary: '$1 billion' });
    expect(dataset.events[0]!.from).toBe(Date.UTC(2019, 6, 22));
  });

  it('a TimelineJS sheet’s Time and End Time columns give the time of day', () => {
    const text =
      'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Headline\n2026,4,27,2:30 PM,2026,4,27,16:05,Press conference\n2026,4,28,,,,,,Next day\n';
    const { dataset, problems } = parseCsvDataset(text, 'sheet.csv');
    expect(problems).toEqual([]);
    expect(dataset.events[0]!.start).toMatchObject({ start: Date.UTC(2026, 3, 27, 14, 30), precision: 'minute' });
    expect(dataset.events[0]!.end).toMatchObject({ start: Date.UTC(2026, 3, 27, 16, 5), precision: 'minute' });
    expect(dataset.events[1]!.start.precision).toBe('day');
  });

  it('a first row with words and no date introduces the table: its title names the timeline, its summary describes it', () => {
    const { dataset, problems } = parseCsvDataset('Headline,Date,Description\nOur story,,How it went\nAmended,2026-04-27,Terms change\nLater,soon,\n', 'a.csv');
    expect(dataset.title).toBe('Our story');
    expect(dataset.description).toBe('How it went');
    expect(dataset.events.map((e) => e.title)).toEqual(['Amended']);
    // Rows are still counted as the spreadsheet counts them.
    expect(problems.map((p) => p.where)).toEqual(['row 4 (line 4), column "Date"']);
  });
});
