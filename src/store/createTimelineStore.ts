/**
 * The one store of view state: data, filters, window, selection, lane mode. It holds domain units
 * only (UTC ms, ids), never pixels or d3 objects, so the URL can mirror it and tests can drive it.
 */
import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import { buildIndex, type DatasetIndex } from '../data/buildIndex';
import { NO_FILTERS, type Filters, type TimeWindow } from '../data/queryVisible';
import type { ParseResult, Problem } from '../data/types';
import type { LaneMode } from '../data/lanes';
import type { AxisDirection, Orientation, Theme } from '../view/viewParams';
import { clampWindow, panWindow, sameWindow, windowAround, windowShowing, zoomWindow, type Limits } from '../view/zoomMath';
import { limitsFor } from '../view/foldedLimits';
import { adjacentEvent } from '../data/adjacentEvent';
import { selectFilteredEvents } from './selectors';
import { clampStep, stepsOf, stepView } from '../view/steps';
import type { SheetRow } from '../data/edits/sheetEdits';
import type { EditHistory } from '../data/edits/history';

/**
 * What the page must tell the reader about loading and keeping datasets, until read (issue 18).
 * `setAside`: the dataset kept from an earlier visit no longer reads (its first error says why); the
 * bundled one is shown and the kept one waits, untouched, until the reader downloads or forgets it.
 * `notKept`: the dataset shown could not be kept for the next visit; a reload shows `previous` (kept
 * before) or the bundled one. `cancelled`: the reader stopped loading the link's dataset (`url`), and
 * the bundled one is shown instead. `offline`: there is no network; the app and the datasets opened
 * before come from this browser's copy.
 */
export type Notice =
  | { kind: 'setAside'; name: string; problem: Problem | null }
  | { kind: 'notKept'; name: string; reason: 'full' | 'unavailable'; previous: string | null }
  | { kind: 'cancelled'; url: string }
  /** The page runs with no network: what shows is the copy kept in this browser (app/offline). */
  | { kind: 'offline' };

/** Bytes of a dataset received so far, and of how many when the server said. */
export interface LoadProgress {
  received: number;
  total: number | null;
}

export interface DataSlice {
  status: 'loading' | 'ready' | 'error';
  /** Name of a file the reader opened, dropped or pasted; null for the bundled or linked dataset. */
  userDataset: string | null;
  index: DatasetIndex | null;
  problems: Problem[];
  /** Padded data extent: how far one can zoom out or pan, with the folds in force (view/foldedLimits.ts). */
  limits: Limits;
  /** The download under way while status is 'loading', once it has taken a moment. */
  progress: LoadProgress | null;
  notices: Notice[];
  startLoading: () => void;
  /** Also ends the notices about the dataset it replaces; a set-aside one stays until read. */
  setLoaded: (result: ParseResult) => void;
  addNotice: (notice: Notice) => void;
  dismissNotice: (kind: Notice['kind']) => void;
  /** Gives the dataset shown a new title; the view (window, filters, selection) stays as it is. */
  retitle: (title: string) => void;
}

export interface FilterSlice {
  filters: Filters;
  setQuery: (query: string) => void;
  toggleActor: (id: string) => void;
  toggleCategory: (id: string) => void;
  /** Shows only the events whose sources disagree, or all again. */
  toggleDisputed: () => void;
  setFilters: (filters: Filters) => void;
  clearFilters: () => void;
}

export type ViewMode = 'timeline' | 'list';

export interface ViewSlice {
  /** The visible stretch of time, in UTC ms; named so as not to shadow the global `window`. */
  timeWindow: TimeWindow | null;
  /** The period the window was jumped to; any other window change clears it. */
  periodId: string | null;
  /** Whether the last window change should be animated (jumps to steps, periods, clusters) or not (gestures). */
  animate: boolean;
  lanes: LaneMode;
  view: ViewMode;
  setWindow: (w: TimeWindow) => void;
  zoomBy: (factor: number, anchor?: number) => void;
  panBy: (fraction: number) => void;
  fitAll: () => void;
  zoomTo: (from: number, to: number) => void;
  showPeriod: (id: string) => void;
  setLanes: (mode: LaneMode) => void;
  setView: (view: ViewMode) => void;
  /** Whether long empty stretches fold into breaks (`fold=0` turns it off). */
  fold: boolean;
  /** Starts of the breaks the reader unfolded one by one; forgotten with the dataset. */
  openedFolds: number[];
  setFold: (fold: boolean) => void;
  /** Unfolds one break, keeping the window (or the whole view, if everything was shown). */
  openFold: (from: number) => void;
}

export interface SelectionSlice {
  selectedId: string | null;
  select: (id: string | null) => void;
  /** Next (+1) or previous (-1) event passing the filters, in time order; from the window's edge when none is selected. */
  selectAdjacent: (step: 1 | -1) => void;
  selectEdge: (edge: 'first' | 'last') => void;
}

/** How the app is shown: as an embed, in which orientation (null: by width), theme, accent colour and language. */
export interface ModeSlice {
  embed: boolean;
  /**
   * A timeline in someone else's page (the web component, src/lib/): the app's address with the
   * element's attributes as its parameters, which links and the link's options are read from
   * instead of the page's own address. Absent in the app.
   */
  link?: string;
  /** The page's locale (a BCP 47 tag); its catalogue and formats are in place before this changes (i18n/messages.ts switchLocale). */
  lang: string;
  orientation: Orientation | null;
  /** Which way time runs on a horizontal axis; null: the language's way (selectors.ts selectTimeRtl). */
  axis: AxisDirection | null;
  theme: Theme;
  /** Hex without "#", or null for the default accent. */
  accent: string | null;
}

/** Presenter mode: which step is on screen, and autoplay. */
export interface PresentSlice {
  present: boolean;
  /** This window is the speaker view of a presentation. */
  speaker: boolean;
  /** 0-based index into buildSteps(dataset). */
  step: number;
  /** Seconds per step, or null. */
  autoplay: number | null;
  paused: boolean;
  goToStep: (index: number) => void;
  setPaused: (paused: boolean) => void;
}

/**
 * A timeline being made in the editor (issue 21): its rows in the one-sheet layout and how they got
 * there. The rows are the truth; the index shown is read from them (data/edits/readEdited.ts), and
 * the actions that change them are in store/edits, loaded with the editor.
 */
export interface Draft {
  /** Its key where drafts are kept (io/drafts). */
  id: string;
  rows: SheetRow[];
  history: EditHistory;
}

export interface EditSlice {
  /** The page is the editor (`edit=1`). */
  editing: boolean;
  draft: Draft | null;
}

export type TimelineState = DataSlice & FilterSlice & ViewSlice & SelectionSlice & ModeSlice & PresentSlice & EditSlice;
export type TimelineStore = StoreApi<TimelineState>;

type Slice<T> = StateCreator<TimelineState, [], [], T>;

const createDataSlice: Slice<DataSlice> = (set, get) => ({
  status: 'loading',
  userDataset: null,
  index: null,
  problems: [],
  limits: limitsFor(null, true),
  progress: null,
  notices: [],
  startLoading: () => set({ status: 'loading', progress: null }),
  setLoaded: ({ dataset, problems }) => {
    const index = buildIndex(dataset);
    const fatal = dataset.events.length === 0 && problems.some((p) => p.level === 'error');
    const limits = limitsFor(index, get().fold);
    const notices = get().notices.filter((n) => n.kind === 'setAside');
    set({
      status: fatal ? 'error' : 'ready',
      index,
      problems,
      limits,
      timeWindow: limits,
      periodId: null,
      openedFolds: [],
      selectedId: null,
      filters: NO_FILTERS,
      userDataset: null,
      progress: null,
      notices,
    });
  },
  addNotice: (notice) => set({ notices: [...get().notices.filter((n) => n.kind !== notice.kind), notice] }),
  dismissNotice: (kind) => set({ notices: get().notices.filter((n) => n.kind !== kind) }),
  retitle: (title) => {
    const { index } = get();
    if (!index || !title.trim() || title === index.dataset.title) return;
    // The same events, columns and search text under a new dataset record; byId is a getter, carried over as one.
    const renamed: DatasetIndex = Object.defineProperties({ ...index, dataset: { ...index.dataset, title } }, { byId: { get: () => index.byId } });
    set({ index: renamed });
  },
});

/**
 * Legend-style toggling: from "all shown", a click shows only that one; later clicks add or
 * remove; an empty or complete choice means "all" again (null).
 */
export const toggleInFilter = (list: string[] | null, id: string, all: string[]): string[] | null => {
  if (list === null) return all.length > 1 ? [id] : null;
  const current = new Set(list);
  if (current.has(id)) current.delete(id);
  else current.add(id);
  const next = all.filter((x) => current.has(x));
  return next.length === 0 || next.length === all.length ? null : next;
};

const createFilterSlice: Slice<FilterSlice> = (set, get) => ({
  filters: NO_FILTERS,
  setQuery: (query) => set({ filters: { ...get().filters, query } }),
  toggleActor: (id) => {
    const all = get().index?.dataset.actors.map((a) => a.id) ?? [];
    set({ filters: { ...get().filters, actors: toggleInFilter(get().filters.actors, id, all) } });
  },
  toggleCategory: (id) => {
    const all = get().index?.dataset.categories.map((c) => c.id) ?? [];
    set({ filters: { ...get().filters, categories: toggleInFilter(get().filters.categories, id, all) } });
  },
  toggleDisputed: () => set({ filters: { ...get().filters, disputed: !get().filters.disputed } }),
  setFilters: (filters) => set({ filters }),
  clearFilters: () => set({ filters: NO_FILTERS }),
});

const createViewSlice: Slice<ViewSlice> = (set, get) => {
  const update = (f: (w: TimeWindow, limits: Limits) => TimeWindow) => {
    const { timeWindow, limits } = get();
    if (timeWindow) set({ timeWindow: f(timeWindow, limits), periodId: null, animate: false });
  };
  /** New limits keep the reader's window; a view of everything stays a view of everything. */
  const refold = (fold: boolean, openedFolds: number[]) => {
    const { index, limits: before, timeWindow } = get();
    const limits = limitsFor(index, fold, openedFolds);
    const shown = timeWindow && !sameWindow(timeWindow, before, 86_400_000) ? clampWindow(timeWindow, limits) : limits;
    set({ fold, openedFolds, limits, timeWindow: shown, animate: true });
  };
  return {
    timeWindow: null,
    periodId: null,
    animate: false,
    lanes: 'actor',
    view: 'timeline',
    fold: true,
    openedFolds: [],
    setFold: (fold) => refold(fold, []),
    openFold: (from) => refold(get().fold, [...get().openedFolds, from]),
    setWindow: (w) => {
      const next = clampWindow(w, get().limits);
      if (!sameWindow(next, get().timeWindow)) set({ timeWindow: next, periodId: null, animate: false });
    },
    zoomBy: (factor, anchor) => update((w, limits) => zoomWindow(w, factor, limits, anchor)),
    panBy: (fraction) => update((w, limits) => panWindow(w, fraction, limits)),
    fitAll: () => set({ timeWindow: get().limits, periodId: null, animate: true }),
    zoomTo: (from, to) => set({ timeWindow: windowAround(from, to, get().limits), periodId: null, animate: true }),
    showPeriod: (id) => {
      const period = get().index?.dataset.periods.find((p) => p.id === id);
      if (period) set({ timeWindow: windowAround(period.start.start, period.end.end, get().limits, 0.04), periodId: id, animate: true });
    },
    setLanes: (lanes) => set({ lanes }),
    setView: (view) => set({ view }),
  };
};

const createSelectionSlice: Slice<SelectionSlice> = (set, get) => ({
  selectedId: null,
  select: (id) => {
    const event = id === null ? undefined : get().index?.byId.get(id);
    if (id !== null && !event) return;
    const { timeWindow, limits } = get();
    const shown = event && timeWindow ? windowShowing(timeWindow, event.from, event.to, limits) : timeWindow;
    set({ selectedId: id, ...(shown !== timeWindow ? { timeWindow: shown, periodId: null } : {}) });
  },
  selectAdjacent: (step) => {
    const s = get();
    const next = adjacentEvent(selectFilteredEvents(s), s.selectedId, step, s.timeWindow);
    if (next) s.select(next.id);
  },
  selectEdge: (edge) => {
    const events = selectFilteredEvents(get());
    const event = edge === 'first' ? events[0] : events[events.length - 1];
    if (event) get().select(event.id);
  },
});

const createPresentSlice: Slice<PresentSlice> = (set, get) => ({
  present: false,
  speaker: false,
  step: 0,
  autoplay: null,
  paused: false,
  goToStep: (index) => {
    const { index: data, limits } = get();
    if (!data) return;
    const steps = stepsOf(data.dataset);
    const view = stepView(steps, clampStep(index, steps), limits);
    if (view) set({ ...view, animate: true });
  },
  setPaused: (paused) => set({ paused }),
});

export function createTimelineStore(): TimelineStore {
  return createStore<TimelineState>()((...a) => ({
    ...createDataSlice(...a),
    ...createFilterSlice(...a),
    ...createViewSlice(...a),
    ...createSelectionSlice(...a),
    ...createPresentSlice(...a),
    embed: false,
    lang: 'en',
    orientation: null,
    axis: null,
    theme: 'light',
    accent: null,
    editing: false,
    draft: null,
  }));
}
