/**
 * User Timing for the benchmark (bench/measure.ts sums the `chronicle:` measures): what a filter,
 * search or lane change costs to recompute the visible set. Subscribed first (boot.tsx), it derives
 * the set as soon as the store changes, before React's listeners ask for it, in the same task the
 * timeline then reads it from (view/visibleSet.ts keeps it): the measure is the cost the reader waits
 * for, and nothing is computed twice.
 */
import type { TimelineStore } from '../store/createTimelineStore';
import { selectLaneIndex } from '../store/selectors';

export function measureVisibleSet(store: TimelineStore): () => void {
  return store.subscribe((s, before) => {
    // A new dataset is laid out when the timeline has its size; only the reader's changes are timed.
    if (!s.index || s.index !== before.index || (s.filters === before.filters && s.lanes === before.lanes)) return;
    const start = performance.now();
    selectLaneIndex(s);
    performance.measure('chronicle:visible', { start });
  });
}
