/**
 * Undo and redo over sheet edits (sheetEdits.ts). Typing in one cell is one step, not one per key:
 * an edit given the same `group` as the step before it (the editor passes the cell being typed in,
 * until it loses focus) joins that step. Plain data, so a draft keeps its history where it is kept.
 */
import { applyEdit, type SheetEdit, type SheetRow } from './sheetEdits';

export interface EditStep {
  edit: SheetEdit;
  inverse: SheetEdit;
  group?: string;
}

export interface EditHistory {
  past: EditStep[];
  future: EditStep[];
}

export const NO_HISTORY: EditHistory = { past: [], future: [] };

/** Enough to undo an afternoon's work; older steps are forgotten first. */
export const HISTORY_LIMIT = 500;

export function commitEdit(rows: readonly SheetRow[], history: EditHistory, edit: SheetEdit, group?: string): { rows: SheetRow[]; history: EditHistory } {
  const { rows: next, inverse } = applyEdit(rows, edit);
  const last = history.past.at(-1);
  const past =
    group !== undefined && last?.group === group
      ? // The step keeps its first inverse: undo goes back to before the typing began.
        [...history.past.slice(0, -1), { edit: joined(last.edit, edit), inverse: last.inverse, group }]
      : [...history.past, { edit, inverse, ...(group !== undefined ? { group } : {}) }];
  return { rows: next, history: { past: past.slice(-HISTORY_LIMIT), future: [] } };
}

/** Two edits of one step as one: a cell typed twice is its last text; anything else, both in turn. */
const joined = (first: SheetEdit, second: SheetEdit): SheetEdit =>
  first.op === 'cell' && second.op === 'cell' && first.row === second.row && first.column === second.column ? second : { op: 'all', edits: [first, second] };

export function undoEdit(rows: readonly SheetRow[], history: EditHistory): { rows: SheetRow[]; history: EditHistory; step?: EditStep } {
  const step = history.past.at(-1);
  if (!step) return { rows: [...rows], history };
  return { rows: applyEdit(rows, step.inverse).rows, history: { past: history.past.slice(0, -1), future: [...history.future, step] }, step };
}

export function redoEdit(rows: readonly SheetRow[], history: EditHistory): { rows: SheetRow[]; history: EditHistory; step?: EditStep } {
  const step = history.future.at(-1);
  if (!step) return { rows: [...rows], history };
  // Redone, a step joins nothing: the next keystroke in that cell starts a step of its own.
  const done: EditStep = { edit: step.edit, inverse: step.inverse };
  return { rows: applyEdit(rows, step.edit).rows, history: { past: [...history.past, done], future: history.future.slice(0, -1) }, step };
}
