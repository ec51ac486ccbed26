/**
 * The only code that talks to a host page. Posts `chronicle:resize` (with AMP's, Datawrapper's and
 * Flourish's height messages) whenever the content height changes, `chronicle:ready` once the
 * timeline is drawn, `chronicle:view` when the window settles somewhere new and `chronicle:select`
 * when the selection changes; acts on `chronicle:select` and `chronicle:step` from the parent frame
 * and on nothing else.
 */
import type { TimelineStore } from '../store/createTimelineStore';
import { stepsOf } from '../view/steps';
import { datawrapperKey, isSelectMessage, isStepMessage, resizeMessages, viewMessage, type StepMessage } from './messages';

/**
 * The address the host framed, read before the app rewrites its own link (app/sync/urlSync.ts
 * replaces it as the reader acts): the navigation's, which no replaceState changes.
 */
const framed = new URL((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.name || location.href);
/** A window change waits this long for the next before it is reported: a glide or a gesture is one view, not sixty. */
const VIEW_SETTLE_MS = 250;
/** Long enough for the details a step opens to load and scroll themselves into view. */
const KEEP_TIMELINE_MS = 1500;

export function startEmbedBridge(store: TimelineStore, content: HTMLElement): () => void {
  const host = window.parent;
  if (host === window) return () => {};
  // The data are event ids, a window, a height and this embed's address, nothing private: any host origin may receive them.
  const post = (message: object | string) => host.postMessage(message, '*');
  const key = datawrapperKey(framed.search);

  let lastHeight = -1;
  const measure = () => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    for (const message of resizeMessages(height, key, framed.href)) post(message);
  };
  const resized = new ResizeObserver(measure);
  resized.observe(content);
  measure();

  // A frame kept shorter than its content (pinned above a phone's text) shows its timeline rather than
  // its title and filters, for a moment after each step: the details a step opens scroll themselves
  // into view. The frame's own scroll, never scrollIntoView: that could move the article too.
  let keepTimelineUntil = 0;
  const keepTimeline = () => {
    const timeline = content.querySelector('[data-testid=timeline]');
    if (!timeline || performance.now() > keepTimelineUntil) return;
    const r = timeline.getBoundingClientRect();
    const by = r.top < 0 || r.height > innerHeight ? r.top : Math.max(0, r.bottom - innerHeight);
    if (by) scrollBy(0, by);
  };
  addEventListener('scroll', keepTimeline);
  const stepTo = (step: StepMessage['step']) => {
    if (!showStep(store, step)) return;
    keepTimelineUntil = performance.now() + KEEP_TIMELINE_MS;
    keepTimeline();
  };

  // Ready as the readiness contract says it: the timeline element's data-state.
  let ready = false;
  let pending: StepMessage['step'] | null = null;
  let lastView = '';
  let viewTimer: ReturnType<typeof setTimeout> | undefined;
  const postView = () => {
    const w = store.getState().timeWindow;
    if (!ready || !w) return;
    const message = viewMessage(w);
    const said = `${message.from}/${message.to}`;
    if (said === lastView) return;
    lastView = said;
    post(message);
  };
  const checkReady = () => {
    if (ready || !content.querySelector('[data-testid=timeline][data-state=ready]')) return;
    ready = true;
    drawn.disconnect();
    post({ type: 'chronicle:ready' });
    postView();
    if (pending !== null) stepTo(pending);
    pending = null;
  };
  const drawn = new MutationObserver(checkReady);
  drawn.observe(content, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
  checkReady();

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.selectedId !== prev.selectedId) post({ type: 'chronicle:select', id: s.selectedId });
    if (s.timeWindow !== prev.timeWindow) {
      clearTimeout(viewTimer);
      viewTimer = setTimeout(postView, VIEW_SETTLE_MS);
    }
  });
  const onMessage = (event: MessageEvent) => {
    if (event.source !== host) return;
    if (isSelectMessage(event.data)) store.getState().select(event.data.id);
    else if (isStepMessage(event.data)) {
      // A step sent before the data arrived waits for them; the latest wins.
      if (ready) stepTo(event.data.step);
      else pending = event.data.step;
    }
  };
  window.addEventListener('message', onMessage);
  return () => {
    resized.disconnect();
    drawn.disconnect();
    clearTimeout(viewTimer);
    unsubscribe();
    window.removeEventListener('message', onMessage);
    removeEventListener('scroll', keepTimeline);
  };
}

/**
 * Moves to a step as the presenter does (the store's goToStep: its window, glided to unless the reader
 * prefers reduced motion, and its event selected). A number counts the presentation's steps from 1;
 * an id names one of them: every period and event, unless the dataset lists its own steps. Anything
 * else is ignored: false.
 */
function showStep(store: TimelineStore, step: StepMessage['step']): boolean {
  const s = store.getState();
  const steps = s.index ? stepsOf(s.index.dataset) : [];
  const i = typeof step === 'number' ? step - 1 : steps.findIndex((x) => x.id === step);
  if (!steps[i]) return false;
  s.goToStep(i);
  return true;
}
