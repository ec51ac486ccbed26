/**
 * Where in a dataset a problem is, as data: a record of one of its lists and a field inside it. The
 * CSV and spreadsheet readers turn it into a row and a column without reading any words; the English
 * `where` of a problem (`events[3] "x" › start`) is written from it.
 */
import type { RecordPath } from './types';

/** The record at `index` of `list`, named by its id when it has one. */
export function recordAt(list: RecordPath['list'], index: number, item: unknown): RecordPath {
  const id = typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : undefined;
  return id === undefined ? { list, index } : { list, index, id };
}

/** A field inside the record (or inside the field already named): "quotes.0" then "source". */
export function fieldOf(path: RecordPath, field: string): RecordPath {
  return { ...path, field: path.field ? `${path.field}.${field}` : field };
}

/** `events[3] "x" › start`; a record known by id only (after sorting) reads `event "x" › related`. */
export function pathText({ list, index, id, field }: RecordPath): string {
  const record =
    index === undefined ? `${list.slice(0, -1)} ${JSON.stringify(id ?? '')}` : `${list}[${index}]${id === undefined ? '' : ` ${JSON.stringify(id)}`}`;
  return field ? `${record} › ${field}` : record;
}
