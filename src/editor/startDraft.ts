/**
 * Which draft the editor opens: the one the link names (`draft=`), a blank one (`draft=new`), or a
 * new one made from the dataset the page loaded (`edit=1` alone: Edit on any timeline). A draft made
 * here gets an id, and the link is set to name it, so a reload or a reopened tab comes back to it.
 */
import { blankSheet } from '../data/edits/newRows';
import { NO_HISTORY } from '../data/edits/history';
import { sheetOf } from '../data/edits/readEdited';
import { listDrafts, newDraftId, readDraft } from '../io/drafts/draftStore';
import type { Draft, TimelineStore } from '../store/createTimelineStore';
import { withLang } from '../io/withLang';

export type DraftStart = { draft: Draft; made: boolean } | { missing: string };

export async function startingDraft(store: TimelineStore, asked: string | null): Promise<DraftStart> {
  if (asked && asked !== 'new') {
    const kept = await readDraft(asked);
    return kept ? { draft: { id: kept.id, rows: kept.rows, history: kept.history }, made: false } : { missing: asked };
  }
  const shown = asked === 'new' ? null : store.getState().index?.dataset;
  const rows = shown && shown.events.length ? sheetOf(shown) : blankSheet('');
  // Edit pressed again on the same timeline reopens the copy it made, if nothing was done to it since.
  const latest = shown ? (await listDrafts())[0] : undefined;
  const kept = latest ? await readDraft(latest.id) : null;
  if (kept && kept.history.past.length === 0 && JSON.stringify(kept.rows) === JSON.stringify(rows))
    return { draft: { id: kept.id, rows: kept.rows, history: kept.history }, made: true };
  return { draft: { id: newDraftId(), rows, history: NO_HISTORY }, made: true };
}

/** The editor on a draft, in the reader's language; the dataset it was made from is the draft's now. */
export function linkToDraft(id: string): string {
  return `${location.pathname}${withLang(`?edit=1&draft=${encodeURIComponent(id)}`)}`;
}
