/**
 * The only code that touches history. The store is the truth; the address bar mirrors it.
 * Selections, filters, lanes, view and period jumps push an entry (so Back steps through them);
 * window changes from zooming and panning replace it, debounced; typing a search replaces
 * the entry its first keystroke pushed. Back and Forward re-apply the link to the store.
 * History is written just after the change is drawn, never inside the event that made it: each
 * write costs most of a millisecond here, which the frame showing the change cannot spare.
 * Reading the link is here, in the first view; keeping it in step (sync/urlSync.ts) arrives with the first dataset.
 */
import type { TimelineStore } from '../store/createTimelineStore';
import { stateFromParams } from '../store/stateParams';
import { parseViewParams, type ParamWarning } from '../view/viewParams';

/**
 * A malformed link's warnings, as codes: they wait here until their words (view/words/) arrive with
 * the code that keeps the link in step (sync/urlSync.ts), which then says them on the console.
 */
export const linkWarnings: { waiting: ParamWarning[]; say?: (warning: ParamWarning) => void } = { waiting: [] };

export function applyUrlToStore(store: TimelineStore, search = location.search): void {
  const { params, warnings } = parseViewParams(search);
  const applied = stateFromParams(store.getState(), params);
  for (const w of [...warnings, ...applied.warnings]) {
    if (linkWarnings.say) linkWarnings.say(w);
    else linkWarnings.waiting.push(w);
  }
  store.setState(applied.update);
}

/**
 * The link stops naming a dataset that is not shown: the reader cancelled it and the bundled one
 * took its place. Replaced, not pushed: Back should not lead to the load that was given up.
 */
export function dropLinkedDataset(): void {
  const params = new URLSearchParams(location.search);
  if (!params.has('data')) return;
  params.delete('data');
  params.delete('columns');
  const search = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
}
