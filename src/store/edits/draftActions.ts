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
  // Only typing waits for a pause; a row added, moved or removed, or a drag, shows at once.
  replace(store, draft, next.rows, next.history, edit.op === 'cell');
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

/**
 * A sheet this long is read again a moment after the typing pauses, not on every key: reading 10,000
 * rows and laying out their timeline takes ~0.2 s here, which would make each key lag. The cells show
 * what was typed at once; the timeline follows.
 */
const READ_AT_ONCE_BELOW = 500;
const READ_AFTER_MS = 150;
const pending = new WeakMap<TimelineStore, ReturnType<typeof setTimeout>>();

function replace(store: TimelineStore, draft: Draft, rows: SheetRow[], history: EditHistory, typing = false): void {
  store.setState({ draft: { ...draft, rows, history } });
  clearTimeout(pending.get(store));
  if (!typing || rows.length < READ_AT_ONCE_BELOW) return showRows(store, rows, false);
  pending.set(
    store,
    setTimeout(() => {
      pending.delete(store);
      // The rows as they are by then: later edits replaced these.
      const now = store.getState().draft;
      if (now) showRows(store, now.rows, false);
    }, READ_AFTER_MS),
  );
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
