/**
 * A CSV dataset becomes the same record as JSON, and goes through the same validation; problems are
 * reported by row and column. It reads Chronicle's one-sheet layout (sheetLayout.ts: a `type` column
 * says which rows are the title, settings, periods, actors, categories, sources and steps) and any
 * table of events: headers in any case, with or without spaces and accents, or as other chronologies
 * name them (SYNONYMS); a TimelineJS3 spreadsheet goes to its own reader (timelineJsSheet.ts).
 */
import { readCsv, type CsvRow } from './csv';
import { readSheet } from './readSheet';
import { timelineJsSheet } from './timelineJsSheet';
import { ROW_TYPES, SHEET_COLUMNS, type SheetColumn } from './sheetLayout';
import { emptyDataset } from '../validate';
import { problem, say } from '../problems';
import type { ParseResult, Problem } from '../types';

/** A header as compared: case, spaces, underscores, dashes and accents aside ("Start_Date", "start date" → "startdate"). */
export const headerKey = (cell: string): string =>
  cell
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_.-]+/g, '');

/** Each of Chronicle's columns by its header key ("quote by" → "quoteby"). */
const KNOWN = new Map<string, SheetColumn>(SHEET_COLUMNS.map((c) => [headerKey(c), c]));

/**
 * What other chronologies call Chronicle's columns (by headerKey). A column named exactly wins over
 * one that only means the same; of two synonyms, the first from the left.
 */
const SYNONYMS: Record<string, SheetColumn> = {
  date: 'start',
  when: 'start',
  year: 'start',
  startdate: 'start',
  from: 'start',
  begin: 'start',
  begins: 'start',
  enddate: 'end',
  until: 'end',
  to: 'end',
  ends: 'end',
  headline: 'title',
  label: 'title',
  name: 'title',
  event: 'title',
  text: 'summary',
  description: 'summary',
  desc: 'summary',
  body: 'summary',
  details: 'summary',
  group: 'category',
  era: 'category',
  tag: 'category',
  tags: 'category',
  actor: 'actors',
  who: 'actors',
  people: 'actors',
  parties: 'actors',
  source: 'sources',
  references: 'sources',
  link: 'url',
  image: 'media',
  photo: 'media',
  picture: 'media',
  video: 'media',
  credit: 'media credit',
  caption: 'media caption',
  alt: 'media alt',
  alttext: 'media alt',
  thumbnail: 'media thumbnail',
  colour: 'color',
  amount: 'amounts',
  quotes: 'quote',
};

/** Each column's field (null: not read), and the problems of the header: columns not read, and why. */
function readHeader(header: CsvRow, body: CsvRow[], source: string): { fields: (SheetColumn | null)[]; problems: Problem[] } {
  const keys = header.cells.map(headerKey);
  const fields: (SheetColumn | null)[] = keys.map((k) => KNOWN.get(k) ?? null);
  // A "Type" column that mostly says "battle" or "treaty" sorts events, as a category does; it does not type rows.
  const typeAt = fields.indexOf('type');
  if (typeAt >= 0) {
    const values = body.map((row) => (row.cells[typeAt] ?? '').trim().toLowerCase()).filter(Boolean);
    const typing = values.filter((v) => (ROW_TYPES as readonly string[]).includes(v)).length;
    if (values.length - typing > typing) fields[typeAt] = fields.includes('category') ? null : 'category';
  }
  const problems: Problem[] = [];
  keys.forEach((key, i) => {
    if (fields[i] !== null || key === '') return;
    const field = SYNONYMS[key] ?? (i === typeAt ? 'category' : undefined);
    const by = field === undefined ? -1 : fields.indexOf(field);
    if (field !== undefined && by < 0) fields[i] = field;
    else
      problems.push(
        problem(
          'warning',
          source,
          say('lineColumn', header.line, i + 1),
          field === undefined ? say('unknownColumn', header.cells[i]!) : say('sameColumn', header.cells[i]!, field, header.cells[by]!),
        ),
      );
  });
  return { fields, problems };
}

export function parseCsvDataset(text: string, source: string): ParseResult {
  const { rows, problems: syntax } = readCsv(text);
  const problems: Problem[] = syntax.map((p) => problem('error', source, say('lineColumn', p.line, p.column), p.said));
  const [header, ...body] = rows;
  if (!header) {
    problems.push(problem('error', source, say('line', 1), say('emptyCsv')));
    return { dataset: emptyDataset(), problems };
  }
  const keys = header.cells.map(headerKey);
  if (keys.includes('year') && keys.includes('headline')) return timelineJsSheet(keys, body, source, problems);
  const { fields, problems: headerProblems } = readHeader(header, body, source);
  // Blank columns after the last named one (a spreadsheet's untouched cells) are not columns.
  let width = keys.length;
  while (width > 0 && keys[width - 1] === '') width--;
  for (const required of ['start', 'title'] as const) {
    if (!fields.includes(required)) {
      const named = header.cells.slice(0, width).map((c) => c.trim());
      problems.push(problem('error', source, say('line', header.line), say('missingColumn', required, named.join(', '))));
    }
  }
  // Missing columns first: they explain the most.
  problems.push(...headerProblems);
  const result = readSheet({ header, body, fields, width, source });
  return { dataset: result.dataset, problems: [...problems, ...result.problems] };
}
