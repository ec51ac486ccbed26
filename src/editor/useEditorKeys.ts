/**
 * The editor's keys: Ctrl/⌘+Z undoes and Ctrl/⌘+Shift+Z or Ctrl+Y redoes, also while typing in a cell
 * (the draft's history, not the text field's, so the table and the timeline never disagree); Delete
 * removes the event selected on the timeline, as vis-timeline's does (undoable).
 */
import { useEffect } from 'react';
import type { TimelineStore } from '../store/createTimelineStore';
import { editDraft, redoDraft, undoDraft } from '../store/edits/draftActions';
import type { Messages } from '../i18n/en';
import { announce } from '../ui/announce';
import { rowOfEvent } from './editorTabs';

export function useEditorKeys(store: TimelineStore, t: Messages): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && !e.altKey && (key === 'z' || key === 'y')) {
        e.preventDefault();
        const redo = key === 'y' || e.shiftKey;
        if (redo ? redoDraft(store) : undoDraft(store)) announce(redo ? t.redone(t.edited) : t.undone(t.edited));
        return;
      }
      if ((e.key === 'Delete' || e.key === 'Backspace') && !mod && !typing(e.target)) {
        const s = store.getState();
        const row = s.draft && s.selectedId ? rowOfEvent(s.draft.rows, s.selectedId) : -1;
        if (row < 0) return;
        e.preventDefault();
        editDraft(store, { op: 'remove', row, count: 1 });
        s.select(null);
        announce(t.rowDeleted);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store, t]);
}

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
