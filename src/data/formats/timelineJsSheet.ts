/**
 * A TimelineJS3 spreadsheet exported as CSV (Year, Month, Day, Time, End Year, …, Display Date,
 * Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type, Group, Background): its
 * rows are TimelineJS3's JSON written as a table, so they become that JSON and take the importer's one
 * mapping (parseTimelineJs.ts): the "title" row the title, "era" rows periods, the rest events.
 * Problems are placed on the row's line.
 */
import { mediaReader } from '../media/readMedia';
import type { CsvRow } from './csv';
import { fromTimelineJs } from './parseTimelineJs';
import { validateDataset } from '../validate';
import { placed, say, type Said } from '../problems';
import type { ParseResult, Problem, RecordPath } from '../types';

/** The validator's problem, placed in the file instead ("events[3] › start" becomes a row and column). */
export const relocate = (p: Problem, place: Said): Problem => placed({ level: p.level, source: p.source, said: p.said, at: p.at }, place);

/** The place in the file's records of the record a path names: by its index, or by its id. */
export function rowFinder(records: readonly unknown[]): (at: RecordPath) => number | undefined {
  let byId: Map<unknown, number> | null = null;
  return (at) => {
    if (at.index !== undefined) return at.index < records.length ? at.index : undefined;
    byId ??= new Map(records.map((r, k) => [(r as { id?: unknown }).id, k]));
    return byId.get(at.id);
  };
}

/** The spreadsheet's date columns ("Year", "Month", "Day", or "End Year", …) as TimelineJS3's date object. */
const sheetDate = (at: (name: string) => string, prefix: string) => {
  const year = at(`${prefix}year`);
  const time = at(`${prefix}time`);
  return year ? { year, month: at(`${prefix}month`), day: at(`${prefix}day`), ...(time ? { time } : {}) } : undefined;
};

export function timelineJsSheet(columns: string[], body: CsvRow[], source: string, problems: Problem[]): ParseResult {
  const cellsOf = (row: CsvRow) => (name: string) => (row.cells[columns.indexOf(name)] ?? '').trim();
  let title: Record<string, unknown> | undefined;
  const eras: Record<string, unknown>[] = [];
  const events: Record<string, unknown>[] = [];
  const lines: number[] = [];
  for (const row of body) {
    const at = cellsOf(row);
    const type = at('type').toLowerCase();
    const text = { headline: at('headline'), text: at('text') };
    const media = at('media')
      ? { url: at('media'), credit: at('mediacredit'), caption: at('mediacaption'), alt: at('mediaalt') || at('alttext'), thumbnail: at('mediathumbnail') }
      : at('mediacredit') || at('mediacaption')
        ? { credit: at('mediacredit'), caption: at('mediacaption') }
        : undefined;
    // TimelineJS's Background column: a colour or a picture's address.
    const background = at('background') ? (/^(https?:|\/\/)/i.test(at('background')) ? { url: at('background') } : { color: at('background') }) : undefined;
    if (type === 'title') title = { text, ...(media ? { media } : {}), ...(background ? { background } : {}) };
    else if (type === 'era') eras.push({ start_date: sheetDate(at, ''), end_date: sheetDate(at, 'end'), text });
    else {
      events.push({
        start_date: sheetDate(at, ''),
        end_date: sheetDate(at, 'end'),
        text,
        ...(at('group') ? { group: at('group') } : {}),
        ...(media ? { media } : {}),
        ...(background ? { background } : {}),
        ...(at('displaydate') ? { display_date: at('displaydate') } : {}),
      });
      lines.push(row.line);
    }
  }
  const raw = fromTimelineJs({ ...(title ? { title } : {}), events, eras });
  // A sheet without a title row is called by its file name, as a plain CSV is.
  if (!title) raw.title = source.replace(/\.csv$/i, '');
  const result = validateDataset(raw, source, undefined, mediaReader);
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
  media: 'Media',
  displayDate: 'Display Date',
};
