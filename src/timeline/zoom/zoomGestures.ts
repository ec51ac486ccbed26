/**
 * The gestures' side of useZoomBehavior.ts, shipped with d3-zoom (this folder's chunk, fetched the
 * frame after the first view): a wheel, pinch, drag or touch writes the window to the store, and a
 * window set elsewhere is pushed back into d3-zoom's transform. `syncing` breaks the loop between them.
 */
import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import type { TimelineStore } from '../../store/createTimelineStore';
import type { TimeWindow } from '../../data/queryVisible';
import { maxZoom, transformFor, windowFor, type Limits } from '../../view/zoomMath';

export interface ZoomSize {
  /** Along the time axis, in px. */
  length: number;
  axis: 'x' | 'y';
}

export type Zoom = ZoomBehavior<SVGSVGElement, unknown>;

/** Attaches d3-zoom to `node`; returns it and the function that takes it off again. */
export function attachZoom(node: SVGSVGElement, store: TimelineStore, size: () => ZoomSize, syncing: { current: boolean }): { zoom: Zoom; detach: () => void } {
  let pending: TimeWindow | null = null;
  let frame = 0;
  const commit = () => {
    frame = 0;
    if (pending) store.getState().setWindow(pending);
    pending = null;
  };
  const zoom = d3zoom<SVGSVGElement, unknown>()
    // A mostly sideways wheel (trackpad swipe) pans instead of zooming; pinch arrives as ctrl+wheel.
    .filter((event: Event) => {
      if (event instanceof WheelEvent) return event.ctrlKey || Math.abs(event.deltaX) <= Math.abs(event.deltaY);
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
  const onSideways = (event: WheelEvent) => {
    const { length, axis } = size();
    if (axis === 'y' || event.ctrlKey || Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
    event.preventDefault();
    store.getState().panBy(event.deltaX / Math.max(length, 1));
  };
  node.addEventListener('wheel', onSideways, { passive: false });
  const detach = () => {
    cancelAnimationFrame(frame);
    select(node).on('.zoom', null);
    node.removeAttribute('data-zoom');
    node.removeEventListener('wheel', onSideways);
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
