/**
 * Edits to a timeline being made, as data: the editor's table is Chronicle's one-sheet layout
 * (formats/sheetLayout.ts), rows of cells in SHEET_COLUMNS order, and every change to it is one of
 * these. Applying an edit also gives its inverse, so undo, redo and autosave are one mechanism: a
 * list of edits replayed on rows. Pure: rows are never changed in place.
 */

/** One row of the sheet: a cell per column of SHEET_COLUMNS. */
export type SheetRow = readonly string[];

export type SheetEdit =
  /** A cell's new text. */
  | { op: 'cell'; row: number; column: number; value: string }
  /** Rows put in before `row` (at the end when `row` is the row count). */
  | { op: 'insert'; row: number; rows: SheetRow[] }
  | { op: 'remove'; row: number; count: number }
  /** The row at `from` taken out and put back so that it ends up at `to`. */
  | { op: 'move'; from: number; to: number }
  /** Several edits as one step: a pasted block, a duplicated row with its new id. */
  | { op: 'all'; edits: SheetEdit[] };

export function applyEdit(rows: readonly SheetRow[], edit: SheetEdit): { rows: SheetRow[]; inverse: SheetEdit } {
  switch (edit.op) {
    case 'cell': {
      const old = rows[edit.row];
      if (!old) return { rows: [...rows], inverse: { op: 'all', edits: [] } };
      const cells = [...old];
      while (cells.length <= edit.column) cells.push('');
      const was = cells[edit.column]!;
      cells[edit.column] = edit.value;
      const next = [...rows];
      next[edit.row] = cells;
      return { rows: next, inverse: { op: 'cell', row: edit.row, column: edit.column, value: was } };
    }
    case 'insert': {
      const at = Math.max(0, Math.min(edit.row, rows.length));
      return { rows: [...rows.slice(0, at), ...edit.rows, ...rows.slice(at)], inverse: { op: 'remove', row: at, count: edit.rows.length } };
    }
    case 'remove': {
      const removed = rows.slice(edit.row, edit.row + edit.count);
      return { rows: [...rows.slice(0, edit.row), ...rows.slice(edit.row + edit.count)], inverse: { op: 'insert', row: edit.row, rows: removed } };
    }
    case 'move': {
      const row = rows[edit.from];
      if (!row || edit.to < 0 || edit.to >= rows.length) return { rows: [...rows], inverse: { op: 'all', edits: [] } };
      const next = rows.filter((_, i) => i !== edit.from);
      next.splice(edit.to, 0, row);
      return { rows: next, inverse: { op: 'move', from: edit.to, to: edit.from } };
    }
    case 'all': {
      let current: SheetRow[] = [...rows];
      const inverses: SheetEdit[] = [];
      for (const e of edit.edits) {
        const applied = applyEdit(current, e);
        current = applied.rows;
        inverses.unshift(applied.inverse);
      }
      return { rows: current, inverse: { op: 'all', edits: inverses } };
    }
  }
}
