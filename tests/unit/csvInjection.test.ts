/** CSV export against formula injection, as OWASP's "CSV Injection" page advises, and the way back in. */
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/parseDataset';
import { csvCell, readCsv } from '../../src/data/formats/csv';
import { validateDataset } from '../../src/data/validate';
import { datasetToCsv } from '../../src/export/toCsv';

describe('csvCell', () => {
  it.each([
    ['Plain title', 'Plain title'],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1 555 0100', '"\'+1 555 0100"'],
    ['-2+3', '"\'-2+3"'],
    ['@SUM(A1)', '"\'@SUM(A1)"'],
    ['\t=1+1', '"\'\t=1+1"'],
    ['\r=1+1', '"\'\r=1+1"'],
    ['\n=1+1', '"\'\n=1+1"'],
    ['   =1+1', '"\'   =1+1"'],
    // A separator could start a new cell whose first character is a trigger: such cells are quoted.
    ['a,=1+1', '"a,=1+1"'],
    ['a;=1+1', '"a;=1+1"'],
    ['line one\nline two', '"line one\nline two"'],
    ['say "hi"', '"say ""hi"""'],
    ["it's", `"it's"`],
    ['a\tb', '"a\tb"'],
    // Not at the start: text as it is.
    ['1 = 1', '1 = 1'],
    ['2026-04-27', '2026-04-27'],
    ['', ''],
  ])('%j → %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });
});

describe('an exported CSV read back', () => {
  it('has the same titles, summaries and ids as before the guard', () => {
    const titles = ['=cmd|" /C calc"!A0', '-30% in shares', '+ a plus', '@handle says', 'Normal, with a comma; and a semicolon'];
    const { dataset } = validateDataset(
      { events: titles.map((title, i) => ({ id: i === 1 ? '-dash-id' : `e${i}`, start: `202${i}`, title, summary: `=${title}`, actors: ['=a', 'b'] })) },
      'x.json',
    );
    const csv = datasetToCsv(dataset, dataset.events);
    // Every cell that starts a line or follows a comma is safe: no trigger at a cell's start.
    for (const row of readCsvRaw(csv)) for (const cell of row) expect(cell).not.toMatch(/^ *[=+\-@\t\r\n]/);
    const back = parseDataset(csv, 'back.csv');
    expect(back.problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(back.dataset.events.map((e) => e.title).sort()).toEqual([...titles].sort());
    expect(back.dataset.events.map((e) => e.summary).sort()).toEqual(titles.map((t) => `=${t}`).sort());
    expect(back.dataset.events.map((e) => e.id)).toContain('-dash-id');
    expect(back.dataset.events[0]!.actors).toEqual(['=a', 'b']);
    expect(back.dataset.actors.map((a) => a.id)).toEqual(['=a', 'b']);
  });

  it('an apostrophe that guards nothing is kept', () => {
    expect(readCsv("id,title\n'quoted',it's\n").rows[1]!.cells).toEqual(["'quoted'", "it's"]);
  });
});

/** Cells as written, quotes removed but no apostrophe dropped. */
function readCsvRaw(csv: string): string[][] {
  return csv
    .trim()
    .split('\r\n')
    .map((line) =>
      line
        .match(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)!
        .filter((c) => c !== '')
        .map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '')),
    );
}
