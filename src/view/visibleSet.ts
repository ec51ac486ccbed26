/**
 * What passes the filters, and the same events split by lane: derived from the index, the filters
 * and the lane mode, and kept per dataset (one cache per index, so two timelines on a page never
 * evict each other's). Pure: it measures nothing and schedules nothing.
 */
import { buildLaneIndex, type LaneIndex } from '../data/laneIndex';
import type { LaneMode } from '../data/lanes';
import { eventsAt, filterPositions, type Filters } from '../data/queryVisible';
import type { DatasetIndex } from '../data/buildIndex';
import type { TimelineEvent } from '../data/types';

export interface Filtered {
  /** Places in index.events; null when nothing is filtered out. */
  positions: Uint32Array | null;
  count: number;
  /** The actor filter they passed: by actor, the lanes follow it (data/lanes.ts). */
  actors: string[] | null;
  /** The events themselves, made on first use: the timeline needs only the positions and the count. */
  events?: TimelineEvent[];
}

interface Cache {
  filters: Filters | null;
  filtered: Filtered | null;
  lanes: { filtered: Filtered; mode: LaneMode; result: LaneIndex } | null;
  /** The lane index with no filters, whose whole lanes a filtered one can share. */
  whole: { mode: LaneMode; result: LaneIndex } | null;
}

const caches = new WeakMap<DatasetIndex, Cache>();

function cacheOf(index: DatasetIndex): Cache {
  let cache = caches.get(index);
  if (!cache) caches.set(index, (cache = { filters: null, filtered: null, lanes: null, whole: null }));
  return cache;
}

/** The events passing `filters`, as positions and a count; the same object while the filters are. */
export function filteredOf(index: DatasetIndex, filters: Filters): Filtered {
  const cache = cacheOf(index);
  if (cache.filtered && cache.filters === filters) return cache.filtered;
  const positions = filterPositions(index, filters);
  cache.filters = filters;
  cache.filtered = { positions, count: positions ? positions.length : index.events.length, actors: filters.actors };
  return cache.filtered;
}

/** The filtered events themselves, made once per filter change. */
export function filteredEventsOf(index: DatasetIndex, filtered: Filtered): TimelineEvent[] {
  return (filtered.events ??= eventsAt(index, filtered.positions));
}

/** The filtered events by lane, with the sorted arrays window queries need. */
export function laneIndexOf(index: DatasetIndex, filtered: Filtered, mode: LaneMode): LaneIndex {
  const cache = cacheOf(index);
  if (cache.lanes && cache.lanes.filtered === filtered && cache.lanes.mode === mode) return cache.lanes.result;
  const whole = cache.whole?.mode === mode ? cache.whole.result : null;
  const result = buildLaneIndex(index, filtered.positions, mode, whole, filtered.actors);
  cache.lanes = { filtered, mode, result };
  // An actor filter that filters nothing out still moves events between lanes: that index is not the whole one.
  if (!filtered.positions && !result.actors) cache.whole = { mode, result };
  return result;
}
