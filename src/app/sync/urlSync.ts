/**
 * Keeps the address bar in step with the store, from the first dataset shown on (app/urlSync.ts reads
 * the link): a chunk of its own, since nothing is written before the reader does something.
 */
import type { TimelineState, TimelineStore } from '../../store/createTimelineStore';
import { paramsFromState } from '../../store/stateParams';
import { CARRIED_PARAMS, formatViewParams, parseViewParams, type ViewParams } from '../../view/viewParams';
import { applyUrlToStore, linkWarnings } from '../urlSync';
import { paramWarning } from '../../view/words/paramWarnings';

const REPLACE_DELAY = 300;
const TYPING_WINDOW = 1500;

/**
 * `shown`: the state when the first dataset was shown. This chunk arrives a moment later; a change the
 * reader made meanwhile is written as if it had been watched from the start.
 */
export function startUrlSync(store: TimelineStore, shown: TimelineState = store.getState()): () => void {
  // What was wrong with the link, now that there are words for it.
  linkWarnings.say = (w) => console.warn(`Chronicle: ${paramWarning(w)}`);
  for (const w of linkWarnings.waiting.splice(0)) linkWarnings.say(w);
  // Parameters the store does not hold (data, embed, theme…) ride along unchanged.
  const carried = carriedParams(location.search);
  let last = paramsFromState(shown);
  let lastPushAt = 0;
  let lastPushWasTyping = false;
  /** Cancels the pending replace, if any. */
  let cancelReplace: (() => void) | undefined;
  let applying = false;

  // A dataset the reader opened is not the link's: once one is shown, the link stops naming another.
  // Its columns go with it (`columns=`: what the linked CSV's columns hold).
  const dataOf = (): ViewParams => (store.getState().userDataset ? {} : { data: carried.data, columns: carried.columns });
  const urlFor = (p: ViewParams) => `${location.pathname}${mergeSearch(formatViewParams({ ...dataOf(), ...p }), carried.rest)}${location.hash}`;
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
  const onChange = (state: TimelineState) => {
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
  };
  const unsubscribe = store.subscribe(onChange);
  if (store.getState() !== shown) onChange(store.getState());

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

function carriedParams(search: string): Pick<ViewParams, 'data' | 'columns'> & { rest: string } {
  const { params } = parseViewParams(search);
  const rest = (search.startsWith('?') ? search.slice(1) : search)
    .split('&')
    .filter((part) => CARRIED_PARAMS.some((key) => part.startsWith(`${key}=`)))
    .join('&');
  return { data: params.data, columns: params.columns, rest };
}

function mergeSearch(search: string, rest: string): string {
  if (!rest) return search;
  return search ? `${search}&${rest}` : `?${rest}`;
}
