/** Which lane an event sits in, and which lanes exist, for each lane mode. */
import type { TimelineEvent } from './types';

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

/** The actor an event is drawn for (its lane, colour and shape): the one its `lane` names, else its first. */
export const leadActor = (event: TimelineEvent): string | undefined => event.lane ?? event.actors[0];

/**
 * An event lives in the lane of its lead actor (the protagonist) or its category. With an actor
 * filter on, it lives in the lane of its first actor the filter shows: a Microsoft and Amazon event
 * shown because the reader chose Amazon sits in Amazon's lane, not in a Microsoft lane that the
 * filter otherwise hides.
 */
export function laneOf(event: TimelineEvent, mode: LaneMode, actors: readonly string[] | null = null): string {
  if (mode === 'actor') {
    const lead = leadActor(event);
    if (actors && !(lead !== undefined && actors.includes(lead))) return event.actors.find((a) => actors.includes(a)) ?? lead ?? OTHER_LANE;
    return lead ?? OTHER_LANE;
  }
  if (mode === 'category') return event.category ?? OTHER_LANE;
  return ALL_LANE;
}
