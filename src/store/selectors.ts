/** Module-level selectors: each returns a primitive or an existing reference, so components re-render only on real change. */
import { filterEvents } from '../data/queryVisible';
import type { TimelineEvent } from '../data/types';
import type { TimelineState } from './createTimelineStore';

export const selectStatus = (s: TimelineState) => s.status;
export const selectIndex = (s: TimelineState) => s.index;
export const selectFilters = (s: TimelineState) => s.filters;
export const selectWindow = (s: TimelineState) => s.window;
export const selectAnimate = (s: TimelineState) => s.animate;
export const selectLimits = (s: TimelineState) => s.limits;
export const selectLanes = (s: TimelineState) => s.lanes;
export const selectSelectedId = (s: TimelineState) => s.selectedId;
export const selectProblems = (s: TimelineState) => s.problems;
export const selectUserDataset = (s: TimelineState) => s.userDataset;
export const selectView = (s: TimelineState) => s.view;
export const selectEmbed = (s: TimelineState) => s.embed;
export const selectPresent = (s: TimelineState) => s.present;
export const selectStep = (s: TimelineState) => s.step;
export const selectOrientation = (s: TimelineState) => s.orientation;
export const selectPeriodId = (s: TimelineState) => s.periodId;

const NO_EVENTS: TimelineEvent[] = [];
let memo: { index: TimelineState['index']; filters: TimelineState['filters']; result: TimelineEvent[] } | null = null;

/** Events passing the filters; recomputed only when the index or the filters change. */
export const selectFilteredEvents = (s: TimelineState): TimelineEvent[] => {
  if (!s.index) return NO_EVENTS;
  if (memo && memo.index === s.index && memo.filters === s.filters) return memo.result;
  memo = { index: s.index, filters: s.filters, result: filterEvents(s.index, s.filters) };
  return memo.result;
};
