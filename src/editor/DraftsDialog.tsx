/** The drafts kept in this browser, newest first: open one, or delete one (after asking). */
import { useEffect, useState } from 'react';
import { deleteDraft, listDrafts, type DraftSummary } from '../io/drafts/draftStore';
import { ModalDialog } from '../ui/dialogs/ModalDialog';
import type { Messages } from '../i18n/en';
import { eventCount } from '../i18n/messages';
import { linkToDraft } from './startDraft';

export function DraftsDialog({ current, t, onClose }: { current: string | null; t: Messages; onClose: () => void }) {
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  useEffect(() => {
    void listDrafts().then(setDrafts);
  }, []);
  const when = (at: number) => new Date(at).toLocaleString(t.lang, { dateStyle: 'medium', timeStyle: 'short' });
  const remove = async (draft: DraftSummary) => {
    if (!confirm(t.confirmDelete(draft.title || t.untitled))) return;
    await deleteDraft(draft.id);
    setDrafts(await listDrafts());
    // Its row and button are gone: focus stays in the dialog.
    document.getElementById('drafts-title')?.focus();
  };
  return (
    <ModalDialog className="drafts-dialog" labelledBy="drafts-title" onClose={onClose}>
      <h2 id="drafts-title" tabIndex={-1}>
        {t.draftsTitle}
      </h2>
      {drafts && drafts.length === 0 && <p>{t.noDrafts}</p>}
      <ul className="drafts">
        {drafts?.map((d) => (
          <li key={d.id}>
            <span dir="auto">{t.draftLine(d.title || t.untitled, eventCount(d.events), when(d.savedAt))}</span>
            {d.id === current ? (
              <span className="current-draft">{t.thisDraft}</span>
            ) : (
              <a className="button" href={linkToDraft(d.id)}>
                {t.openDraft}
              </a>
            )}
            {d.id !== current && (
              <button type="button" onClick={() => void remove(d)}>
                {t.deleteDraft(`${d.title || t.untitled} (${when(d.savedAt)})`)}
              </button>
            )}
          </li>
        ))}
      </ul>
      <p className="dialog-actions">
        <a className="button" href={linkToDraft('new')}>
          {t.newTimeline}
        </a>
        <button type="button" onClick={onClose}>
          {t.close}
        </button>
      </p>
    </ModalDialog>
  );
}
