/** Module-level selectors: each returns a primitive or an existing reference, so components re-render only on real change. */
import type { LaneIndex } from '../data/laneIndex';
import type { TimelineEvent } from '../data/types';
import { filteredEventsOf, filteredOf, laneIndexOf, type Filtered } from '../view/visibleSet';
import type { TimelineState } from './createTimelineStore';
import { dirOf } from '../view/lang';

export const selectStatus = (s: TimelineState) => s.status;
export const selectLang = (s: TimelineState) => s.lang;
export const selectIndex = (s: TimelineState) => s.index;
export const selectFilters = (s: TimelineState) => s.filters;
export const selectWindow = (s: TimelineState) => s.timeWindow;
export const selectAnimate = (s: TimelineState) => s.animate;
export const selectLimits = (s: TimelineState) => s.limits;
export const selectFold = (s: TimelineState) => s.fold;
export const selectLanes = (s: TimelineState) => s.lanes;
export const selectSelectedId = (s: TimelineState) => s.selectedId;
export const selectProblems = (s: TimelineState) => s.problems;
export const selectUserDataset = (s: TimelineState) => s.userDataset;
export const selectProgress = (s: TimelineState) => s.progress;
export const selectNotices = (s: TimelineState) => s.notices;
export const selectView = (s: TimelineState) => s.view;
export const selectEmbed = (s: TimelineState) => s.embed;
export const selectPresent = (s: TimelineState) => s.present;
export const selectStep = (s: TimelineState) => s.step;
export const selectOrientation = (s: TimelineState) => s.orientation;
/** Time runs right to left along a horizontal axis: the link's `axis`, else the language's direction (view/lang.ts dirOf). */
export const selectTimeRtl = (s: TimelineState): boolean => (s.axis ?? dirOf(s.lang)) === 'rtl';
export const selectPeriodId = (s: TimelineState) => s.periodId;
export const selectDisputedFilter = (s: TimelineState) => s.filters.disputed;
/** Events in the dataset with a `disputed` note, whatever the filters. */
export const selectDisputedCount = (s: TimelineState) => s.index?.columns.disputedAt.length ?? 0;

const NO_EVENTS: TimelineEvent[] = [];
const NOTHING: Filtered = { positions: null, count: 0, actors: null, events: NO_EVENTS };

const selectFiltered = (s: TimelineState): Filtered => (s.index ? filteredOf(s.index, s.filters) : NOTHING);

/** Events passing the filters; recomputed only when the index or the filters change. */
export const selectFilteredEvents = (s: TimelineState): TimelineEvent[] => (s.index ? filteredEventsOf(s.index, selectFiltered(s)) : NO_EVENTS);

/** How many events pass the filters. */
export const selectFilteredCount = (s: TimelineState): number => selectFiltered(s).count;

/** The filtered events split by lane; rebuilt only when the filters, the lane mode or the data change. */
export const selectLaneIndex = (s: TimelineState): LaneIndex | null => (s.index ? laneIndexOf(s.index, selectFiltered(s), s.lanes) : null);
