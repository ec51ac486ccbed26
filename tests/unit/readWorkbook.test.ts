/** Excel workbooks opened directly (issue 20): the first sheet as CSV, read by the one CSV reader. */
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { workbookText } from '../../src/data/workbook/readWorkbook';
import { parseDataset } from '../../src/data/parseDataset';
import { fileText } from '../../src/cli/fileText';

const fixture = new Uint8Array(readFileSync(new URL('../fixtures/newsroom.xlsx', import.meta.url)));

describe('workbookText', () => {
  it('reads the first sheet as written by a spreadsheet program: strings, numbers, booleans, dates and times, empty rows kept', () => {
    expect(workbookText(fixture)!.split('\n')).toEqual([
      'Date,Headline,Text,Amount,Approx',
      '2019-07-22,Microsoft invests $1 billion,"In OpenAI, ""to build AGI""",1000000000,FALSE',
      '2026-04-27 14:30,Amended agreement,"Azure exclusivity ends; line two',
      'and more",,TRUE',
      'Nov 2025,AWS deal,"Café, Málaga — €38 billion",38000000000',
      '',
      '2030,AGI clause window',
    ]);
  });

  it('loads as a dataset, each problem on the sheet’s own row', () => {
    const { dataset, problems } = parseDataset(workbookText(fixture)!, 'newsroom.xlsx');
    expect(dataset.events.map((e) => [e.title, e.start.precision])).toEqual([
      ['Microsoft invests $1 billion', 'day'],
      ['AWS deal', 'month'],
      ['Amended agreement', 'minute'],
      ['AGI clause window', 'year'],
    ]);
    expect(dataset.events.find((e) => e.title === 'Amended agreement')!.approx).toBe(true);
    // A bare number is no amount (it needs its currency): said on the sheet's own row, however many lines a cell above took.
    expect(problems.map((p) => p.where)).toEqual(['row 2 (line 2), column "Amount"', 'row 4 (line 5), column "Amount"']);
  });

  it('reads Excel’s own way of writing: shared strings with rich-text runs, custom date formats, the 1904 date system', () => {
    const xml = (s: string) => strToU8(s);
    const book = zipSync({
      'xl/workbook.xml': xml('<workbook><workbookPr date1904="1"/><sheets><sheet name="Timeline" sheetId="1" r:id="rId7"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': xml('<Relationships><Relationship Id="rId7" Target="worksheets/timeline.xml"/></Relationships>'),
      'xl/sharedStrings.xml': xml(
        '<sst><si><t>start</t></si><si><t>title</t></si><si><r><t>Caf</t></r><r><rPr><b/></rPr><t>é &amp; </t></r><r><t xml:space="preserve">co</t></r><rPh><t>カフェ</t></rPh></si></sst>',
      ),
      'xl/styles.xml': xml(
        '<styleSheet><numFmts><numFmt numFmtId="200" formatCode="d&quot; de &quot;mmmm yyyy"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="200"/></cellXfs></styleSheet>',
      ),
      'xl/worksheets/timeline.xml': xml(
        '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" s="1"><v>44677</v></c><c r="C2" t="s"><v>2</v></c><c r="B2" t="str"><v>x</v></c></row></sheetData></worksheet>',
      ),
    });
    expect(workbookText(book)).toBe('start,title\n2026-04-27,x,Café & co');
  });

  it('declines what is not a workbook it can read, so the one-line "save as CSV" answer stays', () => {
    expect(workbookText(strToU8('id,start,title'))).toBeNull();
    expect(workbookText(zipSync({ 'content.xml': strToU8('<office:document/>') }))).toBeNull();
    const { problems } = parseDataset(fileText(readFileSync(new URL('../fixtures/chronology.xlsx', import.meta.url))), 'chronology.xlsx');
    expect(problems.length).toBeGreaterThan(0);
  });
});
