/** Lanes and lane modes in the reader's language. */
import type { Lane, LaneMode } from '../data/lanes';
import type { CoreMessages } from './en';

/** A lane's name: the actor's or category's own label, or the catalogue's words for a made-up lane. */
export const laneLabel = (lane: Lane, t: Pick<CoreMessages, 'allEvents' | 'noActor' | 'noCategory'>): string => (lane.kind ? t[lane.kind] : lane.label);

export function laneModeLabel(mode: LaneMode, t: Pick<CoreMessages, 'byActor' | 'byCategory' | 'oneLane'>): string {
  return mode === 'actor' ? t.byActor : mode === 'category' ? t.byCategory : t.oneLane;
}
