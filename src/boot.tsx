import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { bundledUrl, datasetUrl, type EarlyFetch } from './data/datasetUrl';
import { App, showFirst } from './app/App';
import { stallPolicy } from './data/limits';
import { firstLoad, type FirstLoad } from './io/firstLoad';
import { readKept } from './io/storage';
import { createTimelineStore } from './store/createTimelineStore';
import { measureVisibleSet } from './app/measureVisible';
import { parseViewParams } from './view/viewParams';
import { editorPart, embedPart, fullPart, presenterPart } from './app/parts';
import { loadLanesKit, verticalPart } from './timeline/parts';
import { VERTICAL_BELOW } from './timeline/Timeline';
import { catalogueOf, dirOf, resolveLocale, wordsLang } from './view/lang';
import { loadMessages, switchLocale } from './i18n/messages';
import type { TimelineStore } from './store/createTimelineStore';

/** How long the first render waits for the data rather than show the loading state. */
const FIRST_RENDER_WAITS_MS = 50;

/** The interface's words, dates, numbers and amounts, and the document's language (a screen reader's voice). */
async function speak(asked: string, store?: TimelineStore): Promise<void> {
  const locale = await switchLocale(asked);
  document.documentElement.lang = wordsLang(locale);
  // The page's chrome mirrors for right-to-left languages (logical CSS properties).
  document.documentElement.dir = dirOf(locale);
  store?.setState({ lang: locale });
}

/** Starts the page the link asks for. */
export function boot(early: EarlyFetch | null = null): void {
  const root = createRoot(document.getElementById('root')!);
  const { params } = parseViewParams(location.search);

  // A published single file has no address to embed: no builder in it (build/standalone.ts).
  if (params.builder && !import.meta.env.VITE_STANDALONE) {
    // The builder is its own page and its own chunk: readers of the timeline never download it.
    // It speaks the link's language, else the browser's; it renders once that catalogue is in.
    const BuilderPage = lazy(() => import('./builder/BuilderPage').then((m) => ({ default: m.BuilderPage })));
    const render = () =>
      root.render(
        <StrictMode>
          <Suspense fallback={null}>
            <BuilderPage bundledUrl={bundledUrl} />
          </Suspense>
        </StrictMode>,
      );
    speak(resolveLocale([new URLSearchParams(location.search).get('lang'), ...navigator.languages])).then(render, render);
  } else {
    // The fetch starts before React renders anything, so it runs while the app boots. A file the
    // reader opened earlier comes back, unless the link names a dataset.
    // A published single file shows its own dataset, never one kept by another page from disk (they share an origin).
    const saved = params.data || params.embed || import.meta.env.VITE_STANDALONE ? Promise.resolve(null) : Promise.resolve(readKept());
    const url = datasetUrl(params.data);
    const store = createTimelineStore();
    // Before any component subscribes: React's listeners derive the visible set as soon as the store
    // changes, and the benchmark's measure must be the one that pays for it.
    measureVisibleSet(store);
    const { embed = false, present = false, accent = null, orientation = null, edit = false } = params;
    // The page's language is known once the dataset is: the link's, the dataset's, the browser's. The
    // link's or the browser's catalogue is fetched alongside the data, so even a failed load says why
    // in that language.
    const linkLang = new URLSearchParams(location.search).get('lang');
    const hinted = catalogueOf(resolveLocale([linkLang, ...navigator.languages]));
    const catalogue = hinted === 'en' ? Promise.resolve() : loadMessages(hinted).catch(() => undefined);
    const fetched = catalogue.then(() =>
      firstLoad(store, {
        url,
        bundledUrl,
        saved,
        columns: params.columns,
        started: early?.url === url ? early : undefined,
        stall: stallPolicy(import.meta.env.VITE_CHRONICLE_STALL_MS),
        fallBackOnCancel: !embed && !present,
        onProgress: (progress) => store.getState().status === 'loading' && store.setState({ progress }),
      }),
    );
    // Never rejects: whatever happens, the page leaves its loading state (App.tsx).
    const loading: Promise<FirstLoad | null> = fetched.then(async (first) => {
      if (first) await speak(resolveLocale([linkLang, first.result.dataset.locale, ...navigator.languages]), store).catch(() => undefined);
      return first;
    });
    // How to show the app (embed, theme) is known before the data arrives: no flash of the wrong chrome.
    // On stage the default is the high-contrast dark theme.
    const theme = params.theme ?? (present ? 'dark' : 'light');
    store.setState({ embed, present, theme, accent, orientation, editing: edit && !embed && !present });
    const render = () =>
      root.render(
        <StrictMode>
          <App store={store} loading={loading} />
        </StrictMode>,
      );
    // Each view's shell is a chunk of its own: fetched alongside the data, and the page (still showing
    // the static chronology) renders once it is in, so nothing suspends.
    const narrow = orientation === 'vertical' || (orientation === null && innerWidth < VERTICAL_BELOW);
    const shell = embed ? embedPart : present ? presenterPart : edit ? editorPart : fullPart;
    // A dataset that arrives within a moment of the shell is in the first render: a loading state
    // shown for a blink would only be a second render to wait for. A larger one is still on its way
    // then, and the loading state renders meanwhile.
    let arrived: FirstLoad | null | undefined;
    loading.then(
      (first) => (arrived = first),
      () => {},
    );
    const moment = () => new Promise((resolve) => setTimeout(resolve, FIRST_RENDER_WAITS_MS));
    Promise.all([shell.load(), narrow && !present ? verticalPart.load() : loadLanesKit()])
      .then(() => Promise.race([loading, moment()]))
      .then(() => {
        if (arrived) showFirst(store, arrived);
      })
      .then(render, render);
  }
}
