/**
 * A dataset record (data/toRecord.ts) as one sheet in Chronicle's layout (sheetLayout.ts): the title
 * row, the settings, the events, then the periods, steps, actors, categories and sources. The CSV
 * reader reads it back to the same record, field for field.
 */
import type { CitationRecord, DatasetRecord, EventRecord } from './toRecord';
import { csvCell } from './csv';
import { joinList, SHEET_COLUMNS, type SheetColumn } from './sheetLayout';

type Row = Partial<Record<SheetColumn, string>>;

export function sheetRows(record: DatasetRecord): string[][] {
  const rows: Row[] = [{ type: 'title', title: record.title, summary: record.description, ...mediaCells(record.media) }];
  if (record.locale) rows.push({ type: 'setting', id: 'locale', title: record.locale });
  if (record.dateOrder) rows.push({ type: 'setting', id: 'dateOrder', title: record.dateOrder });
  if (record.timeZone) rows.push({ type: 'setting', id: 'timeZone', title: record.timeZone });
  if (record.thumbnails) rows.push({ type: 'setting', id: 'thumbnails', title: 'yes' });
  rows.push(...record.events.map(eventRow));
  for (const p of record.periods)
    rows.push({
      type: 'period',
      id: p.id,
      start: p.start,
      end: p.end,
      title: p.title,
      summary: p.summary,
      sources: joinList((p.sources ?? []).map(citationCell)),
      ...mediaCells(p.media),
    });
  for (const id of record.steps ?? []) rows.push({ type: 'step', id });
  for (const a of record.actors) rows.push({ type: 'actor', id: a.id, title: a.label, color: a.color });
  for (const c of record.categories) rows.push({ type: 'category', id: c.id, title: c.label, color: c.color });
  for (const s of record.sources ?? []) rows.push({ type: 'source', id: s.id, start: s.date, title: s.name, summary: s.title, url: s.url, sources: s.via });
  return [[...SHEET_COLUMNS], ...rows.map((row) => SHEET_COLUMNS.map((column) => row[column] ?? ''))];
}

/**
 * The sheet as CSV, every cell guarded against spreadsheet formulas (csvCell); or, with a tab, as the
 * tab-separated text a spreadsheet takes from the clipboard or imports, its cells quoted only where
 * they hold a tab, a line break or a quote.
 */
export function sheetCsv(record: DatasetRecord, delimiter: ',' | '\t' = ','): string {
  const cell = delimiter === ',' ? csvCell : (value: string) => tsvCell(csvCell(value));
  return sheetRows(record)
    .map((row) => row.map(cell).join(delimiter))
    .join('\r\n')
    .concat('\r\n');
}

/** A CSV cell unquoted again where a tab-separated file needs no quotes. */
function tsvCell(csv: string): string {
  if (!csv.startsWith('"')) return csv;
  const inner = csv.slice(1, -1).replace(/""/g, '"');
  return /["\t\r\n]/.test(inner) ? csv : inner;
}

function eventRow(e: EventRecord): Row {
  const quotes = e.quotes ?? [];
  const column = (pick: (q: (typeof quotes)[number]) => string | undefined) => (quotes.some((q) => pick(q)) ? joinList(quotes.map((q) => pick(q) ?? '')) : '');
  return {
    id: e.id,
    start: e.start,
    end: e.end,
    'display date': e.displayDate,
    title: e.title,
    summary: e.summary,
    actors: joinList(e.actors),
    category: e.category,
    lane: e.lane,
    sources: joinList(e.sources.map(citationCell)),
    related: joinList(e.related.map((r) => (typeof r === 'string' ? r : r.label ? `${r.id} (${r.label})` : r.id))),
    approx: e.approx ? 'yes' : '',
    qualifier: e.qualifier,
    disputed: e.disputed,
    amounts: joinList((e.amounts ?? []).map((a) => `${a.value} ${a.currency}${a.label ? ` (${a.label})` : ''}`)),
    quote: column((q) => q.text),
    'quote by': column((q) => q.by),
    'quote where': column((q) => q.where),
    'quote date': column((q) => q.date),
    'quote source': column((q) => q.source),
    ...mediaCells(e.media),
    backdrop: e.backdrop ? [e.backdrop.color, e.backdrop.url].filter(Boolean).join(' ') : undefined,
  };
}

/**
 * Media in the five Media columns, as TimelineJS's sheet has them: one item as its values are; several
 * side by side as lists, as the quote columns are. A credit's link follows its name in angle brackets.
 */
function mediaCells(media: EventRecord['media']): Row {
  const items = media === undefined ? [] : Array.isArray(media) ? media : [media];
  const column = (pick: (m: (typeof items)[number]) => string | undefined) =>
    items.length === 1 ? pick(items[0]!) : items.some((m) => pick(m)) ? joinList(items.map((m) => pick(m) ?? '')) : '';
  return {
    media: column((m) => m.url),
    'media credit': column((m) => (m.creditUrl ? `${m.credit ?? ''} <${m.creditUrl}>`.trim() : m.credit)),
    'media caption': column((m) => m.caption),
    'media alt': column((m) => m.alt),
    'media thumbnail': column((m) => m.thumbnail),
    // Only where the address does not say it (toRecord.ts leaves it out then).
    'media kind': column((m) => m.kind),
    'media size': column((m) => (m.width && m.height ? `${m.width}x${m.height}` : undefined)),
  };
}

/** A listed source by its id; an inline one by its name, with its link in angle brackets. */
const citationCell = (c: CitationRecord) => (typeof c === 'string' ? c : c.url ? `${c.name} <${c.url}>` : c.name);
