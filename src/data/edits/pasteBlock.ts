/**
 * A block of cells pasted from a spreadsheet (tab-separated text, as Google Sheets and Excel copy it)
 * into the editor's table, as one edit: cells from the one pasted into onward, rightward and downward,
 * new rows where the block runs past the last one. A block whose first row names Chronicle's columns
 * is read by those names instead, each row a new record.
 */
import { readCsv } from '../formats/csv';
import { headerKey } from '../columnChoice';
import { SHEET_COLUMNS } from '../formats/sheetLayout';
import type { SheetEdit, SheetRow } from './sheetEdits';

export interface PasteTarget {
  /** The sheet rows of the table from the one pasted into, top to bottom. */
  rows: number[];
  /** The sheet columns of the table from the one pasted into, left to right. */
  columns: number[];
  /** Where new rows go, and what a new row is before the block fills it. */
  insertAt: number;
  blank: () => SheetRow;
}

const KNOWN = new Map<string, number>(SHEET_COLUMNS.map((c, i) => [headerKey(c), i]));

export function pasteBlock(text: string, target: PasteTarget): SheetEdit {
  const block = readCsv(text.replace(/\r?\n$/, ''), '\t').rows.map((r) => r.cells);
  const first = block[0] ?? [];
  const named = first.length > 1 && first.every((c) => c.trim() === '' || KNOWN.has(headerKey(c)));
  if (named) {
    const at = first.map((c) => KNOWN.get(headerKey(c)));
    const rows = block.slice(1).map((cells) => {
      const row = [...target.blank()];
      cells.forEach((cell, k) => {
        if (at[k] !== undefined) row[at[k]] = cell;
      });
      return row;
    });
    return { op: 'insert', row: target.insertAt, rows };
  }
  const edits: SheetEdit[] = [];
  const added: SheetRow[] = [];
  block.forEach((cells, r) => {
    const row = target.rows[r];
    if (row === undefined) {
      const fresh = [...target.blank()];
      cells.forEach((cell, c) => {
        const column = target.columns[c];
        if (column !== undefined) fresh[column] = cell;
      });
      added.push(fresh);
      return;
    }
    cells.forEach((cell, c) => {
      const column = target.columns[c];
      if (column !== undefined) edits.push({ op: 'cell', row, column, value: cell });
    });
  });
  if (added.length) edits.push({ op: 'insert', row: target.insertAt, rows: added });
  return edits.length === 1 ? edits[0]! : { op: 'all', edits };
}
