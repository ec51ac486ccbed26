import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useKeyboardCommands } from './useKeyboardCommands';
import type { ParseResult } from '../data/types';
import type { TimelineStore } from '../store/createTimelineStore';
import { StoreProvider, useTimeline, useTimelineStore } from '../store/StoreContext';
import { selectEmbed, selectIndex, selectPresent } from '../store/selectors';
import { applyUrlToStore, startUrlSync } from './urlSync';
import { measureVisibleSet } from './measureVisible';
import { EmbedShell, FullShell, PresenterShell } from './parts';
import { afterDraw } from './afterDraw';
import { ShortcutSheet } from '../ui/parts';
import { Timeline } from '../timeline/Timeline';
import { useThemeAttributes } from './useThemeAttributes';

/** Puts a loaded dataset in the store and applies the link to it (its window, filters, selection). */
export function showLoaded(store: TimelineStore, result: ParseResult, userDataset?: string): void {
  store.getState().setLoaded(result);
  if (userDataset) store.setState({ userDataset });
  applyUrlToStore(store);
}

/**
 * Shows the dataset that `loading` resolves to, then applies the link and keeps it in sync.
 * The load is started by the caller before React renders anything, so the fetch runs while the
 * app boots instead of after its first commit; a dataset that arrived first is already shown.
 */
export function App({ store, loading, userDataset }: { store: TimelineStore; loading: Promise<ParseResult>; userDataset?: string }) {
  useEffect(() => {
    let current = true;
    let stop: (() => void) | undefined;
    if (!store.getState().index) store.getState().startLoading();
    void loading.then((result) => {
      if (!current) return;
      if (store.getState().index?.dataset !== result.dataset) showLoaded(store, result, userDataset);
      stop = startUrlSync(store);
    });
    return () => {
      current = false;
      stop?.();
    };
  }, [store, loading, userDataset]);
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
  useEffect(() => measureVisibleSet(store), [store]);
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

function Shell({ onShortcuts }: { onShortcuts: () => void }) {
  const store = useTimelineStore();
  const drawn = useCallback(() => afterDraw(store), [store]);
  const embed = useTimeline(selectEmbed);
  const present = useTimeline(selectPresent);
  const title = useTimeline(selectIndex)?.dataset.title;
  useEffect(() => {
    if (title) document.title = `${title} · Chronicle`;
  }, [title]);
  return (
    <Suspense fallback={null}>
      {embed ? (
        <EmbedShell timeline={<Timeline onReady={drawn} />} />
      ) : present ? (
        <PresenterShell renderTimeline={(props) => <Timeline {...props} onReady={drawn} />} />
      ) : (
        <FullShell onShortcuts={onShortcuts} onDrawn={drawn} />
      )}
    </Suspense>
  );
}
