/**
 * The editor's keys: Ctrl/⌘+Z undoes and Ctrl/⌘+Shift+Z or Ctrl+Y redoes, also while typing in a cell
 * (the draft's history, not the text field's, so the table and the timeline never disagree); Delete
 * removes the event selected on the timeline, as vis-timeline's does (undoable), and Alt+← / Alt+→
 * move it by one unit of its precision (the keyboard's drag).
 */
import { useEffect } from 'react';
import type { TimelineStore } from '../store/createTimelineStore';
import { editDraft, redoDraft, undoDraft } from '../store/edits/draftActions';
import type { Messages } from '../i18n/en';
import { announce } from '../ui/announce';
import { rowOfEvent } from './editorTabs';
import { datesEdit, steppedDates } from '../data/edits/moveDates';
import { isTyping } from '../ui/isTyping';

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
      // Alt+← / Alt+→ on the timeline: the selected event one unit of its precision earlier or later.
      if (e.altKey && !mod && (e.key === 'ArrowLeft' || e.key === 'ArrowRight') && !isTyping(e.target)) {
        const s = store.getState();
        const event = s.selectedId ? s.index?.byId.get(s.selectedId) : undefined;
        const row = s.draft && event ? rowOfEvent(s.draft.rows, event.id) : -1;
        const dates = event && row >= 0 ? steppedDates(event.start, event.end, (e.key === 'ArrowRight') === (document.dir !== 'rtl') ? 1 : -1) : null;
        if (!event || !dates) return;
        e.preventDefault();
        editDraft(store, datesEdit(s.draft!.rows, row, dates, s.index?.dataset.timeZone));
        announce(t.movedTo(event.title, [dates.start, dates.end].filter(Boolean).join(' – ')));
        return;
      }
      if ((e.key === 'Delete' || e.key === 'Backspace') && !mod && !isTyping(e.target)) {
        const s = store.getState();
        const row = s.draft && s.selectedId ? rowOfEvent(s.draft.rows, s.selectedId) : -1;
        if (row < 0) return;
        e.preventDefault();
        editDraft(store, { op: 'remove', row, count: 1 });
        s.select(null);
        announce(t.rowDeleted);
        // The mark that had focus is gone: focus stays on the timeline, not the page.
        document.querySelector<HTMLElement>('.editor-preview .timeline')?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store, t]);
}
