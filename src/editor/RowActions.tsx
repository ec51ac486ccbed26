/** Add, duplicate, delete and move the tab's rows; each is one undoable edit, said aloud when done. */
import type { SheetEdit, SheetRow } from '../data/edits/sheetEdits';
import { columnAt, duplicateOf, freshId } from '../data/edits/newRows';
import type { TimelineStore } from '../store/createTimelineStore';
import type { Messages } from '../i18n/en';
import { announce } from '../ui/announce';
import { blankRow, insertPoint, type SheetTab } from './editorTabs';
import type { Active } from './SheetTable';

interface RowActionsProps {
  tab: SheetTab;
  rows: readonly SheetRow[];
  mine: number[];
  activeRow: number;
  t: Messages;
  edit: (edit: SheetEdit) => void;
  store: TimelineStore;
  onActive: (active: Active) => void;
}

export function RowActions({ tab, rows, mine, activeRow, t, edit, store, onActive }: RowActionsProps) {
  const at = mine.indexOf(activeRow);
  const focusRow = (sheetRow: number, column = tab.columns[0]!.column) =>
    requestAnimationFrame(() => {
      const place = [...document.querySelectorAll('.sheet tbody tr')].findIndex((tr) => tr.getAttribute('data-row') === String(sheetRow));
      const k = tab.columns.findIndex((c) => c.column === column);
      document.querySelector<HTMLInputElement>(`.sheet [data-cell="${place}:${Math.max(0, k)}"]`)?.focus();
    });
  const add = () => {
    // After the last of its kind, as a spreadsheet's next row: rows typed one after another stay in order.
    const row = insertPoint(rows, tab);
    const id = tab.type === 'step' ? '' : freshId(rows, tab.idBase);
    edit({ op: 'insert', row, rows: [blankRow(tab, { id })] });
    onActive({ row, column: columnAt(tab.columns[0]!.column) });
    announce(t.rowAdded);
    focusRow(row);
  };
  const duplicate = () => {
    edit({ op: 'insert', row: activeRow + 1, rows: [duplicateOf(rows, rows[activeRow]!)] });
    announce(t.rowAdded);
    focusRow(activeRow + 1);
  };
  const remove = () => {
    edit({ op: 'remove', row: activeRow, count: 1 });
    store.getState().select(null);
    announce(t.rowDeleted);
  };
  const move = (by: -1 | 1) => {
    const to = mine[at + by];
    if (to === undefined) return;
    edit({ op: 'move', from: activeRow, to });
    onActive({ row: to, column: columnAt(tab.columns[0]!.column) });
  };
  // The buttons that act on one row say which (the row's number, as its first column shows it).
  const target = at >= 0 ? 'row-actions-target' : undefined;
  return (
    <div className="row-actions" role="toolbar" aria-label={t.rowActions}>
      <button type="button" className="primary" onClick={add}>
        {t.add[tab.id]}
      </button>
      <button type="button" disabled={at < 0} onClick={duplicate} aria-describedby={target}>
        {t.duplicateRow}
      </button>
      <button type="button" disabled={at < 0} onClick={remove} aria-describedby={target}>
        {t.deleteRow}
      </button>
      <button type="button" disabled={at <= 0} onClick={() => move(-1)} aria-describedby={target}>
        {t.moveUp}
      </button>
      <button type="button" disabled={at < 0 || at >= mine.length - 1} onClick={() => move(1)} aria-describedby={target}>
        {t.moveDown}
      </button>
      {target && (
        <span className="row-actions-target" id={target}>
          {t.rowNumber(at + 1)}
        </span>
      )}
    </div>
  );
}
