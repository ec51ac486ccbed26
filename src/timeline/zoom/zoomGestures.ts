/**
 * The gestures' side of useZoomBehavior.ts, shipped with d3-zoom (this folder's chunk, fetched the
 * frame after the first view): a wheel, pinch, drag or touch writes the window to the store, and a
 * window set elsewhere is pushed back into d3-zoom's transform. `syncing` breaks the loop between them.
 *
 * Cooperative gestures (issue 23), where the timeline sits inside `[data-gestures="cooperative"]` (an
 * embed in an article): as on an embedded map, one finger and a plain wheel belong to the page, so a
 * reader scrolls past; two fingers pan and pinch, Ctrl/⌘ + wheel (and a trackpad's pinch) zooms, a
 * mouse drag still pans and taps still select. A one-finger drag along time, or a plain wheel, asks
 * for a hint (`chronicle:gesture-hint`, detail `touch` or `wheel`) that the embed shows.
 */
import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import type { TimelineStore } from '../../store/createTimelineStore';
import type { TimeWindow } from '../../data/queryVisible';
import { maxZoom, transformFor, windowFor, type Limits } from '../../view/zoomMath';
import { selectTimeRtl } from '../../store/selectors';

export interface ZoomSize {
  /** Along the time axis, in px. */
  length: number;
  axis: 'x' | 'y';
}

export type Zoom = ZoomBehavior<SVGSVGElement, unknown>;

const TOUCHES = ['touchstart', 'touchmove', 'touchend', 'touchcancel'] as const;

/** Attaches d3-zoom to `node`; returns it and the function that takes it off again. */
export function attachZoom(node: SVGSVGElement, store: TimelineStore, size: () => ZoomSize, syncing: { current: boolean }): { zoom: Zoom; detach: () => void } {
  let pending: TimeWindow | null = null;
  let frame = 0;
  const commit = () => {
    frame = 0;
    if (pending) store.getState().setWindow(pending);
    pending = null;
  };
  // Read at each event: an embed's reader may switch to one-finger moves ("Explore") and back.
  const cooperative = () => node.closest('[data-gestures="cooperative"]') !== null;
  const zoom = d3zoom<SVGSVGElement, unknown>()
    // A mostly sideways wheel (trackpad swipe) pans instead of zooming; pinch arrives as ctrl+wheel.
    .filter((event: Event) => {
      if (event instanceof WheelEvent) {
        if (cooperative()) return event.ctrlKey || event.metaKey;
        return event.ctrlKey || Math.abs(event.deltaX) <= Math.abs(event.deltaY);
      }
      // Cooperative touches are this file's own (below): d3-zoom would take the first finger alone.
      if (typeof TouchEvent !== 'undefined' && event instanceof TouchEvent && cooperative()) return false;
      return !(event as MouseEvent).ctrlKey && !(event as MouseEvent).button;
    })
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      if (syncing.current) return;
      const { length, axis } = size();
      pending = windowFor({ k: event.transform.k, x: axis === 'x' ? event.transform.x : event.transform.y }, store.getState().limits, length);
      // A trackpad can send several events a frame: the store (and so React) hears the last of them, once a frame.
      if (!frame) frame = requestAnimationFrame(commit);
    });
  select(node).call(zoom).on('dblclick.zoom', null);
  // For tests and tools driving the pointer: gestures work from here on.
  node.setAttribute('data-zoom', 'on');
  let hinted = -Infinity;
  const hint = (kind: 'touch' | 'wheel') => {
    // Once in a while, not with every event of a scroll.
    if (performance.now() - hinted < 3000) return;
    hinted = performance.now();
    node.dispatchEvent(new CustomEvent('chronicle:gesture-hint', { bubbles: true, detail: kind }));
  };
  // Where time runs right to left the drawing is mirrored (styles.css .time-rtl).
  const mirrored = () => selectTimeRtl(store.getState());
  const onSideways = (event: WheelEvent) => {
    const { length, axis } = size();
    if (cooperative() && !event.ctrlKey && !event.metaKey) return hint('wheel');
    if (axis === 'y' || event.ctrlKey || Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
    event.preventDefault();
    // Scrolling toward the right goes later, or earlier where time runs right to left.
    store.getState().panBy(((mirrored() ? -1 : 1) * event.deltaX) / Math.max(length, 1));
  };
  node.addEventListener('wheel', onSideways, { passive: false });

  // Two fingers, in cooperative mode: the pinch's midpoint and spread, from one move to the next.
  let pinch: { x: number; y: number; spread: number } | null = null;
  let start: Touch | null = null;
  const onTouch = (event: TouchEvent) => {
    if (!cooperative()) return void (pinch = null);
    const { touches } = event;
    if (touches.length < 2) {
      pinch = null;
      if (event.type === 'touchstart') start = touches[0] ?? null;
      else if (event.type === 'touchmove' && start && touches[0]) {
        // A drag along time is a reader trying to move the timeline: tell them how.
        const along = size().axis === 'x' ? touches[0].clientX - start.clientX : touches[0].clientY - start.clientY;
        const across = size().axis === 'x' ? touches[0].clientY - start.clientY : touches[0].clientX - start.clientX;
        if (Math.abs(along) > 16 && Math.abs(along) > Math.abs(across)) hint('touch');
      }
      return;
    }
    event.preventDefault();
    start = null;
    const box = node.getBoundingClientRect();
    const [a, b] = [touches[0]!, touches[1]!];
    const mid = (a.clientX + b.clientX) / 2;
    const now = {
      // In the drawing's coordinates, which d3-zoom works in: mirrored where time runs right to left.
      x: mirrored() ? box.right - mid : mid - box.left,
      y: (a.clientY + b.clientY) / 2 - box.top,
      spread: Math.hypot(a.clientX - b.clientX, a.clientY - b.clientY),
    };
    if (pinch && event.type === 'touchmove') {
      const target = select(node);
      if (pinch.spread > 0 && now.spread > 0) zoom.scaleBy(target, now.spread / pinch.spread, [pinch.x, pinch.y]);
      const k = zoomTransform(node).k;
      zoom.translateBy(target, (now.x - pinch.x) / k, (now.y - pinch.y) / k);
    }
    pinch = now;
  };
  const touchOptions = { passive: false } as const;
  for (const type of TOUCHES) node.addEventListener(type, onTouch, touchOptions);
  const detach = () => {
    cancelAnimationFrame(frame);
    select(node).on('.zoom', null);
    node.removeAttribute('data-zoom');
    node.removeEventListener('wheel', onSideways);
    for (const type of TOUCHES) node.removeEventListener(type, onTouch);
  };
  return { zoom, detach };
}

/** Pushes a window set elsewhere (keys, buttons, clusters, the brush) into d3-zoom's transform. */
export function syncZoom(
  node: SVGSVGElement,
  zoom: Zoom,
  window: TimeWindow,
  limits: Limits,
  width: number,
  height: number,
  axis: 'x' | 'y',
  syncing: { current: boolean },
): void {
  const length = axis === 'x' ? width : height;
  zoom
    .scaleExtent([1, maxZoom(limits)])
    .extent([
      [0, 0],
      [width, Math.max(height, 1)],
    ])
    .translateExtent([
      [0, 0],
      [width, Math.max(height, 1)],
    ]);
  const target = transformFor(window, limits, length);
  const current = zoomTransform(node);
  const offset = axis === 'x' ? current.x : current.y;
  if (Math.abs(current.k - target.k) / target.k < 1e-9 && Math.abs(offset - target.x) < 0.5) return;
  syncing.current = true;
  try {
    const t = axis === 'x' ? zoomIdentity.translate(target.x, 0) : zoomIdentity.translate(0, target.x);
    zoom.transform(select(node), t.scale(target.k));
  } finally {
    syncing.current = false;
  }
}
