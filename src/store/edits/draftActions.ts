/**
 * The editor's actions on the store (issue 21): open a draft, edit it, undo and redo. Each change of
 * the rows is read again as the one-sheet CSV reader reads a file, and the index shown is replaced
 * while the reader's view (window, filters, selection) stays where it was: the timeline updates as
 * one types. A chunk of its own, loaded with the editor.
 */
import { buildIndex } from '../../data/buildIndex';
import { readEdited } from '../../data/edits/readEdited';
import { commitEdit, redoEdit, undoEdit, type EditHistory } from '../../data/edits/history';
import type { SheetEdit, SheetRow } from '../../data/edits/sheetEdits';
import { limitsFor } from '../../view/foldedLimits';
import { clampWindow, sameWindow } from '../../view/zoomMath';
import type { Draft, TimelineStore } from '../createTimelineStore';

/** What problems name as the file: the draft's title, as an author would call it. */
export const DRAFT_SOURCE = 'draft';

export function openDraft(store: TimelineStore, draft: Draft): void {
  store.setState({ draft, editing: true });
  showRows(store, draft.rows, true);
}

export function editDraft(store: TimelineStore, edit: SheetEdit, group?: string): void {
  const draft = store.getState().draft;
  if (!draft) return;
  const next = commitEdit(draft.rows, draft.history, edit, group);
  replace(store, draft, next.rows, next.history);
}

export function undoDraft(store: TimelineStore): boolean {
  const draft = store.getState().draft;
  if (!draft?.history.past.length) return false;
  const next = undoEdit(draft.rows, draft.history);
  replace(store, draft, next.rows, next.history);
  return true;
}

export function redoDraft(store: TimelineStore): boolean {
  const draft = store.getState().draft;
  if (!draft?.history.future.length) return false;
  const next = redoEdit(draft.rows, draft.history);
  replace(store, draft, next.rows, next.history);
  return true;
}

function replace(store: TimelineStore, draft: Draft, rows: SheetRow[], history: EditHistory): void {
  store.setState({ draft: { ...draft, rows, history } });
  showRows(store, rows, false);
}

/** The rows read and shown; a first showing fits the timeline to them, later ones keep the view. */
function showRows(store: TimelineStore, rows: readonly SheetRow[], fit: boolean): void {
  const { dataset, problems } = readEdited(rows, DRAFT_SOURCE);
  const s = store.getState();
  const index = buildIndex(dataset);
  const openedFolds = fit ? [] : s.openedFolds;
  const limits = limitsFor(index, s.fold, openedFolds);
  // A view of everything stays a view of everything, so a new event far off comes into sight.
  const wasAll = !s.timeWindow || sameWindow(s.timeWindow, s.limits, 86_400_000);
  const timeWindow = fit || wasAll ? limits : clampWindow(s.timeWindow!, limits);
  store.setState({
    status: 'ready',
    index,
    problems,
    limits,
    timeWindow,
    openedFolds,
    userDataset: null,
    progress: null,
    selectedId: s.selectedId && index.byId.has(s.selectedId) ? s.selectedId : null,
    ...(fit ? { periodId: null } : {}),
  });
}
