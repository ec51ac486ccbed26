/**
 * A CSV dataset (one event a row; columns id,start,end,title,summary,actors,category,sources,related,
 * header names in any case; lists separated by ";") becomes the same raw dataset as JSON, and goes
 * through the same validation. Problems are reported by row and column.
 */
import { readCsv, type CsvRow } from './csv';
import { fromTimelineJs } from './parseTimelineJs';
import { emptyDataset, validateDataset } from '../validate';
import { placed, problem, say, type Said } from '../problems';
import type { ParseResult, Problem, RecordPath } from '../types';

/** The validator's problem, placed in the file instead ("events[3] › start" becomes a row and column). */
const relocate = (p: Problem, place: Said): Problem => placed({ level: p.level, source: p.source, said: p.said, at: p.at }, place);

const LIST_COLUMNS = new Set(['actors', 'related', 'sources']);
const KNOWN = ['id', 'start', 'end', 'title', 'summary', 'actors', 'category', 'sources', 'related', 'disputed', 'approx', 'qualifier'];

export function parseCsvDataset(text: string, source: string): ParseResult {
  const { rows, problems: syntax } = readCsv(text);
  const problems: Problem[] = syntax.map((p) => problem('error', source, say('lineColumn', p.line, p.column), p.said));
  const [header, ...body] = rows;
  if (!header) {
    problems.push(problem('error', source, say('line', 1), say('emptyCsv')));
    return { dataset: emptyDataset(), problems };
  }
  const columns = header.cells.map((c) => c.trim().toLowerCase());
  if (columns.includes('year') && columns.includes('headline')) return timelineJsSheet(columns, body, source, problems);
  for (const required of ['start', 'title']) {
    if (!columns.includes(required)) problems.push(problem('error', source, say('line', header.line), say('missingColumn', required, columns.join(', '))));
  }
  columns.forEach((c, i) => {
    if (c && !KNOWN.includes(c)) problems.push(problem('warning', source, say('lineColumn', header.line, i + 1), say('unknownColumn', header.cells[i]!)));
  });

  const actors = new Set<string>();
  const categories = new Set<string>();
  const events = body.map((row, n) => {
    if (row.cells.length !== columns.length) {
      problems.push(problem('warning', source, say('row', n + 2, row.line), say('cellCount', row.cells.length, columns.length)));
    }
    const raw: Record<string, unknown> = {};
    columns.forEach((column, i) => {
      const value = (row.cells[i] ?? '').trim();
      if (!KNOWN.includes(column) || value === '') return;
      if (LIST_COLUMNS.has(column)) {
        const items = value
          .split(';')
          .map((v) => v.trim())
          .filter(Boolean);
        raw[column] = column === 'sources' ? items.map(sourceFrom) : items;
      } else if (column === 'approx') raw.approx = /^(true|yes|1|y)$/i.test(value);
      else raw[column] = value;
    });
    if (raw.id === undefined) raw.id = `row-${n + 2}`;
    for (const a of (raw.actors as string[] | undefined) ?? []) actors.add(a);
    if (typeof raw.category === 'string') categories.add(raw.category);
    return raw;
  });

  const result = validateDataset(
    { title: source.replace(/\.csv$/i, ''), actors: [...actors].map((id) => ({ id })), categories: [...categories].map((id) => ({ id })), events },
    source,
  );
  // Say where in the file: events[3]'s start becomes "row 5 (line 6), column "start"" (a record known
  // by id only, after sorting, is found by its id).
  const rowOf = rowFinder(events);
  const located = result.problems.map((p) => {
    const index = p.at?.list === 'events' ? rowOf(p.at) : undefined;
    if (index === undefined) return p;
    const row = body[index]!;
    const column = p.at!.field?.split('.')[0];
    return relocate(p, column ? say('rowColumn', index + 2, row.line, column) : say('row', index + 2, row.line));
  });
  return { dataset: result.dataset, problems: [...problems, ...located] };
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
    else if (type === 'era') eras.push({ start_date: sheetDate(at, ''), end_date: sheetDate(at, 'end '), text });
    else {
      const media =
        at('media') || at('media credit') || at('media caption') ? { url: at('media'), credit: at('media credit'), caption: at('media caption') } : undefined;
      events.push({
        start_date: sheetDate(at, ''),
        end_date: sheetDate(at, 'end '),
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
