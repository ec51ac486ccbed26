/**
 * The full page: header, filters, timeline with overview, list, details. A chunk of its own, like
 * the embed's shell, so each view ships only its own chrome on top of the shared timeline core.
 */
import { Suspense, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { DetailPanel, ListView, listPart, overviewPart, ProblemList, useAfterReady } from '../lazyParts';
import { useTimeline } from '../store/StoreContext';
import { selectProblems, selectSelectedId, selectStatus, selectView } from '../store/selectors';
import { Timeline } from '../timeline/Timeline';
import { FilterBar } from './FilterBar';
import { Header } from './Header';

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

export function FullShell({ onShortcuts }: { onShortcuts: () => void }) {
  const hasSelection = useTimeline(selectSelectedId) !== null;
  const view = useTimeline(selectView);
  const hasProblems = useTimeline(selectProblems).length > 0;
  const printing = usePrinting();
  const OverviewStrip = useAfterReady(overviewPart, useTimeline(selectStatus) === 'ready');
  const PrintList = printing ? listPart.loaded() : undefined;
  return (
    <div className="app" data-has-selection={hasSelection} data-view={view}>
      <Header onShortcuts={onShortcuts} />
      {hasProblems && (
        <Suspense fallback={null}>
          <ProblemList />
        </Suspense>
      )}
      <FilterBar />
      <main className="main">
        <div className="views">
          <div className="timeline-view">
            <Timeline />
            {OverviewStrip ? <OverviewStrip /> : <div className="overview overview-placeholder" aria-hidden="true" />}
          </div>
          {view === 'list' ? (
            <Suspense fallback={<p className="list-view">Loading the list…</p>}>
              <ListView />
            </Suspense>
          ) : (
            printing && PrintList && <PrintList />
          )}
        </div>
        {hasSelection && (
          <Suspense fallback={null}>
            <DetailPanel />
          </Suspense>
        )}
      </main>
    </div>
  );
}
