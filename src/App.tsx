import { useEffect } from 'react';
import { useKeyboardCommands } from './commands/useKeyboardCommands';
import type { ParseResult } from './data/types';
import type { TimelineStore } from './store/createTimelineStore';
import { StoreProvider, useTimeline } from './store/StoreContext';
import { selectIndex, selectSelectedId } from './store/selectors';
import { Timeline } from './timeline/Timeline';
import { DetailPanel } from './ui/DetailPanel';
import { FilterBar } from './ui/FilterBar';
import { Header } from './ui/Header';
import { ProblemList } from './ui/ProblemList';

/**
 * Shows the dataset that `loading` resolves to. The load is started by the caller before React
 * renders anything, so the fetch runs while the app boots instead of after its first commit.
 */
export function App({ store, loading }: { store: TimelineStore; loading: Promise<ParseResult> }) {
  useEffect(() => {
    let current = true;
    store.getState().startLoading();
    loading.then((result) => current && store.getState().setLoaded(result));
    return () => {
      current = false;
    };
  }, [store, loading]);
  return <Chronicle store={store} />;
}

/** The whole view over whatever the store holds; tests render it with a store they loaded themselves. */
export function Chronicle({ store }: { store: TimelineStore }) {
  useKeyboardCommands(store);
  return (
    <StoreProvider store={store}>
      <Shell />
    </StoreProvider>
  );
}

function Shell() {
  const index = useTimeline(selectIndex);
  const hasSelection = useTimeline(selectSelectedId) !== null;
  const title = index?.dataset.title;
  useEffect(() => {
    if (title) document.title = `${title} · Chronicle`;
  }, [title]);
  return (
    <div className="app" data-has-selection={hasSelection}>
      <Header />
      <ProblemList />
      <FilterBar />
      <main className="main">
        <Timeline />
        <DetailPanel />
      </main>
    </div>
  );
}
