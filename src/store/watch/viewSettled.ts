/**
 * The window as a host hears of it (the embed's `chronicle:view`, the web component's `view`): once it
 * has held still for a moment after a change, and only when its days differ from the last told, so a
 * glide or a gesture is one view, not sixty. Shared by embed/embedBridge.ts and app/component/.
 */
import type { TimelineStore } from '../createTimelineStore';
import type { TimeWindow } from '../../data/queryVisible';
import { toDateForm } from '../../time/partialDate';

const SETTLE_MS = 250;

/** A window as hosts are told it: ISO days, as the timeline's `data-from` and `data-to`. */
export const viewDays = (w: TimeWindow): { from: string; to: string } => ({ from: toDateForm(w.from, 'day'), to: toDateForm(w.to, 'day') });

/** `told` hears each settled window as ISO days; `now()` tells the current one at once (if new); `stop()` ends it. */
export function watchViewSettled(store: TimelineStore, told: (days: { from: string; to: string }) => void): { now: () => void; stop: () => void } {
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const now = () => {
    const w = store.getState().timeWindow;
    if (!w) return;
    const days = viewDays(w);
    if (`${days.from}/${days.to}` === last) return;
    last = `${days.from}/${days.to}`;
    told(days);
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.timeWindow === prev.timeWindow) return;
    clearTimeout(timer);
    timer = setTimeout(now, SETTLE_MS);
  });
  return {
    now,
    stop: () => {
      clearTimeout(timer);
      unsubscribe();
    },
  };
}
