/**
 * Bring your own chronology: a file (JSON, CSV or TimelineJS3 JSON; the content decides), a URL,
 * or pasted text. Loaded on first use.
 */
import { Suspense, useEffect, useRef, useState } from 'react';
import { loadUserText, renameUserDataset, type UserLoad } from '../../io/user/userDataset';
import { describeUserLoad } from './describeUserLoad';
import { pageLink } from '../../io/viewLink';
import { readFileText } from '../../io/user/readFileText';
import { useTimeline, useTimelineStore } from '../../store/StoreContext';
import { selectIndex, selectUserDataset } from '../../store/selectors';
import { ProblemList } from '../parts';
import { useMoreMessages } from '../../i18n/more/more';
import { ModalDialog } from './ModalDialog';
import { ColumnStep, type ColumnStepProps } from './ColumnStep';
import type { ColumnChoice } from '../../data/columnChoice';
import { columnQuestion } from './columnQuestion';
import { datasetUrl } from '../../data/datasetUrl';
import { fetchText } from '../../io/fetchText';
import { fileName } from '../../io/loadDataset';

interface Asking extends Pick<ColumnStepProps, 'name' | 'guess' | 'read'> {
  onChosen: (columns?: ColumnChoice) => void;
}
import './OpenDataset.css';

/** `dropped`: a file dropped on the page whose columns Chronicle must ask about; the dialog opens on its column step. */
export function OpenDataset({ onClose, dropped }: { onClose: () => void; dropped?: { text: string; name: string } }) {
  const store = useTimelineStore();
  const t = useMoreMessages();
  const [status, setStatus] = useState('');
  const [pasted, setPasted] = useState('');
  const [url, setUrl] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  // What the last load from this dialog came to: an unusable one shows its problems here, not behind the backdrop.
  const [last, setLast] = useState<UserLoad['kind'] | null>(null);
  const report = (done: number, total: number) => setProgress(total ? done / total : null);
  // Where Chronicle cannot tell what a CSV's columns hold, the reader says so first (ColumnStep.tsx).
  const [asking, setAsking] = useState<Asking | null>(null);
  const askColumns = async (text: string, name: string, then: (columns?: ColumnChoice) => void) => {
    const question = await columnQuestion(text);
    if (!question) return then();
    setStatus('');
    setAsking({ name, ...question, onChosen: then });
  };
  const load = (text: string, name: string) => askColumns(text, name, (columns) => loadNow(text, name, columns));
  const loadNow = async (text: string, name: string, columns?: ColumnChoice) => {
    setStatus(t.reading(name));
    setProgress(0);
    const outcome = await loadUserText(store, text, name, { onProgress: report, columns });
    const result = describeUserLoad(outcome);
    setLast(outcome.kind);
    setProgress(null);
    finish(result);
  };
  const first = useRef<HTMLInputElement>(null);
  // On opening, and back from the column step.
  useEffect(() => {
    if (!asking) first.current?.focus();
  }, [asking]);
  // Once: the dropped file's question is the dialog's first step.
  const droppedOnce = useRef(dropped);
  useEffect(() => {
    const file = droppedOnce.current;
    droppedOnce.current = undefined;
    if (file) void load(file.text, file.name);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on opening
  }, []);

  const finish = (result: { ok: boolean; message: string }) => {
    setStatus(result.message);
    if (result.ok) setTimeout(onClose, 600);
  };
  return (
    <ModalDialog className="open-dataset" labelledBy="open-title" onClose={onClose}>
      <h2 id="open-title">{t.openDataset}</h2>
      {asking ? (
        <ColumnStep
          name={asking.name}
          guess={asking.guess}
          read={asking.read}
          onBack={() => setAsking(null)}
          onLoad={(columns) => {
            setAsking(null);
            asking.onChosen(columns);
          }}
        />
      ) : (
        <>
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
            onSubmit={async (e) => {
              e.preventDefault();
              const target = url.trim();
              if (!/^https?:\/\//.test(target)) return setStatus(t.urlMustBeHttp);
              // A URL dataset belongs in the link, so it can be shared; so does the reader's word on its columns.
              // A fetch that fails is left to the page, which says why in its own way.
              const open = (columns?: ColumnChoice) => location.assign(pageLink({ data: target, columns }));
              // JSON names its own fields: no column step to ask, so no reason to fetch it twice.
              if (/\.json([?#]|$)/i.test(target)) return open();
              setStatus(t.reading(fileName(target)));
              const fetched = await fetchText(datasetUrl(target));
              if (fetched.ok) await askColumns(fetched.text, fileName(target), open);
              else open();
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
        </>
      )}
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
