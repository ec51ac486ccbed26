import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useKeyboardCommands } from './commands/useKeyboardCommands';
import type { ParseResult } from './data/types';
import type { TimelineStore } from './store/createTimelineStore';
import { StoreProvider, useTimeline } from './store/StoreContext';
import { selectEmbed, selectIndex, selectProblems, selectSelectedId, selectView } from './store/selectors';
import { Overview } from './timeline/Overview';
import { Timeline } from './timeline/Timeline';
import { applyUrlToStore, startUrlSync } from './url/urlSync';
import { FilterBar } from './ui/FilterBar';
import { Header } from './ui/Header';
import { DetailPanel, EmbedShell, ListView, loadedListView, prefetchLazyParts, ProblemList, ShortcutSheet } from './lazyParts';
import { useThemeAttributes } from './theme/useThemeAttributes';

/**
 * Shows the dataset that `loading` resolves to, then applies the link and keeps it in sync.
 * The load is started by the caller before React renders anything, so the fetch runs while the
 * app boots instead of after its first commit.
 */
export function App({ store, loading }: { store: TimelineStore; loading: Promise<ParseResult> }) {
  useEffect(() => {
    let current = true;
    let stop: (() => void) | undefined;
    store.getState().startLoading();
    loading.then((result) => {
      if (!current) return;
      store.getState().setLoaded(result);
      applyUrlToStore(store);
      stop = startUrlSync(store);
      prefetchLazyParts();
    });
    return () => {
      current = false;
      stop?.();
    };
  }, [store, loading]);
  return <Chronicle store={store} />;
}

/** The whole view over whatever the store holds; tests render it with a store they loaded themselves. */
export function Chronicle({ store }: { store: TimelineStore }) {
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const toggleShortcuts = useCallback(() => setShortcutsOpen((open) => !open), []);
  const ui = useMemo(
    () => ({ focusSearch: () => document.querySelector<HTMLInputElement>('input.search')?.focus(), toggleShortcuts }),
    [toggleShortcuts],
  );
  useKeyboardCommands(store, ui);
  useThemeAttributes(store);
  return (
    <StoreProvider store={store}>
      <Shell onShortcuts={toggleShortcuts} />
      {shortcutsOpen && (
        <Suspense fallback={null}>
          <ShortcutSheet onClose={() => setShortcutsOpen(false)} />
        </Suspense>
      )}
    </StoreProvider>
  );
}

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

function Shell({ onShortcuts }: { onShortcuts: () => void }) {
  const embed = useTimeline(selectEmbed);
  if (embed) {
    return (
      <Suspense fallback={null}>
        <EmbedShell />
      </Suspense>
    );
  }
  return <FullShell onShortcuts={onShortcuts} />;
}

function FullShell({ onShortcuts }: { onShortcuts: () => void }) {
  const index = useTimeline(selectIndex);
  const hasSelection = useTimeline(selectSelectedId) !== null;
  const view = useTimeline(selectView);
  const hasProblems = useTimeline(selectProblems).length > 0;
  const printing = usePrinting();
  const PrintList = printing ? loadedListView() : undefined;
  const title = index?.dataset.title;
  useEffect(() => {
    if (title) document.title = `${title} · Chronicle`;
  }, [title]);
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
            <Overview />
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
