import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useKeyboardCommands } from './useKeyboardCommands';
import type { ParseResult } from '../data/types';
import type { FirstLoad } from '../io/firstLoad';
import type { TimelineStore } from '../store/createTimelineStore';
import { StoreProvider, useTimeline, useTimelineStore } from '../store/StoreContext';
import { selectEmbed, selectIndex, selectPresent } from '../store/selectors';
import type { TimelineState } from '../store/createTimelineStore';
import { applyUrlToStore, dropLinkedDataset } from './urlSync';
import { EditorRoute, EmbedShell, FullShell, PresenterShell } from './parts';
import { afterDraw } from './afterDraw';
import { ShortcutSheet } from '../ui/parts';
import { Timeline } from '../timeline/Timeline';
import { useThemeAttributes } from './useThemeAttributes';
import { problem, say } from '../data/problems';
import { emptyDataset } from '../data/validate';

/** Puts a loaded dataset in the store and applies the link to it (its window, filters, selection). */
export function showLoaded(store: TimelineStore, result: ParseResult, userDataset?: string): void {
  store.getState().setLoaded(result);
  if (userDataset) store.setState({ userDataset });
  applyUrlToStore(store);
}

const shownFirst = new WeakSet<FirstLoad>();

/**
 * Shows the page's first dataset, once, unless a newer load (a file the reader opened meanwhile)
 * was shown first; with its notices, and without the link's dataset if the reader cancelled it.
 */
export function showFirst(store: TimelineStore, first: FirstLoad | null): void {
  if (!first || shownFirst.has(first)) return;
  shownFirst.add(first);
  if (!first.ticket.show()) return;
  if (first.dropLink) dropLinkedDataset();
  showLoaded(store, first.result, first.userDataset);
  for (const notice of first.notices) store.getState().addNotice(notice);
}

/**
 * Shows the dataset that `loading` resolves to, then applies the link and keeps it in sync.
 * The load is started by the caller before React renders anything, so the fetch runs while the
 * app boots instead of after its first commit; a dataset that arrived first is already shown.
 * `loading` is not meant to reject; if it does, the page says so rather than load for ever.
 */
export function App({ store, loading }: { store: TimelineStore; loading: Promise<FirstLoad | null> }) {
  useEffect(() => {
    let current = true;
    let stop: (() => void) | undefined;
    if (!store.getState().index) store.getState().startLoading();
    void loading
      .then(
        (first) => current && showFirst(store, first),
        (error: unknown) => {
          if (!current || store.getState().index) return;
          const said = say('other', error instanceof Error ? error.message : String(error));
          store.getState().setLoaded({ dataset: emptyDataset(), problems: [problem('error', location.href, say('loading'), said)] });
        },
      )
      .then(async () => {
        if (!current) return;
        // Keeping the link in step is a chunk of its own: nothing is written before the reader acts.
        const shown = store.getState();
        const { startUrlSync } = await import('./sync/urlSync');
        if (current) stop = startUrlSync(store, shown);
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
  const ui = useMemo(() => ({ focusSearch: () => document.querySelector<HTMLInputElement>('input.search')?.focus(), toggleShortcuts }), [toggleShortcuts]);
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

const selectEditing = (s: TimelineState) => s.editing;

function Shell({ onShortcuts }: { onShortcuts: () => void }) {
  const store = useTimelineStore();
  const drawn = useCallback(() => afterDraw(store), [store]);
  const embed = useTimeline(selectEmbed);
  const present = useTimeline(selectPresent);
  const editing = useTimeline(selectEditing);
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
      ) : editing ? (
        <EditorRoute renderTimeline={(empty) => <Timeline orientation="horizontal" onReady={drawn} empty={empty} />} />
      ) : (
        <FullShell onShortcuts={onShortcuts} onDrawn={drawn} />
      )}
    </Suspense>
  );
}
