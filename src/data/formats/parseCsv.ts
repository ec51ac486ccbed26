/**
 * A CSV dataset becomes the same record as JSON, and goes through the same validation; problems are
 * reported by row and column. It reads Chronicle's one-sheet layout (sheetLayout.ts: a `type` column
 * says which rows are the title, settings, periods, actors, categories, sources and steps) and any
 * table of events: headers in any case, with or without spaces and accents, or as other chronologies
 * name them (SYNONYMS); a TimelineJS3 spreadsheet goes to its own reader (timelineJsSheet.ts).
 */
import { readCsv, type CsvRow } from './csv';
import { readSheet } from './readSheet';
import { readDate } from './readDate';
import { timelineJsSheet } from './timelineJsSheet';
import { isSheetColumn, ROW_TYPES, SHEET_COLUMNS, type SheetColumn } from './sheetLayout';
import { headerKey, type ColumnChoice } from '../columnChoice';
import { emptyDataset } from '../validate';
import { problem, say } from '../problems';
import type { ParseResult, Problem } from '../types';

export { headerKey } from '../columnChoice';

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
  what: 'title',
  text: 'summary',
  description: 'summary',
  desc: 'summary',
  body: 'summary',
  details: 'summary',
  notes: 'summary',
  note: 'summary',
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

interface Header {
  /** Each column's field; null: not read. */
  fields: (SheetColumn | null)[];
  problems: Problem[];
  unsure: Unsure[];
}

/**
 * A column whose reading is worth asking the reader about: not read though it holds something, either
 * unknown or (`taken`) a second column for a field another column gives.
 */
export interface Unsure {
  column: number;
  taken?: SheetColumn;
}

/**
 * Each column's field, and the problems of the header: columns not read, and why. The reader's choice
 * (columnChoice.ts) comes first, then columns named as Chronicle names them, then synonyms.
 */
function readHeader(header: CsvRow, body: CsvRow[], source: string, choice: ColumnChoice = {}): Header {
  const keys = header.cells.map(headerKey);
  const problems: Problem[] = [];
  // A choice naming no column of the layout (a link written by hand) is said, and the header read as if unchosen.
  const chosen = keys.map((k, i) => {
    const field = k === '' || !Object.hasOwn(choice, k) ? undefined : choice[k];
    if (typeof field === 'string' && !isSheetColumn(field))
      problems.push(problem('warning', source, say('lineColumn', header.line, i + 1), say('unknownColumn', field)));
    return field === null || (field !== undefined && isSheetColumn(field));
  });
  const fields: (SheetColumn | null)[] = keys.map((k, i) => (chosen[i] ? (choice[k] as SheetColumn | null) : null));
  const unsure: Unsure[] = [];
  const reported = new Set<number>();
  const holdsSomething = (i: number) => body.some((row) => (row.cells[i] ?? '').trim() !== '');
  const notRead = (i: number, said: ReturnType<typeof say>, taken?: SheetColumn) => {
    problems.push(problem('warning', source, say('lineColumn', header.line, i + 1), said));
    reported.add(i);
    if (!chosen[i] && holdsSomething(i)) unsure.push(taken ? { column: i, taken } : { column: i });
  };
  // A second column for a field is not read: say which one is.
  const claim = (i: number, field: SheetColumn) => {
    const by = fields.indexOf(field);
    if (by < 0 || by === i) fields[i] = field;
    else notRead(i, say('sameColumn', header.cells[i]!, field, header.cells[by]!), field);
  };
  chosen.forEach((was, i) => {
    const field = fields[i];
    if (was && field) {
      fields[i] = null;
      claim(i, field);
    }
  });
  keys.forEach((k, i) => {
    const known = KNOWN.get(k);
    if (!chosen[i] && known) claim(i, known);
  });
  // A "Type" column that mostly says "battle" or "treaty" sorts events, as a category does; it does not type rows.
  const typeAt = fields.indexOf('type');
  if (typeAt >= 0 && !chosen[typeAt]) {
    const values = body.map((row) => (row.cells[typeAt] ?? '').trim().toLowerCase()).filter(Boolean);
    const typing = values.filter((v) => (ROW_TYPES as readonly string[]).includes(v)).length;
    if (values.length - typing > typing) fields[typeAt] = fields.includes('category') ? null : 'category';
  }
  keys.forEach((key, i) => {
    if (chosen[i] || fields[i] !== null || key === '' || reported.has(i)) return;
    const field = SYNONYMS[key] ?? (i === typeAt ? 'category' : undefined);
    if (field === undefined) notRead(i, say('unknownColumn', header.cells[i]!));
    else claim(i, field);
  });
  return { fields, problems, unsure };
}

/** What a CSV's columns were read as, for the Open dialog's column step. */
export interface ColumnGuess {
  /** The headers, as the file writes them. */
  header: string[];
  fields: (SheetColumn | null)[];
  /** The first rows' cells, so the reader sees what each column holds. */
  samples: string[][];
  /** The columns every event needs that no header gives. */
  missing: ('start' | 'title')[];
  unsure: Unsure[];
  /**
   * What the cells suggest for a missing date or title, for the step to start from (never applied
   * unasked): the first unread column whose cells all read as dates, and the first with words.
   */
  suggested: { [header: string]: SheetColumn };
}

const GUESS_FROM = 64 * 1024;

/**
 * How Chronicle reads this CSV's columns, with the reader's choice applied: a guess is safe when it
 * has nothing missing and nothing unsure. Null when there is no header, or when the file is a
 * TimelineJS sheet, whose columns are its template's.
 */
export function guessColumns(text: string, choice: ColumnChoice = {}): ColumnGuess | null {
  // The first rows tell what the columns hold; a whole large file is read only to be loaded.
  const cut = text.length > GUESS_FROM ? text.slice(0, text.lastIndexOf('\n', GUESS_FROM) + 1 || GUESS_FROM) : text;
  const [header, ...body] = readCsv(cut.charCodeAt(0) === 0xfeff ? cut.slice(1) : cut).rows;
  if (!header) return null;
  const keys = header.cells.map(headerKey);
  if (Object.keys(choice).length === 0 && isTimelineJsSheet(keys)) return null;
  const width = widthOf(keys);
  const { fields, unsure } = readHeader(header, body, '', choice);
  return {
    header: header.cells.slice(0, width).map((c) => c.trim()),
    fields: fields.slice(0, width),
    samples: body.slice(0, 3).map((row) => header.cells.slice(0, width).map((_, i) => (row.cells[i] ?? '').trim())),
    missing: (['start', 'title'] as const).filter((f) => !fields.includes(f)),
    unsure,
    suggested: suggest(keys.slice(0, width), body.slice(0, 20), fields),
  };
}

function suggest(keys: string[], rows: CsvRow[], fields: (SheetColumn | null)[]): ColumnGuess['suggested'] {
  const suggested: { [header: string]: SheetColumn } = {};
  const cells = (i: number) => rows.map((row) => (row.cells[i] ?? '').trim()).filter(Boolean);
  // Either day order will do: the question is only whether these are dates.
  const dated = (i: number) => cells(i).length > 0 && cells(i).every((c) => readDate(c, 'dmy').ok);
  const open = keys.map((_, i) => i).filter((i) => keys[i] && fields[i] === null);
  const start = fields.includes('start') ? undefined : open.find(dated);
  if (start !== undefined) suggested[keys[start]!] = 'start';
  const title = fields.includes('title') ? undefined : open.find((i) => i !== start && !dated(i) && cells(i).some((c) => /\p{L}/u.test(c)));
  if (title !== undefined) suggested[keys[title]!] = 'title';
  return suggested;
}

const isTimelineJsSheet = (keys: string[]) => keys.includes('year') && keys.includes('headline');

/** Blank columns after the last named one (a spreadsheet's untouched cells) are not columns. */
function widthOf(keys: string[]): number {
  let width = keys.length;
  while (width > 0 && keys[width - 1] === '') width--;
  return width;
}

/** A CSV dataset, its columns read as `choice` says where the reader chose (the Open dialog's column step, or a link's `columns=`). */
export function parseCsvDataset(text: string, source: string, choice: ColumnChoice = {}): ParseResult {
  const { rows, problems: syntax } = readCsv(text);
  const problems: Problem[] = syntax.map((p) => problem('error', source, say('lineColumn', p.line, p.column), p.said));
  const [header, ...body] = rows;
  if (!header) {
    problems.push(problem('error', source, say('line', 1), say('emptyCsv')));
    return { dataset: emptyDataset(), problems };
  }
  const keys = header.cells.map(headerKey);
  if (Object.keys(choice).length === 0 && isTimelineJsSheet(keys)) return timelineJsSheet(keys, body, source, problems);
  const { fields, problems: headerProblems } = readHeader(header, body, source, choice);
  const width = widthOf(keys);
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
