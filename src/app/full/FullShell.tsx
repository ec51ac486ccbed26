/**
 * The full page: header, filters, timeline with overview, list, details. A chunk of its own, like
 * the embed's shell, so each view ships only its own chrome on top of the shared timeline core.
 */
import { Suspense, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { DetailPanel, ListView, listPart, Notices, OpenDataset, ProblemList } from '../../ui/parts';
import { useAfterReady } from '../../ui/lazyPart';
import { announce, focusFirst, useAnnouncement } from '../../ui/announce';
import { overviewPart } from '../../timeline/parts';
import { useTimeline, useTimelineStore } from '../../store/StoreContext';
import { useMessages } from '../../i18n/useMessages';
import { selectNotices, selectProblems, selectSelectedId, selectStatus, selectUserDataset, selectView } from '../../store/selectors';
import { Timeline } from '../../timeline/Timeline';
import { FilterBar, FiltersToggle, ViewToggle } from './FilterBar';
import { useMedia } from './useMedia';
import { Header } from './Header';
import { pageLink } from '../../io/viewLink';

/** True while the page is being printed, so the list (the print view) is rendered even when hidden on screen. */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // beforeprint fires just before the print layout: render synchronously or the list misses the page.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => flushSync(() => setPrinting(false));
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

/** `onDrawn` runs once the timeline is drawn (app/afterDraw.ts). */
export function FullShell({ onShortcuts, onDrawn }: { onShortcuts: () => void; onDrawn: () => void }) {
  const hasSelection = useTimeline(selectSelectedId) !== null;
  const view = useTimeline(selectView);
  const hasProblems = useTimeline(selectProblems).length > 0;
  const hasNotices = useTimeline(selectNotices).length > 0;
  const store = useTimelineStore();
  const printing = usePrinting();
  const overviewLoaded = useAfterReady(overviewPart, useTimeline(selectStatus) === 'ready');
  // Printing renders the list only if its chunk is already in: nothing may suspend in beforeprint.
  const printList = printing && listPart.loaded() !== undefined;
  const [opening, setOpening] = useState(false);
  const [filtersOpen, setFiltersOpen] = useState(false);
  // The compact header of phones and tablets (app-header.css): the switch to the other view sits in it,
  // because the filter bar, where a desktop has Timeline | List, waits behind Filters there.
  const compact = useMedia('(max-width: 1024px)');
  // Where the list was scrolled to, kept while the timeline is shown instead (ListView.tsx).
  const listScrollRef = useRef(0);
  const [dropMessage, setDropMessage] = useState('');
  const [dropped, setDropped] = useState<{ text: string; name: string } | null>(null);
  const t = useMessages();
  const announcement = useAnnouncement();
  return (
    <div
      className="app"
      data-has-selection={hasSelection}
      data-view={view}
      onDragOver={(e) => {
        if ([...e.dataTransfer.types].includes('Files')) e.preventDefault();
      }}
      onDrop={async (e) => {
        const file = e.dataTransfer.files[0];
        if (!file) return;
        e.preventDefault();
        const [{ loadUserText }, { describeUserLoad }, { readFileText }, { columnQuestion }] = await Promise.all([
          import('../../io/user/userDataset'),
          import('../../ui/dialogs/describeUserLoad'),
          import('../../io/user/readFileText'),
          import('../../ui/dialogs/columnQuestion'),
        ]);
        const text = await readFileText(file);
        // A sheet whose columns Chronicle cannot read safely opens Open… on its column step.
        if (await columnQuestion(text)) {
          setDropped({ text, name: file.name });
          return setOpening(true);
        }
        // A summary that fades; what must stay (a file that could not be kept) is a notice.
        setDropMessage(describeUserLoad(await loadUserText(store, text, file.name)).message);
        setTimeout(() => setDropMessage(''), 4000);
      }}
    >
      <a className="skip-link" href="#timeline" onClick={skipToTimeline}>
        {t.skipToTimeline}
      </a>
      <Header
        onShortcuts={onShortcuts}
        onOpen={() => setOpening(true)}
        filtersToggle={<FiltersToggle open={filtersOpen} onToggle={() => setFiltersOpen(!filtersOpen)} />}
        viewToggle={compact ? <ViewToggle /> : undefined}
      />
      <UserDatasetBanner />
      {hasNotices && (
        <Suspense fallback={null}>
          <Notices />
        </Suspense>
      )}
      {hasProblems && (
        <Suspense fallback={null}>
          <ProblemList />
        </Suspense>
      )}
      <FilterBar open={filtersOpen} viewSwitch={!compact} />
      <main className="main">
        <div className="views">
          <div className="timeline-view">
            <Timeline onReady={onDrawn} />
            {overviewLoaded ? <overviewPart.Component /> : <div className="overview overview-placeholder" aria-hidden="true" />}
          </div>
          {view === 'list' ? (
            <Suspense fallback={<p className="list-view">{t.loadingList}</p>}>
              <ListView scrollTopRef={listScrollRef} />
            </Suspense>
          ) : (
            printList && <ListView />
          )}
        </div>
        {hasSelection && (
          <Suspense fallback={null}>
            <DetailPanel />
          </Suspense>
        )}
      </main>
      {opening && (
        <Suspense fallback={null}>
          <OpenDataset
            dropped={dropped ?? undefined}
            onClose={() => {
              setOpening(false);
              setDropped(null);
            }}
          />
        </Suspense>
      )}
      <p className="toast" role="status">
        {dropMessage}
      </p>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}

/** Says whose chronology this is when the reader brought one, with the way back. */
function UserDatasetBanner() {
  const store = useTimelineStore();
  const name = useTimeline(selectUserDataset);
  const t = useMessages();
  // One that could not be kept says so in its notice, and what a reload will show.
  const kept = !useTimeline(selectNotices).some((n) => n.kind === 'notKept');
  if (!name) return null;
  return (
    <p className="user-dataset">
      {t.showingYourData} <strong>{name}</strong>.{kept && ` ${t.staysOnReload}`}{' '}
      <button
        type="button"
        className="link-button"
        onClick={async () => {
          const [{ backToBundled }, { bundledUrl }] = await Promise.all([import('../../io/user/userDataset'), import('../../data/datasetUrl')]);
          // In place, so focus has somewhere to go: the button goes away with the banner.
          if (!(await backToBundled(store, bundledUrl))) return location.replace(pageLink({ data: undefined }));
          // The Open button: it stays put while the timeline redraws under the new dataset.
          focusFirst([`.app-header button[title="${CSS.escape(t.openTitle)}"]`]);
          announce(t.showingBundled);
        }}
      >
        {t.backToBundled}
      </button>
    </p>
  );
}

/** The first Tab of the page offers a way past the toolbar and the filters, straight to the events. */
function skipToTimeline(e: React.MouseEvent) {
  const stop = document.querySelector<HTMLElement | SVGElement>('[data-testid=timeline] [tabindex="0"]');
  if (!stop) return;
  e.preventDefault();
  stop.focus();
}
