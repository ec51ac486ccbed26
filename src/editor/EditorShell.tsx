/**
 * The editor (`?edit=1`, issue 21): the timeline on top, drawing the draft as it is typed; the data
 * below as a table per kind of row (events, periods, actors, categories, sources, presenter steps)
 * and a form for the settings. Selecting an event on the timeline selects its row and back. Undo and
 * redo (buttons, Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y) go through every edit; the draft is saved in this
 * browser as it is typed. `renderTimeline` draws the app's timeline: features meet in app/.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTimeline, useTimelineStore } from '../store/StoreContext';
import { selectIndex, selectProblems, selectSelectedId, selectStatus } from '../store/selectors';
import type { TimelineState } from '../store/createTimelineStore';
import { editDraft, openDraft } from '../store/edits/draftActions';
import { problemsByPlace } from '../data/edits/readEdited';
import type { SheetEdit, SheetRow } from '../data/edits/sheetEdits';
import type { Dataset } from '../data/types';
import { problemMessage } from '../i18n/more/problemText';
import { editorWords, useEditorWords } from './editorWords';
import { SHEET_TABS, rowOfEvent, rowsOfTab, type TabId } from './editorTabs';
import { SheetTable, type Active } from './SheetTable';
import { SettingsForm } from './SettingsForm';
import { DraftsDialog } from './DraftsDialog';
import { PublishDialog } from './PublishDialog';
import { EditorBar } from './EditorBar';
import { RowActions } from './RowActions';
import { useAutosave } from './useAutosave';
import { useEditorKeys } from './useEditorKeys';
import { useAnnouncement } from '../ui/announce';
import { useTimelineGestures } from './useTimelineGestures';
import { linkToDraft, startingDraft } from './startDraft';
import './editor.css';

const selectDraft = (s: TimelineState) => s.draft;
const NO_ROWS: SheetRow[] = [];

interface EditorShellProps {
  /** `empty`: what the timeline says while the draft has no events. */
  renderTimeline: (empty: string) => ReactNode;
  /** The link preview's picture of a dataset (the app's export draws it), for the published folder. */
  previewImage: (dataset: Dataset, url: string) => Promise<Blob>;
}

export function EditorShell({ renderTimeline, previewImage }: EditorShellProps) {
  const store = useTimelineStore();
  const t = useEditorWords();
  const status = useTimeline(selectStatus);
  const draft = useTimeline(selectDraft);
  const index = useTimeline(selectIndex);
  const problems = useTimeline(selectProblems);
  const selectedId = useTimeline(selectSelectedId);
  const [missing, setMissing] = useState<string | null>(null);
  const [tabId, setTabId] = useState<TabId>('events');
  const [active, setActive] = useState<Active | null>(null);
  const [draftsOpen, setDraftsOpen] = useState(false);
  const [publishOpen, setPublishOpen] = useState(false);
  const saved = useAutosave(store);
  // Rows added, deleted or moved, undo and redo are said here (ui/announce.ts).
  const announcement = useAnnouncement();
  useEditorKeys(store, t);
  const preview = useRef<HTMLElement>(null);
  // An event added on the timeline: its row in sight, its title ready to type.
  const onAdded = useCallback((row: number) => {
    setTabId('events');
    requestAnimationFrame(() =>
      document.querySelector<HTMLInputElement>(`.sheet tr[data-row="${row}"] input[aria-label^="${CSS.escape(editorWords().columns.title)},"]`)?.focus(),
    );
  }, []);
  useTimelineGestures(preview, store, t, onAdded);

  // The draft the link asks for, once the page's first dataset is in (Edit starts from it).
  useEffect(() => {
    if (draft || missing || status === 'loading') return;
    let live = true;
    const asked = new URLSearchParams(location.search).get('draft');
    void startingDraft(store, asked).then((start) => {
      if (!live) return;
      if ('missing' in start) return setMissing(start.missing);
      openDraft(store, start.draft);
      if (start.made) history.replaceState(history.state, '', linkToDraft(start.draft.id));
    });
    return () => {
      live = false;
    };
  }, [store, draft, missing, status]);

  const edit = useCallback((e: SheetEdit, group?: string) => editDraft(store, e, group), [store]);
  const byPlace = useMemo(() => problemsByPlace(problems), [problems]);
  const rows = draft?.rows ?? NO_ROWS;
  const tab = SHEET_TABS.find((x) => x.id === tabId);
  const mine = useMemo(() => (tab ? rowsOfTab(rows, tab) : []), [rows, tab]);
  const selectedRow = selectedId ? rowOfEvent(rows, selectedId) : -1;
  // The row the row actions act on: the selected event's, else the one last typed in.
  const activeRow = tab?.id === 'events' && selectedRow >= 0 ? selectedRow : active && mine.includes(active.row) ? active.row : -1;
  const stepTargets = useMemo(() => (index ? [...index.dataset.events.map((e) => e.id), ...index.dataset.periods.map((p) => p.id)] : []), [index]);
  const unplaced = problems.filter((p) => !p.place);

  // The selected event's row comes into sight (a click on the timeline selects it).
  useEffect(() => {
    if (selectedRow < 0 || tabId !== 'events') return;
    document.querySelector(`.sheet tr[data-row="${selectedRow}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedRow, tabId]);

  if (missing)
    return (
      <main className="editor-shell editor-missing">
        <p role="alert">{t.draftMissing}</p>
        <p>
          <a className="button" href={linkToDraft('new')}>
            {t.newTimeline}
          </a>{' '}
          <button type="button" onClick={() => setDraftsOpen(true)}>
            {t.drafts}
          </button>
        </p>
        {draftsOpen && <DraftsDialog current={null} t={t} onClose={() => setDraftsOpen(false)} />}
      </main>
    );

  return (
    <div className="editor-shell">
      <EditorBar draft={draft} index={index} saved={saved} t={t} onDrafts={() => setDraftsOpen(true)} onPublish={() => setPublishOpen(true)} />
      <main className="editor-main">
        <section className="editor-preview" aria-label={t.timelinePreview} ref={preview}>
          {draft ? renderTimeline(t.noEvents) : null}
        </section>
        <section className="editor-data" aria-label={t.dataTabs}>
          <div className="editor-tabs" role="tablist" aria-label={t.dataTabs}>
            {([...SHEET_TABS.map((x) => x.id), 'settings'] as TabId[]).map((id) => {
              const count =
                id === 'settings'
                  ? null
                  : rowsOfTab(
                      rows,
                      SHEET_TABS.find((x) => x.id === id)!,
                    ).length;
              return (
                <button
                  key={id}
                  type="button"
                  role="tab"
                  id={`tab-${id}`}
                  aria-selected={tabId === id}
                  aria-controls="editor-panel"
                  tabIndex={tabId === id ? 0 : -1}
                  onClick={() => setTabId(id)}
                  onKeyDown={(e) => onTabKey(e, id, setTabId)}
                >
                  {t.tabs[id]}
                  {count !== null && <span className="tab-count">{count}</span>}
                </button>
              );
            })}
          </div>
          <div className="editor-panel" id="editor-panel" role="tabpanel" aria-labelledby={`tab-${tabId}`}>
            {tab && draft && <RowActions tab={tab} rows={rows} mine={mine} activeRow={activeRow} t={t} edit={edit} store={store} onActive={setActive} />}
            <p className="typing-hint">{t.typingHint}</p>
            {tabId === 'events' && <p className="typing-hint timeline-hint">{t.timelineHint}</p>}
            {tabId === 'events' && <p className="typing-hint touch-hint">{t.touchHint}</p>}
            {unplaced.length > 0 && (
              <div className="draft-problems" role="status">
                <strong>{t.otherProblems}</strong>
                <ul>
                  {unplaced.map((p, k) => (
                    <li key={k}>{problemMessage(p, t)}</li>
                  ))}
                </ul>
              </div>
            )}
            <div className="sheet-wrap">
              {draft && tab && (
                <SheetTable
                  key={tab.id}
                  tab={tab}
                  rows={rows}
                  mine={mine}
                  problems={byPlace}
                  selectedRow={selectedRow}
                  activeRow={activeRow}
                  t={t}
                  edit={edit}
                  stepTargets={tab.id === 'steps' ? stepTargets : undefined}
                  onActive={(a) => {
                    setActive(a);
                    if (tab.id === 'events') selectRowEvent(store, rows, a.row);
                  }}
                />
              )}
              {draft && !tab && <SettingsForm rows={rows} problems={byPlace} t={t} edit={edit} />}
            </div>
          </div>
        </section>
      </main>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {draftsOpen && <DraftsDialog current={draft?.id ?? null} t={t} onClose={() => setDraftsOpen(false)} />}
      {publishOpen && index && (
        <PublishDialog dataset={index.dataset} rows={rows} problems={problems} t={t} previewImage={previewImage} onClose={() => setPublishOpen(false)} />
      )}
    </div>
  );
}

/** Typing in an event's row selects the event on the timeline; in a row that does not read yet, none. */
function selectRowEvent(store: ReturnType<typeof useTimelineStore>, rows: readonly (readonly string[])[], row: number): void {
  const s = store.getState();
  const id = s.index?.dataset.events.find((e) => rowOfEvent(rows, e.id) === row)?.id ?? null;
  if (id !== s.selectedId) s.select(id);
}

/** Arrow keys, Home and End between tabs, as the ARIA tabs pattern has them. */
function onTabKey(e: React.KeyboardEvent<HTMLButtonElement>, id: TabId, setTabId: (id: TabId) => void): void {
  const ids = [...SHEET_TABS.map((x) => x.id), 'settings'] as TabId[];
  const at = ids.indexOf(id);
  const rtl = document.dir === 'rtl';
  const next =
    e.key === (rtl ? 'ArrowLeft' : 'ArrowRight')
      ? ids[(at + 1) % ids.length]
      : e.key === (rtl ? 'ArrowRight' : 'ArrowLeft')
        ? ids[(at - 1 + ids.length) % ids.length]
        : e.key === 'Home'
          ? ids[0]
          : e.key === 'End'
            ? ids.at(-1)
            : undefined;
  if (!next) return;
  e.preventDefault();
  setTabId(next);
  document.getElementById(`tab-${next}`)?.focus();
}
