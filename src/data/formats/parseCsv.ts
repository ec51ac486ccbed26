/**
 * A CSV dataset (one event a row; columns id,start,end,title,summary,actors,category,sources,related,
 * header names in any case, with or without spaces and accents, or as other chronologies name them
 * (SYNONYMS); lists separated by ";") becomes the same raw dataset as JSON, and goes through the same
 * validation. Problems are reported by row and column.
 */
import { readCsv, type CsvRow } from './csv';
import { fromTimelineJs } from './parseTimelineJs';
import { orderShown, readDate, type DayOrder } from './readDate';
import { emptyDataset, validateDataset } from '../validate';
import { placed, problem, say, type Said } from '../problems';
import type { ParseResult, Problem, RecordPath } from '../types';

/** The validator's problem, placed in the file instead ("events[3] › start" becomes a row and column). */
const relocate = (p: Problem, place: Said): Problem => placed({ level: p.level, source: p.source, said: p.said, at: p.at }, place);

const LIST_COLUMNS = new Set(['actors', 'related', 'sources']);
const KNOWN = ['id', 'start', 'end', 'title', 'summary', 'actors', 'category', 'sources', 'related', 'disputed', 'approx', 'qualifier'];

/** A header as compared: case, spaces, underscores, dashes and accents aside ("Start_Date", "start date" → "startdate"). */
export const headerKey = (cell: string): string =>
  cell
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_.-]+/g, '');

/**
 * What other chronologies call Chronicle's columns (by headerKey). A column named exactly wins over
 * one that only means the same; of two synonyms, the first from the left.
 */
const SYNONYMS: Record<string, string> = {
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
  link: 'sources',
  url: 'sources',
  references: 'sources',
};

/** Each column's field (null: not read), and the problems of the header: columns not read, and why. */
function readHeader(header: CsvRow, source: string): { fields: (string | null)[]; problems: Problem[] } {
  const keys = header.cells.map(headerKey);
  const fields: (string | null)[] = keys.map((k) => (KNOWN.includes(k) ? k : null));
  const problems: Problem[] = [];
  keys.forEach((key, i) => {
    if (fields[i] !== null || key === '') return;
    const field = SYNONYMS[key];
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
  const { fields, problems: headerProblems } = readHeader(header, source);
  // Blank columns after the last named one (a spreadsheet's untouched cells) are not columns.
  let width = keys.length;
  while (width > 0 && keys[width - 1] === '') width--;
  for (const required of ['start', 'title']) {
    if (!fields.includes(required)) {
      const named = header.cells.slice(0, width).map((c) => c.trim());
      problems.push(problem('error', source, say('line', header.line), say('missingColumn', required, named.join(', '))));
    }
  }
  // Missing columns first: they explain the most.
  problems.push(...headerProblems);

  const actors = new Set<string>();
  const categories = new Set<string>();
  // The column's day order, if any of its numeric dates can be read only one way (orderShown).
  const dateColumns = fields.flatMap((f, i) => (f === 'start' || f === 'end' ? [i] : []));
  // A first row with words and no date introduces the table (as TimelineJS's title row does): its title
  // names the timeline, its summary describes it.
  const cell = (row: CsvRow, field: string) => (row.cells[fields.indexOf(field)] ?? '').trim();
  const intro = body[0] && !cell(body[0], 'start') && !cell(body[0], 'end') && (cell(body[0], 'title') || cell(body[0], 'summary')) ? body[0] : null;
  const data = intro ? body.slice(1) : body;
  /** Row numbers count the header as row 1, as a spreadsheet's do. */
  const first = intro ? 3 : 2;
  const order = columnOrder(data.flatMap((row) => dateColumns.map((i) => row.cells[i] ?? '')));
  /** Cells already reported here ("3:start"): the validator's word on them would say the same again. */
  const reported = new Set<string>();
  const events = data.map((row, n) => {
    // Fewer cells are empty ones; more are a problem only when they hold something.
    let used = row.cells.length;
    while (used > width && (row.cells[used - 1] ?? '').trim() === '') used--;
    if (used > width) problems.push(problem('warning', source, say('row', n + first, row.line), say('cellCount', used, width)));
    const raw: Record<string, unknown> = {};
    fields.forEach((column, i) => {
      const value = (row.cells[i] ?? '').trim();
      if (column === null || value === '') return;
      if (LIST_COLUMNS.has(column)) {
        const items = value
          .split(';')
          .map((v) => v.trim())
          .filter(Boolean);
        raw[column] = column === 'sources' ? items.map(sourceFrom) : items;
      } else if (column === 'approx') raw.approx = /^(true|yes|1|y)$/i.test(value);
      else if ((column === 'start' || column === 'end') && !ISO_DATE.test(value)) {
        const date = readDate(value, order);
        if (date.ok) {
          raw[column] = date.start;
          // A range in one cell ("1939–1945") is the end too, unless the row has its own.
          if (date.end && column === 'start' && !fields.some((f, k) => f === 'end' && (row.cells[k] ?? '').trim())) raw.end = date.end;
        } else {
          raw[column] = value;
          reported.add(`${n}:${column}`);
          const said = date.ambiguous ? say('dateAmbiguous', value, ...date.ambiguous) : say('dateUnread', value);
          problems.push(problem('error', source, say('rowColumn', n + first, row.line, column), said));
        }
      } else raw[column] = value;
    });
    if (raw.id === undefined) raw.id = `row-${n + first}`;
    for (const a of (raw.actors as string[] | undefined) ?? []) actors.add(a);
    if (typeof raw.category === 'string') categories.add(raw.category);
    return raw;
  });

  const result = validateDataset(
    {
      title: (intro && cell(intro, 'title')) || source.replace(/\.csv$/i, ''),
      ...(intro && cell(intro, 'summary') ? { description: cell(intro, 'summary') } : {}),
      actors: [...actors].map((id) => ({ id })),
      categories: [...categories].map((id) => ({ id })),
      events,
    },
    source,
  );
  // Say where in the file: events[3]'s start becomes "row 5 (line 6), column "start"" (a record known
  // by id only, after sorting, is found by its id).
  const rowOf = rowFinder(events);
  const located = result.problems.flatMap((p) => {
    const index = p.at?.list === 'events' ? rowOf(p.at) : undefined;
    if (index === undefined) return [p];
    const row = data[index]!;
    const column = p.at!.field?.split('.')[0];
    if (column && reported.has(`${index}:${column}`)) return [];
    return [relocate(p, column ? say('rowColumn', index + first, row.line, column) : say('row', index + first, row.line))];
  });
  return { dataset: result.dataset, problems: [...problems, ...located] };
}

/** The dataset's own date form, passed through as written. */
const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** The day order the column's values settle: one way if some can only be read that way and none the other; else none. */
function columnOrder(values: string[]): DayOrder | null {
  const seen = new Set(values.map(orderShown).filter((o) => o !== null));
  return seen.size === 1 ? [...seen][0]! : null;
}

/** "Financial Times <https://ft.com/…>" or a bare URL become a named, linked source; anything else is a name. */
function sourceFrom(item: string): { name: string; url?: string } {
  const angled = /^(.*?)\s*<(https?:\/\/[^>]+)>$/.exec(item);
  if (angled) return { name: angled[1] || angled[2]!, url: angled[2] };
  if (/^https?:\/\//.test(item)) {
    try {
      return { name: new URL(item).hostname, url: item };
    } catch {
      return { name: item };
    }
  }
  return { name: item };
}

/** The place in the file's records of the record a path names: by its index, or by its id. */
function rowFinder(records: Record<string, unknown>[]): (at: RecordPath) => number | undefined {
  let byId: Map<unknown, number> | null = null;
  return (at) => {
    if (at.index !== undefined) return at.index < records.length ? at.index : undefined;
    byId ??= new Map(records.map((r, k) => [r.id, k]));
    return byId.get(at.id);
  };
}

/** The spreadsheet's date columns ("Year", "Month", "Day", or "End Year", …) as TimelineJS3's date object. */
const sheetDate = (at: (name: string) => string, prefix: string) => {
  const year = at(`${prefix}year`);
  return year ? { year, month: at(`${prefix}month`), day: at(`${prefix}day`) } : undefined;
};

/**
 * A TimelineJS3 spreadsheet exported as CSV (Year, Month, Day, End Year, …, Headline, Text, Media,
 * Media Credit, Media Caption, Group, Type): its rows are TimelineJS3's JSON written as a table, so they
 * become that JSON and take the importer's one mapping (formats/parseTimelineJs.ts): the "title" row
 * the title, "era" rows periods, the rest events. Problems are placed on the row's line.
 */
function timelineJsSheet(columns: string[], body: CsvRow[], source: string, problems: Problem[]): ParseResult {
  const cellsOf = (row: CsvRow) => (name: string) => (row.cells[columns.indexOf(name)] ?? '').trim();
  let title: Record<string, unknown> | undefined;
  const eras: Record<string, unknown>[] = [];
  const events: Record<string, unknown>[] = [];
  const lines: number[] = [];
  for (const row of body) {
    const at = cellsOf(row);
    const type = at('type').toLowerCase();
    const text = { headline: at('headline'), text: at('text') };
    if (type === 'title') title = { text };
    else if (type === 'era') eras.push({ start_date: sheetDate(at, ''), end_date: sheetDate(at, 'end'), text });
    else {
      const media =
        at('media') || at('mediacredit') || at('mediacaption') ? { url: at('media'), credit: at('mediacredit'), caption: at('mediacaption') } : undefined;
      events.push({
        start_date: sheetDate(at, ''),
        end_date: sheetDate(at, 'end'),
        text,
        ...(at('group') ? { group: at('group') } : {}),
        ...(media ? { media } : {}),
      });
      lines.push(row.line);
    }
  }
  const raw = fromTimelineJs({ ...(title ? { title } : {}), events, eras });
  // A sheet without a title row is called by its file name, as a plain CSV is.
  if (!title) raw.title = source.replace(/\.csv$/i, '');
  const result = validateDataset(raw, source);
  const rowOf = rowFinder(raw.events as Record<string, unknown>[]);
  const located = result.problems.map((p) => {
    const index = p.at?.list === 'events' ? rowOf(p.at) : undefined;
    if (index === undefined) return p;
    const field = p.at!.field?.split('.')[0];
    return relocate(p, field ? say('lineField', lines[index]!, SHEET_COLUMN[field] ?? field) : say('line', lines[index]!));
  });
  return { dataset: result.dataset, problems: [...problems, ...located] };
}

/** The spreadsheet's column for a field of the dataset, where the names differ. */
const SHEET_COLUMN: Record<string, string> = {
  start: 'Year/Month/Day',
  end: 'End Year/Month/Day',
  title: 'Headline',
  summary: 'Text',
  actors: 'Group',
  sources: 'Media',
};
