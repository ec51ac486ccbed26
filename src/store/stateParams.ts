/**
 * Between the store and the link: which parameters describe the current view, and how a parsed
 * link becomes state. Ids the dataset does not know are dropped with a warning.
 */
import { NO_FILTERS } from '../data/queryVisible';
import type { TimelineState } from './createTimelineStore';
import { clampWindow, sameWindow, windowAround, windowShowing } from '../view/zoomMath';
import type { ParamWarning, ViewParams } from '../view/viewParams';
import { clampStep, stepsOf, stepView } from '../view/steps';
import { limitsFor } from '../view/foldedLimits';

const DAY = 86_400_000;

export function paramsFromState(s: TimelineState): ViewParams {
  // A presentation is its step: the step decides window and selection.
  if (s.present) {
    return {
      present: true,
      step: s.step + 1,
      ...(s.speaker ? { speaker: true } : {}),
      ...(s.autoplay ? { autoplay: s.autoplay } : {}),
      ...(s.theme !== 'light' ? { theme: s.theme } : {}),
      ...(s.accent ? { accent: s.accent } : {}),
    };
  }
  // The editor's link names its draft: a reload or a reopened tab comes back to it.
  const p: ViewParams = s.editing ? { edit: true, ...(s.draft ? { draft: s.draft.id } : {}) } : {};
  if (s.selectedId) p.event = s.selectedId;
  if (s.periodId) p.period = s.periodId;
  else if (s.timeWindow && !sameWindow(s.timeWindow, s.limits, DAY)) {
    p.from = s.timeWindow.from;
    p.to = s.timeWindow.to;
  }
  if (s.filters.query) p.q = s.filters.query;
  if (s.filters.actors) p.actors = s.filters.actors;
  if (s.filters.categories) p.categories = s.filters.categories;
  if (s.filters.disputed) p.disputed = true;
  if (s.lanes !== 'actor') p.lanes = s.lanes;
  if (!s.fold) p.fold = false;
  if (s.view !== 'timeline') p.view = s.view;
  if (s.embed) p.embed = true;
  if (s.orientation) p.orientation = s.orientation;
  if (s.axis) p.axis = s.axis;
  if (s.theme !== 'light') p.theme = s.theme;
  if (s.accent) p.accent = s.accent;
  return p;
}

/**
 * `disputed=1` on a dataset with no disputed events would show nothing, with no chip to turn it off
 * (the chip shows only where there are such events): ignored, like an id the dataset does not have.
 */
function disputedFilter(asked: boolean | undefined, count: number, warnings: ParamWarning[]): boolean {
  if (asked && count === 0) warnings.push(['disputed', '1', 'noDisputed']);
  return Boolean(asked) && count > 0;
}

/** The state a link asks for, as one partial update; absent parameters mean the defaults. */
export function stateFromParams(s: TimelineState, params: ViewParams): { update: Partial<TimelineState>; warnings: ParamWarning[] } {
  const warnings: ParamWarning[] = [];
  const index = s.index;
  if (!index) return { update: {}, warnings };
  const { dataset } = index;
  // The link's folding decides the limits every window below is measured against.
  const fold = params.fold ?? true;
  const limits = fold === s.fold && s.openedFolds.length === 0 ? s.limits : limitsFor(index, fold);
  const known = (key: 'actors' | 'categories', ids: string[] | undefined, all: string[]) => {
    if (!ids) return null;
    const unknown = ids.filter((id) => !all.includes(id));
    if (unknown.length) warnings.push([key, unknown.join(','), 'absent']);
    const kept = all.filter((id) => ids.includes(id));
    return kept.length === 0 || kept.length === all.length ? null : kept;
  };
  const update: Partial<TimelineState> = {
    filters: {
      ...NO_FILTERS,
      query: params.q ?? '',
      actors: known(
        'actors',
        params.actors,
        dataset.actors.map((a) => a.id),
      ),
      categories: known(
        'categories',
        params.categories,
        dataset.categories.map((c) => c.id),
      ),
      disputed: disputedFilter(params.disputed, index.columns.disputedAt.length, warnings),
    },
    lanes: params.lanes ?? 'actor',
    view: params.view ?? 'timeline',
    embed: params.embed ?? false,
    orientation: params.orientation ?? null,
    axis: params.axis ?? null,
    theme: params.theme ?? (params.present ? 'dark' : 'light'),
    accent: params.accent ?? null,
    present: params.present ?? false,
    speaker: (params.present && params.speaker) ?? false,
    autoplay: params.present ? (params.autoplay ?? null) : null,
    paused: false,
    selectedId: null,
    periodId: null,
    fold,
    openedFolds: [],
    limits,
    timeWindow: limits,
  };
  const period = params.period ? dataset.periods.find((p) => p.id === params.period) : undefined;
  if (params.period && !period) warnings.push(['period', params.period, 'absent']);
  if (period) {
    update.timeWindow = windowAround(period.start.start, period.end.end, limits, 0.04);
    update.periodId = period.id;
  } else if (params.from !== undefined || params.to !== undefined) {
    update.timeWindow = clampWindow({ from: params.from ?? limits.from, to: params.to ?? limits.to }, limits);
  }
  if (params.event) {
    const event = index.byId.get(params.event);
    if (!event) warnings.push(['event', params.event, 'absent']);
    else {
      update.selectedId = event.id;
      // A link with an event but no window opens where the event is.
      if (!period && params.from === undefined && params.to === undefined) update.timeWindow = windowShowing(limits, event.from, event.to, limits);
    }
  }
  if (params.present) {
    const steps = stepsOf(dataset);
    const i = clampStep((params.step ?? 1) - 1, steps);
    if (params.step !== undefined && params.step - 1 !== i) warnings.push(['step', String(params.step), 'pastLast']);
    const view = stepView(steps, i, limits);
    if (view) Object.assign(update, view, { animate: false });
  }
  return { update, warnings };
}
