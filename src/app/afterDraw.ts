/**
 * What the app does once the timeline is drawn, while the reader looks at it: fetch the panels a reader
 * opens next, then fold the search text and prime the filters a slice at a time whenever the page is
 * idle, so the first search on 100,000 events runs on warm code (~10 ms instead of ~25) and never
 * waits ~0.3 s for the text.
 */
import { foldSearchText } from '../data/buildIndex';
import { primeFilters } from '../data/queryVisible';
import type { TimelineStore } from '../store/createTimelineStore';
import { clusterListPart } from '../timeline/parts';
import { detailPart, listPart, shortcutsPart } from '../ui/parts';

const idle: (run: (deadline: IdleDeadline) => void) => void =
  globalThis.requestIdleCallback ?? ((run) => setTimeout(() => run({ didTimeout: false, timeRemaining: () => 8 }), 1));

let prefetched = false;

export function afterDraw(store: TimelineStore): void {
  const { embed, index } = store.getState();
  if (!prefetched) {
    prefetched = true;
    // An embed has no list or shortcut sheet.
    const loads = embed ? [detailPart.load, clusterListPart.load] : [detailPart.load, clusterListPart.load, shortcutsPart.load, listPart.load];
    idle(() => loads.forEach((load) => load().catch(() => {})));
    // The full page and the presenter keep themselves for use offline; an embed lives in someone else's page.
    if (import.meta.env.PROD && !import.meta.env.VITE_STANDALONE && !embed) idle(() => void import('./offline/keepOffline').then((m) => m.keepOffline(store)));
  }
  if (!index || index.search) return;
  const slices = foldSearchText(index);
  const step = (deadline: IdleDeadline) => {
    // A dataset that was replaced meanwhile is not worth finishing.
    if (store.getState().index !== index) return;
    while (deadline.timeRemaining() > 1) {
      if (slices.next().done) {
        idle(() => primeFilters(index, store.getState().lanes));
        return;
      }
    }
    idle(step);
  };
  idle(step);
}
