/** The editor's bar: the draft's title, undo and redo, whether it is saved, drafts, a new timeline, export. */
import type { DatasetIndex } from '../data/buildIndex';
import type { Draft } from '../store/createTimelineStore';
import { useTimelineStore } from '../store/StoreContext';
import { redoDraft, undoDraft } from '../store/edits/draftActions';
import type { Messages } from '../i18n/en';
import type { SaveState } from './useAutosave';
import { download, draftCsv, draftJson, fileNameOf } from './draftFiles';
import { linkToDraft } from './startDraft';

interface EditorBarProps {
  draft: Draft | null;
  index: DatasetIndex | null;
  saved: SaveState | null;
  t: Messages;
  onDrafts: () => void;
  onPublish: () => void;
}

export function EditorBar({ draft, index, saved, t, onDrafts, onPublish }: EditorBarProps) {
  const store = useTimelineStore();
  const title = index?.dataset.title ?? t.untitled;
  const time = (at: number) => new Date(at).toLocaleTimeString(t.lang, { hour: '2-digit', minute: '2-digit' });
  const status =
    saved === null
      ? ''
      : 'state' in saved
        ? t.saving
        : saved.saved
          ? t.savedAt(time(saved.at))
          : saved.reason === 'full'
            ? t.notSavedFull
            : t.notSavedUnavailable;
  const failed = saved !== null && 'saved' in saved && !saved.saved;
  return (
    <header className="editor-bar">
      <h1 dir="auto">
        <span className="editor-kind">{t.editorTitle}</span> {title}
      </h1>
      <div className="toolbar" role="toolbar" aria-label={t.editorToolbar}>
        <button type="button" disabled={!draft?.history.past.length} onClick={() => undoDraft(store)} title={`${t.undo} (Ctrl+Z)`}>
          {t.undo}
        </button>
        <button type="button" disabled={!draft?.history.future.length} onClick={() => redoDraft(store)} title={`${t.redo} (Ctrl+Shift+Z)`}>
          {t.redo}
        </button>
        <button type="button" className="primary" disabled={!index?.dataset.events.length} onClick={onPublish}>
          {t.publish}
        </button>
        <button type="button" onClick={onDrafts} title={t.draftsTitle}>
          {t.drafts}
        </button>
        <a className="button" href={linkToDraft('new')}>
          {t.newTimeline}
        </a>
        <span className="export-group" role="group" aria-label={t.exportDraft}>
          <span aria-hidden="true">{t.exportDraft}:</span>
          <button type="button" disabled={!draft} onClick={() => draft && download(draftCsv(draft.rows), fileNameOf(title, 'csv'), 'text/csv')}>
            {t.draftAsCsv}
          </button>
          <button type="button" disabled={!index} onClick={() => index && download(draftJson(index.dataset), fileNameOf(title, 'json'), 'application/json')}>
            {t.draftAsJson}
          </button>
        </span>
      </div>
      {/* Said aloud only when it fails: "Saving…, Saved" after every pause in typing would be noise. */}
      <p className={failed ? 'save-status failed' : 'save-status'} role={failed ? 'alert' : undefined}>
        {status}
      </p>
    </header>
  );
}
