/**
 * The only code that touches history. The store is the truth; the address bar mirrors it.
 * Selections, filters, lanes, view and period jumps push an entry (so Back steps through them);
 * window changes from zooming and panning replace it, debounced; typing a search replaces
 * the entry its first keystroke pushed. Back and Forward re-apply the link to the store.
 * History is written just after the change is drawn, never inside the event that made it: each
 * write costs most of a millisecond here, which the frame showing the change cannot spare.
 */
import type { TimelineStore } from '../store/createTimelineStore';
import { paramsFromState, stateFromParams } from '../store/stateParams';
import { formatViewParams, parseViewParams, type ViewParams } from '../view/viewParams';

const REPLACE_DELAY = 300;
const TYPING_WINDOW = 1500;

export function applyUrlToStore(store: TimelineStore, search = location.search): void {
  const { params, warnings } = parseViewParams(search);
  const applied = stateFromParams(store.getState(), params);
  for (const w of [...warnings, ...applied.warnings]) console.warn(`Chronicle: ${w}`);
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
  const search = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
}

export function startUrlSync(store: TimelineStore): () => void {
  // Parameters the store does not hold (data, embed, theme…) ride along unchanged.
  const carried = carriedParams(location.search);
  let last = paramsFromState(store.getState());
  let lastPushAt = 0;
  let lastPushWasTyping = false;
  /** Cancels the pending replace, if any. */
  let cancelReplace: (() => void) | undefined;
  let applying = false;

  // A dataset the reader opened is not the link's: once one is shown, the link stops naming another.
  const dataOf = () => (store.getState().userDataset ? undefined : carried.data);
  const urlFor = (p: ViewParams) => `${location.pathname}${mergeSearch(formatViewParams({ data: dataOf(), ...p }), carried.rest)}${location.hash}`;
  let pushes: string[] = [];
  let cancelPush: (() => void) | undefined;
  const pushNow = () => {
    cancelPush?.();
    cancelPush = undefined;
    for (const url of pushes) history.pushState(null, '', url);
    pushes = [];
  };
  const replaceNow = () => {
    cancelReplace?.();
    cancelReplace = undefined;
    // Entries not yet written come first, whatever the timers did.
    if (pushes.length) pushNow();
    history.replaceState(history.state, '', urlFor(last));
  };
  // The link as the store writes it, once the first view is up: replaceState costs milliseconds,
  // and a link that is already in that form needs no rewrite.
  if (urlFor(last) !== `${location.pathname}${location.search}${location.hash}`) cancelReplace = afterPaint(replaceNow);

  let lastData = dataOf();
  const unsubscribe = store.subscribe((state) => {
    if (applying) return;
    if (dataOf() !== lastData) {
      lastData = dataOf();
      if (cancelReplace === undefined) cancelReplace = afterPaint(replaceNow);
    }
    const next = paramsFromState(state);
    const kind = changeKind(last, next);
    if (kind === 'none') return;
    last = next;
    const now = Date.now();
    const typing = kind === 'query';
    // Inside an iframe history belongs to the host page: an embed never pushes.
    // A presentation keeps its step in the link (reload resumes there) without filling Back with steps.
    if (kind === 'window' || state.embed || state.present || (typing && lastPushWasTyping && now - lastPushAt < TYPING_WINDOW)) {
      if (typing) lastPushAt = now;
      // A zoom gesture writes the link once it rests: replaceState costs milliseconds a call, which a
      // frame cannot spare.
      if (kind === 'window') {
        cancelReplace?.();
        const timer = setTimeout(replaceNow, REPLACE_DELAY);
        cancelReplace = () => clearTimeout(timer);
      } else if (cancelReplace === undefined) cancelReplace = afterPaint(replaceNow);
      return;
    }
    cancelReplace?.();
    cancelReplace = undefined;
    // Each push is its own entry, in order; a replace scheduled later writes after them.
    pushes.push(urlFor(next));
    if (pushes.length === 1) cancelPush = afterPaint(pushNow);
    lastPushAt = now;
    lastPushWasTyping = typing;
  });

  const onPopState = () => {
    // Back or Forward wins over entries not yet written.
    cancelPush?.();
    pushes = [];
    applying = true;
    try {
      applyUrlToStore(store);
    } finally {
      applying = false;
    }
    last = paramsFromState(store.getState());
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    cancelReplace?.();
    cancelPush?.();
    window.removeEventListener('popstate', onPopState);
  };
}

/**
 * Runs `fn` once the frame being prepared is drawn: a timer set from a frame callback fires after
 * that frame's paint, while one set from an event handler usually fires before it.
 */
function afterPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(fn, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

type ChangeKind = 'none' | 'window' | 'query' | 'view';

/** What changed between two links: only the window, only the search text, or something meaningful. */
export function changeKind(a: ViewParams, b: ViewParams): ChangeKind {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof ViewParams)[]);
  const changed = [...keys].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
  if (changed.length === 0) return 'none';
  if (changed.every((k) => k === 'from' || k === 'to')) return 'window';
  if (changed.every((k) => k === 'q')) return 'query';
  return 'view';
}

function carriedParams(search: string): { data?: string; rest: string } {
  const { params } = parseViewParams(search);
  const rest = (search.startsWith('?') ? search.slice(1) : search)
    .split('&')
    .filter((part) => part.startsWith('lang='))
    .join('&');
  return { data: params.data, rest };
}

function mergeSearch(search: string, rest: string): string {
  if (!rest) return search;
  return search ? `${search}&${rest}` : `?${rest}`;
}
