/** Rows the editor adds: a blank sheet, a new record of a kind, a duplicate, each with an id no other row has. */
import { SHEET_COLUMNS, type RowType, type SheetColumn } from '../formats/sheetLayout';
import type { SheetRow } from './sheetEdits';

const TYPE = SHEET_COLUMNS.indexOf('type');
const ID = SHEET_COLUMNS.indexOf('id');

export function sheetRow(type: RowType, cells: Partial<Record<SheetColumn, string>> = {}): SheetRow {
  return SHEET_COLUMNS.map((column) => (column === 'type' ? (type === 'event' ? '' : type) : (cells[column] ?? '')));
}

/** A new timeline: its title row, to be filled in. */
export const blankSheet = (title: string): SheetRow[] => [sheetRow('title', { title })];

/** What a row is, as the layout reads its `type` cell (blank: an event). */
export function rowType(row: SheetRow): string {
  return (row[TYPE] ?? '').trim().toLowerCase() || 'event';
}

/** `base-2`, `base-3`, …: the first that no row of the sheet has as its id. */
export function freshId(rows: readonly SheetRow[], base: string): string {
  const taken = new Set(rows.map((r) => (r[ID] ?? '').trim()));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The row again with an id of its own (an event's id must be unique; a step names one, and keeps it). */
export function duplicateOf(rows: readonly SheetRow[], row: SheetRow): SheetRow {
  const copy = [...row];
  const id = (row[ID] ?? '').trim();
  if (rowType(row) !== 'step' && rowType(row) !== 'title' && rowType(row) !== 'setting') copy[ID] = freshId(rows, id.replace(/-\d+$/, '') || rowType(row));
  return copy;
}

/** The column's place in a row. */
export const columnAt = (column: SheetColumn): number => SHEET_COLUMNS.indexOf(column);
