/** Helpers the unit tests share: the plain, slow forms of what the app computes from its index. */
import { allLane, laneOf, OTHER_LANE, otherLane, type Lane, type LaneMode } from '../../src/data/lanes';
import { eventsAt, filterPositions, type Filters } from '../../src/data/queryVisible';
import type { DatasetIndex } from '../../src/data/buildIndex';
import type { Dataset, TimelineEvent } from '../../src/data/types';

/** The events passing `filters`, as objects. */
export function filterEvents(index: DatasetIndex, filters: Filters): TimelineEvent[] {
  return eventsAt(index, filterPositions(index, filters));
}

/** Lanes in dataset order, only those some event leads (the lane index's rule, from a list of events). */
export function lanesFor(dataset: Dataset, mode: LaneMode, filtered: TimelineEvent[]): Lane[] {
  if (mode === 'none') return [allLane()];
  const used = new Set(filtered.map((e) => laneOf(e, mode)));
  const defined: Lane[] =
    mode === 'actor'
      ? dataset.actors.map((a) => ({ id: a.id, label: a.label, color: a.color }))
      : dataset.categories.map((c) => ({ id: c.id, label: c.label }));
  const lanes = defined.filter((l) => used.has(l.id));
  if (used.has(OTHER_LANE)) lanes.push(otherLane(mode));
  return lanes;
}

export function countByLane(events: TimelineEvent[], mode: LaneMode): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) {
    const lane = laneOf(e, mode);
    counts.set(lane, (counts.get(lane) ?? 0) + 1);
  }
  return counts;
}
