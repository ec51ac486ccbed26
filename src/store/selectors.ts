/** Module-level selectors: each returns a primitive or an existing reference, so components re-render only on real change. */
import { eventsAt, filterPositions } from '../data/queryVisible';
import { buildLaneIndex, type LaneIndex } from '../data/laneIndex';
import type { TimelineEvent } from '../data/types';
import type { TimelineState } from './createTimelineStore';

export const selectStatus = (s: TimelineState) => s.status;
export const selectLang = (s: TimelineState) => s.lang;
export const selectIndex = (s: TimelineState) => s.index;
export const selectFilters = (s: TimelineState) => s.filters;
export const selectWindow = (s: TimelineState) => s.window;
export const selectAnimate = (s: TimelineState) => s.animate;
export const selectLimits = (s: TimelineState) => s.limits;
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
export const selectPeriodId = (s: TimelineState) => s.periodId;
export const selectDisputedFilter = (s: TimelineState) => s.filters.disputed;
/** Events in the dataset with a `disputed` note, whatever the filters. */
export const selectDisputedCount = (s: TimelineState) => s.index?.columns.disputedAt.length ?? 0;

const NO_EVENTS: TimelineEvent[] = [];
interface Filtered {
  /** Places in index.events; null when nothing is filtered out. */
  positions: Uint32Array | null;
  count: number;
  /** The events themselves, made on first use: the timeline needs only the positions and the count. */
  events?: TimelineEvent[];
}
const NOTHING: Filtered = { positions: null, count: 0, events: NO_EVENTS };
let memo: { index: TimelineState['index']; filters: TimelineState['filters']; result: Filtered } | null = null;

function selectFiltered(s: TimelineState): Filtered {
  if (!s.index) return NOTHING;
  if (memo && memo.index === s.index && memo.filters === s.filters) return memo.result;
  const start = performance.now();
  const positions = filterPositions(s.index, s.filters);
  memo = { index: s.index, filters: s.filters, result: { positions, count: positions ? positions.length : s.index.events.length } };
  // User Timing entries the benchmark reads: the visible set's cost on each filter change.
  performance.measure('chronicle:filter', { start });
  return memo.result;
}

/** Events passing the filters; recomputed only when the index or the filters change. */
export const selectFilteredEvents = (s: TimelineState): TimelineEvent[] => {
  const filtered = selectFiltered(s);
  return (filtered.events ??= eventsAt(s.index!, filtered.positions));
};

/** How many events pass the filters. */
export const selectFilteredCount = (s: TimelineState): number => selectFiltered(s).count;

let laneMemo: { filtered: Filtered; lanes: TimelineState['lanes']; result: LaneIndex } | null = null;
/** The last lane index built with no filters, whose whole lanes a filtered one can share. */
let wholeMemo: { index: TimelineState['index']; result: LaneIndex } | null = null;

/** The filtered events split by lane, with the sorted arrays window queries need; rebuilt only when those change. */
export const selectLaneIndex = (s: TimelineState): LaneIndex | null => {
  if (!s.index) return null;
  const filtered = selectFiltered(s);
  if (laneMemo && laneMemo.filtered === filtered && laneMemo.lanes === s.lanes) return laneMemo.result;
  const start = performance.now();
  const whole = wholeMemo?.index === s.index ? wholeMemo.result : null;
  laneMemo = { filtered, lanes: s.lanes, result: buildLaneIndex(s.index, filtered.positions, s.lanes, whole) };
  if (!filtered.positions) wholeMemo = { index: s.index, result: laneMemo.result };
  performance.measure('chronicle:lanes', { start });
  return laneMemo.result;
};
