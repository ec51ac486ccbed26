/**
 * The rows of a sheet, their columns known, become a dataset record and are validated as JSON is;
 * the validator's problems are placed back on their row and column. Rows are typed as the one-sheet
 * layout says (sheetLayout.ts); without a `type` column every row is an event, except a first row
 * with words and no date, which introduces the table as TimelineJS's title row does.
 */
import { isCssColor } from '../safeValues';
import { mediaReader } from '../media/readMedia';
import type { CsvRow } from './csv';
import { orderShown, readDate, type DayOrder } from './readDate';
import { ROW_READS, ROW_TYPES, splitList, type RowType, type SheetColumn } from './sheetLayout';
import { relocate, rowFinder } from './timelineJsSheet';
import { validateDataset } from '../validate';
import { parsePartialDate } from '../../time/partialDate';
import { problem, say } from '../problems';
import type { ParseResult, Problem } from '../types';
import type { Amount } from '../types';

interface Sheet {
  header: CsvRow;
  body: CsvRow[];
  fields: (SheetColumn | null)[];
  /** Columns up to the last named one. */
  width: number;
  source: string;
}

/** A row as read: its place (spreadsheet row number, line) and what it holds. */
interface Placed {
  row: number;
  line: number;
}
type Record = { [key: string]: unknown };

const LISTS = ['events', 'periods', 'actors', 'categories', 'sources', 'steps'] as const;
type List = (typeof LISTS)[number];

export function readSheet({ header, body, fields, width, source }: Sheet): ParseResult {
  const problems: Problem[] = [];
  const at = (column: SheetColumn) => fields.indexOf(column);
  const cellOf = (row: CsvRow, column: SheetColumn) => (at(column) < 0 ? '' : (row.cells[at(column)] ?? '').trim());
  /** The header as the file names a column, for saying where. */
  const named = (column: SheetColumn) => (at(column) < 0 ? column : header.cells[at(column)]!.trim());
  const typed = at('type') >= 0;
  // Row numbers count the header as row 1, as a spreadsheet's do.
  const rows = body.map((cells, k) => ({ cells, place: { row: k + 2, line: cells.line } }));
  const typeOf = (row: CsvRow): RowType | null => {
    const type = cellOf(row, 'type').toLowerCase();
    return type === '' ? 'event' : (type as RowType);
  };
  // Without types, a first row with words and no date introduces the table.
  const first = rows[0];
  const intro =
    !typed && first && !cellOf(first.cells, 'start') && !cellOf(first.cells, 'end') && (cellOf(first.cells, 'title') || cellOf(first.cells, 'summary'))
      ? first
      : null;

  const out: Record & { [K in List]: Record[] | string[] } = { events: [], periods: [], actors: [], categories: [], sources: [], steps: [] };
  const placeOf: { [K in List]: Placed[] } = { events: [], periods: [], actors: [], categories: [], sources: [], steps: [] };
  const add = (list: List, record: Record | string, place: Placed) => {
    (out[list] as unknown[]).push(record);
    placeOf[list].push(place);
  };
  const warn = (place: Placed, column: SheetColumn | null, said: ReturnType<typeof say>, level: Problem['level'] = 'warning') =>
    problems.push(problem(level, source, column ? say('rowColumn', place.row, place.line, named(column)) : say('row', place.row, place.line), said));

  let title = '';
  let description = '';
  let media: Record | Record[] | undefined;
  let order: DayOrder | null = null;
  for (const { cells, place } of rows) {
    if (typeOf(cells) !== 'setting') continue;
    const name = cellOf(cells, 'id');
    const value = cellOf(cells, 'title');
    if (name === 'locale') out.locale = value;
    else if (name.toLowerCase() === 'timezone') out.timeZone = value;
    else if (name === 'dateOrder' || name.toLowerCase() === 'dateorder') {
      if (value === 'dmy' || value === 'mdy') out.dateOrder = order = value;
      else warn(place, 'title', say('settingValue', 'dateOrder', value, 'dmy, mdy'));
    } else if (name.toLowerCase() === 'thumbnails') {
      if (/^(true|yes|y|1|x|✓|false|no|n|0)?$/i.test(value)) out.thumbnails = /^(true|yes|y|1|x|✓)$/i.test(value);
      else warn(place, 'title', say('settingValue', 'thumbnails', value, 'yes, no'));
    } else warn(place, 'id', say('unknownSetting', name));
  }
  // The day order that the file's own numeric dates settle, where the setting does not say.
  const dateColumns = (['start', 'end', 'quote date'] as const).filter((c) => at(c) >= 0);
  order ??= columnOrder(rows.flatMap(({ cells }) => dateColumns.flatMap((c) => splitList(cellOf(cells, c)))));

  /** Cells already reported here ("events:3:start"): the validator's word on them would say the same again. */
  const reported = new Set<string>();
  /** A date as the dataset's form; a range in one cell as [start, end]. Unread, it is kept as written (and reported). */
  const dateIn = (text: string, list: List, place: Placed, column: SheetColumn, field: string): [string, string?, true?] => {
    if (text === '' || parsePartialDate(text) !== null) return [text];
    const date = readDate(text, order);
    if (date.ok) return [date.start, date.end, date.approx];
    reported.add(`${list}:${placeOf[list].length}:${field}`);
    warn(place, column, date.ambiguous ? say('dateAmbiguous', text, ...date.ambiguous) : say('dateUnread', text), 'error');
    return [text];
  };
  const listedIds = new Set(rows.filter(({ cells }) => typeOf(cells) === 'source').map(({ cells }) => cellOf(cells, 'id')));
  const citations = (cell: string) =>
    splitList(cell)
      .filter(Boolean)
      .map((item) => (listedIds.has(item) ? item : sourceFrom(item)));

  for (const { cells, place } of rows) {
    const cell = (column: SheetColumn) => cellOf(cells, column);
    const type = cells === intro?.cells ? 'title' : typeOf(cells);
    const reads = type && (ROW_TYPES as readonly string[]).includes(type) ? ROW_READS[type] : null;
    fields.forEach((column, k) => {
      if (reads && column && !reads.includes(column) && (cells.cells[k] ?? '').trim()) warn(place, column, say('cellUnread', type!));
    });
    if (cells === intro?.cells) {
      title = cell('title');
      description = cell('summary');
      if (cell('media')) media = mediaOf(cell);
      continue;
    }
    if (type === 'event') {
      // Fewer cells are empty ones; more are a problem only when they hold something.
      let used = cells.cells.length;
      while (used > width && (cells.cells[used - 1] ?? '').trim() === '') used--;
      if (used > width) warn(place, null, say('cellCount', used, width));
      add('events', eventRecord(cell, place), place);
    } else if (type === 'title') {
      title = cell('title');
      description = cell('summary');
      if (cell('media')) media = mediaOf(cell);
    } else if (type === 'period') {
      const [start, range] = dateIn(cell('start'), 'periods', place, 'start', 'start');
      const [end] = cell('end') ? dateIn(cell('end'), 'periods', place, 'end', 'end') : [range];
      const period: Record = { id: cell('id'), start, end: end ?? '' };
      if (cell('title')) period.title = cell('title');
      if (cell('summary')) period.summary = cell('summary');
      if (cell('sources')) period.sources = citations(cell('sources'));
      if (cell('media')) period.media = mediaOf(cell);
      add('periods', period, place);
    } else if (type === 'step') add('steps', cell('id'), place);
    else if (type === 'actor' || type === 'category') {
      const record: Record = { id: cell('id') };
      if (cell('title')) record.label = cell('title');
      if (cell('color')) record.color = cell('color');
      add(type === 'actor' ? 'actors' : 'categories', record, place);
    } else if (type === 'source') {
      const record: Record = { id: cell('id'), name: cell('title') };
      if (cell('summary')) record.title = cell('summary');
      if (cell('url')) record.url = cell('url');
      if (cell('start')) record.date = dateIn(cell('start'), 'sources', place, 'start', 'date')[0];
      if (cell('sources')) record.via = cell('sources');
      add('sources', record, place);
    } else if (type !== 'setting') warn(place, 'type', say('unknownRowType', cell('type')));
  }

  function eventRecord(cell: (c: SheetColumn) => string, place: Placed): Record {
    const e: Record = {};
    const set = (key: string, value: unknown) => {
      if (value !== '' && value !== undefined) e[key] = value;
    };
    set('id', cell('id') || `row-${place.row}`);
    const [start, range, circa] = dateIn(cell('start'), 'events', place, 'start', 'start');
    set('start', start);
    // A range in one cell ("1939–1945") is the end too, unless the row has its own.
    set('end', cell('end') ? dateIn(cell('end'), 'events', place, 'end', 'end')[0] : range);
    set('displayDate', cell('display date'));
    set('title', cell('title'));
    set('summary', cell('summary'));
    const actors = splitList(cell('actors')).filter(Boolean);
    if (actors.length) e.actors = actors;
    set('category', cell('category'));
    set('lane', cell('lane'));
    const sources = [...citations(cell('sources')), ...(cell('url') ? [sourceFrom(cell('url'))] : [])];
    if (sources.length) e.sources = sources;
    const related = splitList(cell('related'))
      .filter(Boolean)
      .map((item) => {
        const labelled = /^(\S+?)\s*\((.*)\)$/s.exec(item);
        return labelled ? { id: labelled[1]!, label: labelled[2]!.trim() } : item;
      });
    if (related.length) e.related = related;
    // "c. 3000 BCE" says it in the date; an approx cell says it for itself.
    if (cell('approx')) e.approx = /^(true|yes|y|1|x|✓)$/i.test(cell('approx'));
    else if (circa) e.approx = true;
    set('qualifier', cell('qualifier').toLowerCase() || undefined);
    set('disputed', cell('disputed'));
    const amounts = splitList(cell('amounts'))
      .filter(Boolean)
      .flatMap((item) => {
        const amount = amountFrom(item);
        if (!amount) warn(place, 'amounts', say('amountCell', item));
        return amount ? [amount] : [];
      });
    if (amounts.length) e.amounts = amounts;
    const quotes = splitList(cell('quote')).map((text, k) => {
      const q: Record = { text };
      const part = (column: SheetColumn) => splitList(cell(column))[k] ?? '';
      if (part('quote by')) q.by = part('quote by');
      if (part('quote where')) q.where = part('quote where');
      if (part('quote date')) q.date = dateIn(part('quote date'), 'events', place, 'quote date', `quotes.${k}.date`)[0];
      if (part('quote source')) q.source = part('quote source');
      return q;
    });
    if (quotes.length) e.quotes = quotes;
    if (cell('media')) e.media = mediaOf(cell);
    if (cell('backdrop')) e.backdrop = backdropOf(cell('backdrop'));
    return e;
  }

  const result = validateDataset(
    {
      ...out,
      title: title || source.replace(/\.(csv|tsv|txt)$/i, ''),
      ...(description ? { description } : {}),
      ...(media ? { media } : {}),
      // The actors and categories the events name are the sheet's too, after those it lists, without a warning for each.
      actors: withNamed(
        out.actors as Record[],
        (out.events as Record[]).flatMap((e) => (e.actors as string[] | undefined) ?? []),
      ),
      categories: withNamed(
        out.categories as Record[],
        (out.events as Record[]).flatMap((e) => (typeof e.category === 'string' ? [e.category] : [])),
      ),
    },
    source,
    undefined,
    mediaReader,
  );
  // Say where in the file: events[3]'s start becomes "row 5 (line 6), column "start"" (a record known
  // by id only, after sorting, is found by its id).
  const finders = Object.fromEntries(LISTS.map((list) => [list, rowFinder(out[list])])) as { [K in List]: ReturnType<typeof rowFinder> };
  const located = result.problems.flatMap((p) => {
    const list = p.at?.list;
    const index = list ? finders[list](p.at!) : undefined;
    if (list === undefined || index === undefined) return [p];
    if (p.at!.field && reported.has(`${list}:${index}:${p.at!.field}`)) return [];
    const place = placeOf[list][index]!;
    const column = p.at!.field ? columnOf(list, p.at!.field) : list === 'steps' ? 'id' : null;
    return [relocate(p, column ? say('rowColumn', place.row, place.line, named(column)) : say('row', place.row, place.line))];
  });
  return { dataset: result.dataset, problems: [...problems, ...located] };
}

/** The listed records, then one for each id named but not listed. */
function withNamed(listed: Record[], named: string[]): Record[] {
  const ids = new Set(listed.map((r) => r.id));
  return [...listed, ...[...new Set(named)].filter((id) => !ids.has(id)).map((id) => ({ id }))];
}

/** The dataset's own date form, passed through as written. */

/** The day order the column's values settle: one way if some can only be read that way and none the other; else none. */
function columnOrder(values: string[]): DayOrder | null {
  const seen = new Set(values.map(orderShown).filter((o) => o !== null));
  return seen.size === 1 ? [...seen][0]! : null;
}

/** The column a field of a record is read from: `quotes.0.by` from "quote by", an actor's `label` from "title". */
function columnOf(list: List, field: string): SheetColumn {
  const [head, , sub] = field.split('.');
  if (head === 'quotes') return sub === 'by' || sub === 'where' || sub === 'date' || sub === 'source' ? `quote ${sub}` : 'quote';
  if (head === 'media') {
    // `media.alt`, or `media.2.alt` for the third of several.
    const key = field.split('.').at(-1);
    if (key === 'creditUrl') return 'media credit';
    if (key === 'width' || key === 'height') return 'media size';
    if (key === 'kind') return 'media kind';
    return key === 'credit' || key === 'caption' || key === 'alt' || key === 'thumbnail' ? `media ${key}` : 'media';
  }
  if (head === 'label') return 'title';
  if (head === 'displayDate') return 'display date';
  if (list === 'sources') return ({ name: 'title', title: 'summary', date: 'start', via: 'sources' } as const)[head as 'name'] ?? (head as SheetColumn);
  return (head ?? 'id') as SheetColumn;
}

/** "38000000000 USD", "-5 EUR (fine)", "1,500,000 GBP": a value, its currency and what it is. */
function amountFrom(item: string): Amount | null {
  const m = /^(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:e[+-]?\d+)?)\s+([A-Za-z]{3})(?:\s+\((.*)\))?$/is.exec(item);
  if (!m) return null;
  const value = Number(m[1]!.replace(/,/g, ''));
  return m[3] ? { value, currency: m[2]!, label: m[3] } : { value, currency: m[2]! };
}

/** "Financial Times <https://ft.com/…>": a name and its link, as the sheet writes a linked source or a media credit. */
const ANGLED = /^(.*?)\s*<((?:https?|mailto):[^<>]+)>$/s;

/** "Financial Times <https://ft.com/…>" or a bare URL become a named, linked source; anything else is a name. */
function sourceFrom(item: string): { name: string; url?: string } {
  const angled = ANGLED.exec(item);
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

/**
 * A row's media. Several addresses: each media column lists one value per item, side by side. One
 * address: each column is that item's value as written, so a caption with a ";" in it stays whole.
 */
function mediaOf(cell: (column: SheetColumn) => string): Record | Record[] {
  const urls = splitList(cell('media'));
  const part = (column: SheetColumn, k: number) => (urls.length > 1 ? (splitList(cell(column))[k] ?? '') : cell(column));
  const items = (urls.length > 1 ? urls : [cell('media')]).map((url, k) => {
    const media: Record = { url };
    for (const [key, column] of [
      ['caption', 'media caption'],
      ['alt', 'media alt'],
      ['thumbnail', 'media thumbnail'],
    ] as const)
      if (part(column, k)) media[key] = part(column, k);
    // "AP <https://apnews.com>": a credit and its link, as a listed source is written.
    const credit = ANGLED.exec(part('media credit', k));
    if (credit) {
      if (credit[1]) media.credit = credit[1];
      media.creditUrl = credit[2];
    } else if (part('media credit', k)) media.credit = part('media credit', k);
    if (part('media kind', k)) media.kind = part('media kind', k);
    // "1200x630" (or ×): a picture's size; anything else goes to the media's check, which says what is wrong.
    const size = part('media size', k);
    const wh = /^(\d+)\s*[x×]\s*(\d+)$/i.exec(size);
    if (wh) [media.width, media.height] = [Number(wh[1]), Number(wh[2])];
    else if (size) media.width = size;
    return media;
  });
  return items.length === 1 ? items[0]! : items;
}

/** A backdrop cell, as TimelineJS's Background column: a colour, an address, or both ("#123456 https://…"). */
function backdropOf(text: string): string | Record {
  const whole = text.trim();
  // "teal https://…/sky.jpg": a colour, then an address; a colour alone may have spaces in it (rgb(1, 2, 3)).
  const cut = whole.search(/\s+\S+$/);
  return cut > 0 && isCssColor(whole.slice(0, cut)) ? { color: whole.slice(0, cut), url: whole.slice(cut).trim() } : whole;
}
