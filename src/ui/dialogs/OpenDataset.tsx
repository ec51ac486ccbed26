/**
 * Bring your own chronology: a file (JSON, CSV or TimelineJS3 JSON; the content decides), a URL,
 * or pasted text. Loaded on first use.
 */
import { Suspense, useEffect, useRef, useState } from 'react';
import { loadUserText, renameUserDataset, type UserLoad } from '../../io/user/userDataset';
import { describeUserLoad } from './describeUserLoad';
import { pageLink } from '../../io/viewLink';
import { readFileText } from '../../io/readFileText';
import { useTimeline, useTimelineStore } from '../../store/StoreContext';
import { selectIndex, selectUserDataset } from '../../store/selectors';
import { ProblemList } from '../parts';
import { useMoreMessages } from '../../i18n/more/more';
import { ModalDialog } from './ModalDialog';
import './OpenDataset.css';

export function OpenDataset({ onClose }: { onClose: () => void }) {
  const store = useTimelineStore();
  const t = useMoreMessages();
  const [status, setStatus] = useState('');
  const [pasted, setPasted] = useState('');
  const [url, setUrl] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  // What the last load from this dialog came to: an unusable one shows its problems here, not behind the backdrop.
  const [last, setLast] = useState<UserLoad['kind'] | null>(null);
  const report = (done: number, total: number) => setProgress(total ? done / total : null);
  const load = async (text: string, name: string) => {
    setStatus(t.reading(name));
    setProgress(0);
    const outcome = await loadUserText(store, text, name, report);
    const result = describeUserLoad(outcome);
    setLast(outcome.kind);
    setProgress(null);
    finish(result);
  };
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const finish = (result: { ok: boolean; message: string }) => {
    setStatus(result.message);
    if (result.ok) setTimeout(onClose, 600);
  };
  return (
    <ModalDialog className="open-dataset" labelledBy="open-title" onClose={onClose}>
      <h2 id="open-title">{t.openDataset}</h2>
      <RenameDataset onRenamed={setStatus} />
      <p className="hint">
        {t.openHint} {t.dropHint}{' '}
        <a href="template.csv" download>
          {t.csvTemplate}
        </a>{' '}
        (
        <a href="template.tsv" download>
          {t.forSheets}
        </a>
        ) {t.or}{' '}
        <a href="example.json" download>
          {t.jsonExample}
        </a>
        .
      </p>
      <label>
        {t.file}
        <input
          ref={first}
          type="file"
          accept=".json,.csv,.tsv,.txt,.xlsx,.xls,application/json,text/csv,text/tab-separated-values,text/plain"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (file) await load(await readFileText(file), file.name);
          }}
        />
      </label>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!/^https?:\/\//.test(url.trim())) return setStatus(t.urlMustBeHttp);
          // A URL dataset belongs in the link, so it can be shared.
          location.assign(pageLink({ data: url.trim() }));
        }}
      >
        <label>
          {t.datasetUrl}
          <input type="url" value={url} placeholder="https://example.com/timeline.json" onChange={(e) => setUrl(e.target.value)} />
        </label>
        <button type="submit" className="button">
          {t.openUrl}
        </button>
      </form>
      <label>
        {t.pasteText}
        <textarea rows={6} value={pasted} onChange={(e) => setPasted(e.target.value)} placeholder="id,start,title&#10;first,2026-01,The first event" />
      </label>
      <div className="dialog-actions">
        <button type="button" className="button" disabled={!pasted.trim()} onClick={() => load(pasted, 'pasted data')}>
          {t.loadPasted}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t.close}
        </button>
      </div>
      {progress !== null && <progress className="open-progress" max={1} value={progress} aria-label={t.checkingEvents} />}
      {last === 'unusable' && (
        <Suspense fallback={null}>
          <ProblemList />
        </Suspense>
      )}
      <p role="status" className="open-status">
        {status}
      </p>
    </ModalDialog>
  );
}

/** The title of the reader's own dataset, prefilled, to change; kept beside the file they brought (io/storage.ts). */
function RenameDataset({ onRenamed }: { onRenamed: (message: string) => void }) {
  const store = useTimelineStore();
  const t = useMoreMessages();
  const mine = useTimeline(selectUserDataset) !== null;
  const current = useTimeline(selectIndex)?.dataset.title ?? '';
  const [title, setTitle] = useState(current);
  if (!mine) return null;
  return (
    <form
      className="rename-dataset"
      onSubmit={async (e) => {
        e.preventDefault();
        const clean = title.trim();
        if (!clean) return;
        const keep = await renameUserDataset(store, clean);
        onRenamed(keep.kept ? t.renamed(clean) : t.renamedNotKept(clean));
      }}
    >
      <fieldset>
        <legend>{t.yourDataset}</legend>
        <label>
          {t.datasetTitle}
          <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} dir="auto" />
        </label>
        <button type="submit" className="button" disabled={!title.trim() || title.trim() === current}>
          {t.rename}
        </button>
      </fieldset>
    </form>
  );
}
