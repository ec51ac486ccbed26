/**
 * One tab's rows as a table of text cells, as a spreadsheet shows them: typing changes the draft (one
 * undo step per cell typed in), a problem shows under its cell with the fix in words, the arrow keys
 * and Enter move between rows, and a block pasted from a spreadsheet fills the cells from there on.
 * Tab walks the cells of one row, the one last worked in, and then leaves the table: a sheet of a
 * hundred rows is not thousands of Tab stops. The arrow keys reach the others (←/→ at a cell's edge).
 */
import { memo, useLayoutEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { SheetEdit, SheetRow } from '../data/edits/sheetEdits';
import type { Problem } from '../data/types';
import type { Messages } from '../i18n/en';
import { problemMessage } from '../i18n/more/problemText';
import { pasteBlock } from '../data/edits/pasteBlock';
import { columnAt } from '../data/edits/newRows';
import { blankRow, insertPoint, type SheetTab } from './editorTabs';
import { CellPicture } from './CellPicture';

/** Rows drawn at first and added by "Show more": a sheet of thousands stays quick to type in. */
export const PAGE_ROWS = 100;

export interface Active {
  row: number;
  column: number;
}

interface SheetTableProps {
  tab: SheetTab;
  rows: readonly SheetRow[];
  /** The tab's rows, as sheet rows, in order. */
  mine: number[];
  problems: Map<string, Problem[]>;
  selectedRow: number;
  /** The row whose cells Tab walks (the one last worked in), if any. */
  activeRow: number;
  t: Messages;
  edit: (edit: SheetEdit, group?: string) => void;
  onActive: (active: Active) => void;
  /** Ids the steps tab offers (events and periods). */
  stepTargets?: string[];
}

export function SheetTable({ tab, rows, mine, problems, selectedRow, activeRow, t, edit, onActive, stepTargets }: SheetTableProps) {
  const [limit, setLimit] = useState(PAGE_ROWS);
  // Each visit to a cell is one typing session: one undo step, however many keys.
  const session = useRef(0);
  // The selected row is always drawn, however far down it is.
  const shownCount = Math.max(limit, mine.indexOf(selectedRow) + 1);
  const shown = mine.slice(0, shownCount);
  const tabRow = shown.includes(activeRow) ? activeRow : shown[0];
  const table = useRef<HTMLTableElement>(null);
  // Rows are memoized: their handlers read the sheet as it is now, not as it was when the row last drew.
  const latest = useRef({ rows, mine });
  useLayoutEffect(() => {
    latest.current = { rows, mine };
  });
  const focusCell = (place: number, column: number) => table.current?.querySelector<HTMLInputElement>(`[data-cell="${place}:${column}"]`)?.focus();

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>, place: number, column: number) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const input = e.currentTarget;
    // ← and → move the caret, and past the text's edge to the next cell, in the direction the text reads.
    if ((e.key === 'ArrowLeft' || e.key === 'ArrowRight') && !e.shiftKey) {
      const forward = (e.key === 'ArrowRight') === (getComputedStyle(input).direction !== 'rtl');
      const edge = input.selectionStart === input.selectionEnd && input.selectionStart === (forward ? input.value.length : 0);
      const next = column + (forward ? 1 : -1);
      if (!edge || next < 0 || next >= tab.columns.length) return;
      e.preventDefault();
      focusCell(place, next);
      return;
    }
    const down = e.key === 'ArrowDown' || (e.key === 'Enter' && !e.shiftKey);
    const up = e.key === 'ArrowUp' || (e.key === 'Enter' && e.shiftKey);
    if (!down && !up) return;
    e.preventDefault();
    focusCell(place + (down ? 1 : -1), column);
  };
  const onPaste = (e: ClipboardEvent<HTMLInputElement>, place: number, column: number) => {
    const text = e.clipboardData.getData('text/plain');
    // One value goes in as typed; a block (tabs or lines) fills the cells from here on.
    if (!/[\t\n]/.test(text.replace(/\r?\n$/, ''))) return;
    e.preventDefault();
    const { rows: now, mine: ours } = latest.current;
    edit(
      pasteBlock(text, {
        rows: ours.slice(place),
        columns: tab.columns.slice(column).map((c) => columnAt(c.column)),
        insertAt: insertPoint(now, tab),
        blank: () => blankRow(tab),
      }),
    );
  };

  return (
    <>
      <table className="sheet" ref={table}>
        <thead>
          <tr>
            <th scope="col" className="row-head">
              <span className="visually-hidden">{t.rowActions}</span>
            </th>
            {tab.columns.map((c) => (
              <th key={c.column} scope="col" style={{ minWidth: `${c.width}ch` }}>
                {t.columns[c.word]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((sheetRow, place) => (
            <Row
              key={sheetRow}
              tab={tab}
              place={place}
              sheetRow={sheetRow}
              cells={rows[sheetRow]!}
              problems={problems}
              problemKey={problemKeyOf(problems, sheetRow, tab)}
              selected={sheetRow === selectedRow}
              current={sheetRow === tabRow}
              t={t}
              onFocusCell={(column) => {
                session.current++;
                onActive({ row: sheetRow, column });
              }}
              onType={(column, value) => edit({ op: 'cell', row: sheetRow, column, value }, `${sheetRow}:${column}:${session.current}`)}
              onKeyDown={onKeyDown}
              onPaste={onPaste}
            />
          ))}
        </tbody>
      </table>
      {tab.id === 'steps' && stepTargets && (
        <datalist id="step-targets">
          {stepTargets.map((id) => (
            <option key={id} value={id} />
          ))}
        </datalist>
      )}
      {mine.length > shownCount && (
        <button type="button" className="show-more-rows" onClick={() => setLimit(shownCount + PAGE_ROWS)}>
          {t.showMoreRows(Math.min(PAGE_ROWS, mine.length - shownCount))}
        </button>
      )}
    </>
  );
}

/** What of the problems concerns this row's cells, as a string: a row redraws only when its own change. */
function problemKeyOf(problems: Map<string, Problem[]>, row: number, tab: SheetTab): string {
  let key = (problems.get(String(row)) ?? []).map((p) => p.message).join('|');
  for (const c of tab.columns) for (const p of problems.get(`${row}:${columnAt(c.column)}`) ?? []) key += `|${c.column}:${p.message}`;
  return key;
}

interface RowProps {
  tab: SheetTab;
  place: number;
  sheetRow: number;
  cells: SheetRow;
  problems: Map<string, Problem[]>;
  problemKey: string;
  selected: boolean;
  current: boolean;
  t: Messages;
  onFocusCell: (column: number) => void;
  onType: (column: number, value: string) => void;
  onKeyDown: (e: KeyboardEvent<HTMLInputElement>, place: number, column: number) => void;
  onPaste: (e: ClipboardEvent<HTMLInputElement>, place: number, column: number) => void;
}

const Row = memo(
  function Row({ tab, place, sheetRow, cells, problems, selected, current, t, onFocusCell, onType, onKeyDown, onPaste }: RowProps) {
    const rowProblems = problems.get(String(sheetRow)) ?? [];
    // Whether the media cell's picture said it did not load (CellPicture), which describes the cell.
    const [pictureNote, setPictureNote] = useState(false);
    return (
      <tr className={selected ? 'selected' : undefined} aria-selected={tab.id === 'events' ? selected : undefined} data-row={sheetRow}>
        <th scope="row" className="row-head">
          <span>{place + 1}</span>
          {rowProblems.map((p, k) => (
            <span key={k} className={`cell-problem ${p.level}`} role="note">
              {problemMessage(p, t)}
            </span>
          ))}
        </th>
        {tab.columns.map((c, k) => {
          const at = columnAt(c.column);
          const mine = problems.get(`${sheetRow}:${at}`) ?? [];
          const id = `problem-${sheetRow}-${at}`;
          const picture = c.column === 'media';
          const noteId = `picture-${tab.id}-${sheetRow}`;
          const described = [mine.length ? id : '', picture && pictureNote ? noteId : ''].filter(Boolean).join(' ');
          return (
            <td key={c.column} className={mine.length ? `has-problem ${mine[0]!.level}` : undefined}>
              <input
                type="text"
                dir="auto"
                value={cells[at] ?? ''}
                data-cell={`${place}:${k}`}
                tabIndex={current ? 0 : -1}
                aria-label={t.cellName(t.columns[c.word], place + 1)}
                aria-invalid={mine.some((p) => p.level === 'error') || undefined}
                aria-describedby={described || undefined}
                list={tab.id === 'steps' ? 'step-targets' : undefined}
                spellCheck={c.column === 'title' || c.column === 'summary' || c.column === 'quote'}
                onFocus={() => onFocusCell(at)}
                onChange={(e) => onType(at, e.target.value)}
                onKeyDown={(e) => onKeyDown(e, place, k)}
                onPaste={(e) => onPaste(e, place, k)}
              />
              {mine.length > 0 && (
                <span className={`cell-problem ${mine[0]!.level}`} id={id}>
                  {mine.map((p) => problemMessage(p, t)).join(' ')}
                </span>
              )}
              {picture && <CellPicture cell={cells[at] ?? ''} noteId={noteId} t={t} onNote={setPictureNote} />}
            </td>
          );
        })}
      </tr>
    );
  },
  (a, b) =>
    a.cells === b.cells &&
    a.problemKey === b.problemKey &&
    a.selected === b.selected &&
    a.current === b.current &&
    a.place === b.place &&
    a.t === b.t &&
    a.tab === b.tab,
);
