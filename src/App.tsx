import { useEffect } from 'react';
import { useKeyboardCommands } from './commands/useKeyboardCommands';
import { loadDataset } from './data/load';
import type { TimelineStore } from './store/createTimelineStore';
import { StoreProvider, useTimeline } from './store/StoreContext';
import { selectIndex, selectSelectedId } from './store/selectors';
import { Timeline } from './timeline/Timeline';
import { DetailPanel } from './ui/DetailPanel';
import { FilterBar } from './ui/FilterBar';
import { Header } from './ui/Header';
import { ProblemList } from './ui/ProblemList';

/** Loads the dataset at `dataUrl` into the store, and shows it. */
export function App({ store, dataUrl }: { store: TimelineStore; dataUrl: string }) {
  useEffect(() => {
    const controller = new AbortController();
    store.getState().startLoading();
    loadDataset(dataUrl, controller.signal)
      .then((result) => store.getState().setLoaded(result))
      .catch(() => {
        /* aborted by a newer load */
      });
    return () => controller.abort();
  }, [store, dataUrl]);
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
