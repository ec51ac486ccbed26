/**
 * Saves the draft in the browser as it is typed (io/drafts): a moment after the last change, and at
 * once when the page is hidden (a tab closed, an app switched). Until a save has landed, and after
 * one failed, leaving the page asks first.
 */
import { useEffect, useState } from 'react';
import { saveDraft, type SaveResult } from '../io/drafts/draftStore';
import type { Draft, TimelineStore } from '../store/createTimelineStore';
import { columnAt, rowType } from '../data/edits/newRows';

export type SaveState = { state: 'saving' } | SaveResult;

/** Short enough that a crash loses at most a word, long enough not to write on every key. */
const SAVE_AFTER_MS = 300;

const TITLE = columnAt('title');

/** The title row's title, for the list of drafts. */
export const draftTitle = (draft: Draft): string => draft.rows.find((r) => rowType(r) === 'title')?.[TITLE]?.trim() ?? '';

export function useAutosave(store: TimelineStore): SaveState | null {
  const [status, setStatus] = useState<SaveState | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending: Draft | null = null;
    let failed = false;
    let live = true;
    const flush = () => {
      clearTimeout(timer);
      const draft = pending;
      pending = null;
      if (!draft) return;
      const { index } = store.getState();
      void saveDraft({ ...draft, title: draftTitle(draft), events: index?.dataset.events.length ?? 0, savedAt: Date.now() }).then((result) => {
        failed = !result.saved;
        if (live && !pending) setStatus(result);
      });
    };
    const unsubscribe = store.subscribe((s, before) => {
      if (!s.draft || s.draft === before.draft) return;
      // A draft opened from where it was kept is saved already; one made just now is not.
      pending = s.draft;
      setStatus({ state: 'saving' });
      clearTimeout(timer);
      timer = setTimeout(flush, SAVE_AFTER_MS);
    });
    const hidden = () => document.visibilityState === 'hidden' && flush();
    const leaving = (event: BeforeUnloadEvent) => {
      // A save may not land while the page unloads: the reader is asked, and the save tried meanwhile.
      if (pending || failed) event.preventDefault();
      flush();
    };
    document.addEventListener('visibilitychange', hidden);
    addEventListener('pagehide', flush);
    addEventListener('beforeunload', leaving);
    return () => {
      live = false;
      flush();
      unsubscribe();
      document.removeEventListener('visibilitychange', hidden);
      removeEventListener('pagehide', flush);
      removeEventListener('beforeunload', leaving);
    };
  }, [store]);
  return status;
}
