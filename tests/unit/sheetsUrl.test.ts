/** Google Sheets links as people copy them become the address of their CSV (issue 20). */
import { describe, expect, it } from 'vitest';
import { isSheetsUrl, sheetsCsvUrl } from '../../src/data/sheetsUrl';

const ID = '1AbC-dEf_123';
const PUB = '2PACX-1vQx_Yz-0';

describe('a Google Sheets link', () => {
  it.each([
    [`https://docs.google.com/spreadsheets/d/${ID}/edit?usp=sharing`, `https://docs.google.com/spreadsheets/d/${ID}/export?format=csv`],
    [`https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`, `https://docs.google.com/spreadsheets/d/${ID}/export?format=csv&gid=0`],
    [`https://docs.google.com/spreadsheets/d/${ID}/edit?gid=42#gid=42`, `https://docs.google.com/spreadsheets/d/${ID}/export?format=csv&gid=42`],
    [`https://docs.google.com/spreadsheets/d/${ID}/view`, `https://docs.google.com/spreadsheets/d/${ID}/export?format=csv`],
    [`https://docs.google.com/spreadsheets/d/${ID}`, `https://docs.google.com/spreadsheets/d/${ID}/export?format=csv`],
    [`https://docs.google.com/spreadsheets/d/${ID}/export?format=xlsx`, `https://docs.google.com/spreadsheets/d/${ID}/export?format=csv`],
    [`https://docs.google.com/spreadsheets/d/e/${PUB}/pubhtml`, `https://docs.google.com/spreadsheets/d/e/${PUB}/pub?output=csv`],
    [
      `https://docs.google.com/spreadsheets/d/e/${PUB}/pubhtml?gid=7&single=true`,
      `https://docs.google.com/spreadsheets/d/e/${PUB}/pub?gid=7&single=true&output=csv`,
    ],
    [`https://docs.google.com/spreadsheets/d/e/${PUB}/pub?output=html`, `https://docs.google.com/spreadsheets/d/e/${PUB}/pub?output=csv`],
  ])('%s → its CSV', (link, csv) => expect(sheetsCsvUrl(link)).toBe(csv));

  it.each([
    [`https://docs.google.com/spreadsheets/d/${ID}/export?format=csv&gid=3`],
    [`https://docs.google.com/spreadsheets/d/e/${PUB}/pub?output=csv`],
    ['https://docs.google.com/document/d/xyz/edit'],
    ['https://example.org/spreadsheets/d/abc/edit'],
    ['https://example.org/data.csv'],
    ['not a url'],
  ])('%s is left as it is', (link) => expect(sheetsCsvUrl(link)).toBeNull());

  it('is known as a sheet, so its file name ("pub") is not taken for a title', () => {
    expect(isSheetsUrl(`https://docs.google.com/spreadsheets/d/e/${PUB}/pub?output=csv`)).toBe(true);
    expect(isSheetsUrl('https://example.org/pub')).toBe(false);
    expect(isSheetsUrl('::')).toBe(false);
  });
});
