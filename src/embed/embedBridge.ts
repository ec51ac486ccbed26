/**
 * The only code that talks to a host page. Posts `chronicle:resize` (with AMP's, Datawrapper's and
 * Flourish's height messages) whenever the content height changes, `chronicle:ready` once the
 * timeline is drawn, `chronicle:view` when the window settles somewhere new and `chronicle:select`
 * when the selection changes; acts on `chronicle:select` and `chronicle:step` from the parent frame
 * and on nothing else.
 */
import type { TimelineStore } from '../store/createTimelineStore';
import { stepsOf } from '../view/steps';
import { watchViewSettled } from '../store/watch/viewSettled';
import { datawrapperKey, isSelectMessage, isStepMessage, resizeMessages, type StepMessage } from './messages';

/**
 * The address the host framed, read before the app rewrites its own link (app/sync/urlSync.ts
 * replaces it as the reader acts): the navigation's, which no replaceState changes.
 */
const framed = new URL((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.name || location.href);
/** Long enough for a step's glide (at most 0.9 s) and for the details it opens to load and scroll themselves into view. */
const KEEP_IN_VIEW_MS = 1500;

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

  // For a moment after each step (its glide, and the details it opens scrolling themselves into view),
  // the step's event is kept in view: its lane scrolled into the timeline's canvas, and a frame kept
  // shorter than its content (pinned above a phone's text) scrolled to its timeline rather than its
  // title and filters. The frame's own scrolling, never scrollIntoView: that could move the article too.
  let keepUntil = 0;
  let keeping = 0;
  const keepInView = () => {
    const timeline = content.querySelector('[data-testid=timeline]');
    if (!timeline || performance.now() > keepUntil) return;
    // Only a real move: even a scroll by nothing would stop the reader's own, under way.
    const by = nearest(timeline.getBoundingClientRect(), 0, innerHeight);
    if (by) scrollBy(0, by);
    const id = store.getState().selectedId;
    const mark = id ? timeline.querySelector(`[data-event-id="${CSS.escape(id)}"]`) : null;
    const canvas = mark?.closest('.timeline-canvas');
    if (mark && canvas) {
      // The canvas's part that is on screen: a short frame may cut its bottom off.
      const c = canvas.getBoundingClientRect();
      const down = nearest(mark.getBoundingClientRect(), Math.max(c.top, 0), Math.min(c.bottom, innerHeight));
      if (down) canvas.scrollTop += down;
    }
    keeping = requestAnimationFrame(keepInView);
  };
  const stepTo = (step: StepMessage['step']) => {
    if (!showStep(store, step)) return;
    keepUntil = performance.now() + KEEP_IN_VIEW_MS;
    cancelAnimationFrame(keeping);
    keepInView();
  };

  // Ready as the readiness contract says it: the timeline element's data-state.
  let ready = false;
  let pending: StepMessage['step'] | null = null;
  const view = watchViewSettled(store, (days) => ready && post({ type: 'chronicle:view', ...days }));
  const checkReady = () => {
    if (ready || !content.querySelector('[data-testid=timeline][data-state=ready]')) return;
    ready = true;
    drawn.disconnect();
    post({ type: 'chronicle:ready' });
    view.now();
    if (pending !== null) stepTo(pending);
    pending = null;
  };
  const drawn = new MutationObserver(checkReady);
  drawn.observe(content, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
  checkReady();

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.selectedId !== prev.selectedId) post({ type: 'chronicle:select', id: s.selectedId });
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
    view.stop();
    unsubscribe();
    window.removeEventListener('message', onMessage);
    cancelAnimationFrame(keeping);
  };
}

/** How far to scroll so `r` shows between `top` and `bottom`, as little as possible; its top, if it cannot fit. */
function nearest(r: DOMRect, top: number, bottom: number): number {
  return Math.round(r.top < top || r.height > bottom - top ? r.top - top : Math.max(0, r.bottom - bottom));
}

/**
 * Moves to a step as the presenter does (the store's goToStep: its window, glided to unless the reader
 * prefers reduced motion, and its event selected). A number counts the presentation's steps from 1;
 * an id names one of them: every period and event, unless the dataset lists its own steps. Anything
 * else is ignored: false.
 */
export function showStep(store: TimelineStore, step: StepMessage['step']): boolean {
  const s = store.getState();
  const steps = s.index ? stepsOf(s.index.dataset) : [];
  const i = typeof step === 'number' ? step - 1 : steps.findIndex((x) => x.id === step);
  if (!steps[i]) return false;
  s.goToStep(i);
  return true;
}
