/** Which lane an event sits in, and which lanes exist, for each lane mode. */
import type { Dataset, TimelineEvent } from './types';

export type LaneMode = 'actor' | 'category' | 'none';

export interface Lane {
  id: string;
  /** The actor's or category's label; English for the made-up lanes, which `kind` names for the catalogue. */
  label: string;
  color?: string;
  kind?: 'allEvents' | 'noActor' | 'noCategory';
}

/** The lanes that stand for no actor, no category, or everything. */
export const otherLane = (mode: 'actor' | 'category'): Lane =>
  mode === 'actor' ? { id: OTHER_LANE, label: 'No actor', kind: 'noActor' } : { id: OTHER_LANE, label: 'No category', kind: 'noCategory' };
export const allLane = (): Lane => ({ id: ALL_LANE, label: 'All events', kind: 'allEvents' });

export const OTHER_LANE = '~other';
export const ALL_LANE = '~all';

/** An event lives in the lane of its first actor (the protagonist) or its category. */
export function laneOf(event: TimelineEvent, mode: LaneMode): string {
  if (mode === 'actor') return event.actors[0] ?? OTHER_LANE;
  if (mode === 'category') return event.category ?? OTHER_LANE;
  return ALL_LANE;
}

/**
 * Lanes in dataset order, only those that some event (after filters) leads. Keeping the set tied to
 * filtered events rather than the window keeps lanes from jumping while the reader pans.
 */
export function lanesFor(dataset: Dataset, mode: LaneMode, filtered: TimelineEvent[]): Lane[] {
  if (mode === 'none') return [allLane()];
  const used = new Set(filtered.map((e) => laneOf(e, mode)));
  const defined: Lane[] = mode === 'actor'
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
