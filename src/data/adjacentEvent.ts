import type { TimeWindow } from './queryVisible';
import type { TimelineEvent } from './types';

/**
 * The event after (step 1) or before (step -1) the current one in time order. With nothing
 * selected, stepping starts at the window's edge: the first event in view going forward,
 * the last going back. Returns null at either end.
 */
export function adjacentEvent(events: TimelineEvent[], currentId: string | null, step: 1 | -1, window: TimeWindow | null): TimelineEvent | null {
  if (events.length === 0) return null;
  const i = currentId === null ? -1 : events.findIndex((e) => e.id === currentId);
  if (i >= 0) return events[i + step] ?? null;
  if (step === 1) return events.find((e) => !window || e.from >= window.from) ?? events[events.length - 1]!;
  for (let k = events.length - 1; k >= 0; k--) if (!window || events[k]!.from < window.to) return events[k]!;
  return events[0]!;
}
