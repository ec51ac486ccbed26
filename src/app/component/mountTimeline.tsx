/**
 * A timeline in someone else's page, with no iframe: what `<chronicle-timeline>` (src/lib/) runs in its
 * shadow root. The embed's view over its own store; its options come from the element's attributes,
 * written as the embed's URL parameters (`search`), never from the page's address, which is the
 * article's; it writes no history, keeps nothing in storage, and tells its element what the reader
 * does (the embed messages' select, ready and view) instead of posting to a parent frame.
 */
import { StrictMode, Suspense, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { bundledUrl, datasetUrl } from '../../data/datasetUrl';
import { firstLoad } from '../../io/firstLoad';
import { createTimelineStore, type TimelineStore } from '../../store/createTimelineStore';
import { StoreProvider } from '../../store/StoreContext';
import { CARRIED_PARAMS, formatViewParams, parseViewParams } from '../../view/viewParams';
import { watchViewSettled } from '../../store/watch/viewSettled';
import { dirOf, resolveLocale, wordsLang } from '../../view/lang';
import { switchLocale } from '../../i18n/messages';
import { Timeline } from '../../timeline/Timeline';
import { loadLanesKit, verticalPart } from '../../timeline/parts';
import { measureLabelsIn } from '../../timeline/labelFont';
import { part } from '../../ui/lazyPart';
import { applyUrlToStore, linkWarnings } from '../urlSync';
import { paramWarning } from '../../view/words/paramWarnings';
import { afterDraw } from '../afterDraw';
import { useKeyboardCommands } from '../useKeyboardCommands';
import { useThemeAttributes } from '../useThemeAttributes';

/** What the element hears from its timeline: the embed messages, as calls. */
export interface TimelineListener {
  select: (id: string | null) => void;
  ready: () => void;
  view: (from: string, to: string) => void;
}

export interface MountedTimeline {
  store: TimelineStore;
  /** Applies changed attributes that do not change the dataset or the language (window, filters, selection, theme). */
  apply: (search: string) => void;
  /** Moves to a presenter step (a number from 1, or a period or event id), as the `chronicle:step` message does; before the data arrive, the latest waits. */
  step: (step: number | string) => void;
  unmount: () => void;
}

// What is wrong with an element's attributes, on the console, as for a link.
linkWarnings.say = (w) => console.warn(`Chronicle <chronicle-timeline>: ${paramWarning(w)}`);

/** The embed's view, and nothing of the app's other views. */
const embedPart = part(
  () => import('../../embed/EmbedShell'),
  (m) => m.EmbedShell,
);
const EmbedShell = embedPart.Component;

/** How long the first render waits for the data rather than show the loading state (as boot.tsx). */
const FIRST_RENDER_WAITS_MS = 50;

/**
 * `root` is the element inside the shadow root that stands for the page's <html> (the stylesheet's
 * `:root` rules are rewritten to it: build/libStyles.ts); `app` the app's page, for the link to the
 * full view.
 */
export function mountTimeline(root: HTMLElement, search: string, app: string, listener: TimelineListener): MountedTimeline {
  const { params } = parseViewParams(search);
  const store = createTimelineStore();
  const query = new URLSearchParams(search);
  const link = new URL(formatViewParams({ ...params, data: params.data && datasetUrl(params.data) }), app);
  for (const key of CARRIED_PARAMS) {
    const value = query.get(key);
    if (value) link.searchParams.set(key, value);
  }
  store.setState({
    embed: true,
    link: link.href,
    theme: params.theme ?? 'light',
    accent: params.accent ?? null,
    orientation: params.orientation ?? null,
  });

  // The element's `lang`; `auto`, or none, is the article's own, after the dataset's.
  const asked = query.get('lang');
  const pageLang = document.documentElement.lang;

  /** A step asked for before the data arrived: the latest. */
  let pending: number | string | null = null;
  const url = datasetUrl(params.data);
  const loading = firstLoad(store, {
    url,
    bundledUrl,
    saved: Promise.resolve(null),
    columns: params.columns,
    fallBackOnCancel: false,
    onProgress: (progress) => store.getState().status === 'loading' && store.setState({ progress }),
  });
  store.getState().startLoading();
  const narrow = params.orientation === 'vertical' || (params.orientation === undefined && root.getBoundingClientRect().width < 560);
  const shown = Promise.all([loading, embedPart.load(), narrow ? verticalPart.load() : loadLanesKit()]).then(async ([first]) => {
    if (!first || !first.ticket.show()) return;
    const explicit = asked && asked !== 'auto' ? asked : null;
    await speak(resolveLocale([explicit, first.result.dataset.locale, pageLang, ...navigator.languages]));
    store.getState().setLoaded(first.result);
    applyUrlToStore(store, search);
    for (const notice of first.notices) store.getState().addNotice(notice);
    if (pending !== null) void showStep(store, pending);
  });

  const instance = { store, root };
  mounted.add(instance);
  let ready = false;
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.selectedId !== prev.selectedId) listener.select(s.selectedId);
  });
  const view = watchViewSettled(store, ({ from, to }) => ready && listener.view(from, to));
  const onDrawn = () => {
    afterDraw(store);
    if (ready) return;
    ready = true;
    listener.ready();
    // The window it was drawn at is the one told first moves away from.
    view.now();
  };

  measureLabelsIn(root);
  const reactRoot = createRoot(root);
  const render = () =>
    reactRoot.render(
      <StrictMode>
        <ComponentView store={store} root={root} onDrawn={onDrawn} />
      </StrictMode>,
    );
  // As the app does (boot.tsx): a dataset that arrives with the view's code is in the first render, and
  // a loading state is drawn (and its code fetched) only for one that takes longer.
  void Promise.race([shown, new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAITS_MS))]).then(render, render);
  return {
    store,
    apply: (next) => {
      const { params: p } = parseViewParams(next);
      store.setState({ theme: p.theme ?? 'light', accent: p.accent ?? null, orientation: p.orientation ?? null });
      if (store.getState().index) applyUrlToStore(store, next);
    },
    step: (step) => {
      if (store.getState().index) void showStep(store, step);
      else pending = step;
    },
    unmount: () => {
      mounted.delete(instance);
      view.stop();
      unsubscribe();
      reactRoot.unmount();
    },
  };
}

/**
 * The embed's own steps (embed/embedBridge.ts), from its chunk, which the embed's view has loaded by
 * now: imported in place, the chunk and this library's entry would each wait for the other.
 */
const showStep = (store: TimelineStore, step: number | string) => import('../../embed/embedBridge').then((m) => m.showStep(store, step));

/** The timelines on this page: they share one language (the words and date formats are the page's). */
const mounted = new Set<{ store: TimelineStore; root: HTMLElement }>();

/**
 * The page's timelines speak `lang` from now on: the catalogue and the date words are one per page
 * (i18n/), so the last element to load one decides for all, and all say so (lang, dir) to screen readers.
 */
async function speak(asked: string): Promise<void> {
  const locale = await switchLocale(asked);
  for (const { store, root } of mounted) {
    root.lang = wordsLang(locale);
    root.dir = dirOf(locale);
    store.setState({ lang: locale });
  }
}

function ComponentView({ store, root, onDrawn }: { store: TimelineStore; root: HTMLElement; onDrawn: () => void }) {
  // The shortcuts work while focus is inside this timeline: a page may hold several, and its own keys are its own.
  const ui = useMemo(() => ({ focusSearch: () => root.querySelector<HTMLInputElement>('input.search')?.focus(), toggleShortcuts: () => {} }), [root]);
  useKeyboardCommands(store, ui, root);
  useThemeAttributes(store, root);
  return (
    <StoreProvider store={store}>
      <Suspense fallback={null}>
        <EmbedShell bridge={false} timeline={<Timeline onReady={onDrawn} />} />
      </Suspense>
    </StoreProvider>
  );
}
