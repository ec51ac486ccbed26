/**
 * The only owner of d3-zoom. Gestures (wheel, trackpad pinch, drag, touch) write the window to the
 * store; windows set elsewhere (keys, buttons, clusters) are pushed back into d3-zoom's transform.
 * A `syncing` flag breaks the loop between the two. d3-zoom arrives once the timeline is drawn.
 */
import { type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { D3ZoomEvent, ZoomBehavior } from './zoom/zoomKit';
import type { TimelineStore } from '../store/createTimelineStore';
import type { TimeWindow } from '../data/queryVisible';
import { maxZoom, transformFor, windowFor } from '../view/zoomMath';

type ZoomKit = typeof import('./zoom/zoomKit');
let kitLoading: Promise<ZoomKit> | null = null;
const loadKit = () => (kitLoading ??= import('./zoom/zoomKit'));

export function useZoomBehavior(
  ref: RefObject<SVGSVGElement | null>,
  store: TimelineStore,
  window: TimeWindow | null,
  limits: TimeWindow,
  width: number,
  height: number,
  /** Which screen axis time runs along; vertical timelines zoom and pan in y. */
  axis: 'x' | 'y' = 'x',
): void {
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const syncing = useRef(false);
  const length = axis === 'x' ? width : height;
  // d3-zoom's handlers read the latest size when they fire; written after render, not during it.
  const lengthRef = useRef({ length, axis });
  useLayoutEffect(() => {
    lengthRef.current = { length, axis };
  });
  const ready = window !== null && length > 0;
  const [kit, setKit] = useState<ZoomKit | null>(null);
  useEffect(() => {
    if (!ready || kit) return;
    let live = true;
    // Asked for once the first view is on screen (the frame after it), so it never delays it.
    const frame = requestAnimationFrame(() => setTimeout(() => void loadKit().then((k) => live && setKit(k)), 0));
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
  }, [ready, kit]);

  useEffect(() => {
    const node = ref.current;
    if (!node || !ready || !kit) return;
    const { d3zoom, select } = kit;
    const zoom = d3zoom<SVGSVGElement, unknown>()
      // A mostly sideways wheel (trackpad swipe) pans instead of zooming; pinch arrives as ctrl+wheel.
      .filter((event: Event) => {
        if (event instanceof WheelEvent) return event.ctrlKey || Math.abs(event.deltaX) <= Math.abs(event.deltaY);
        return !(event as MouseEvent).ctrlKey && !(event as MouseEvent).button;
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        if (syncing.current) return;
        const { length: n, axis: a } = lengthRef.current;
        pending = windowFor({ k: event.transform.k, x: a === 'x' ? event.transform.x : event.transform.y }, store.getState().limits, n);
        // A trackpad can send several events a frame: the store (and so React) hears the last of them, once a frame.
        if (!frame) frame = requestAnimationFrame(commit);
      });
    let pending: TimeWindow | null = null;
    let frame = 0;
    const commit = () => {
      frame = 0;
      if (pending) store.getState().setWindow(pending);
      pending = null;
    };
    select(node).call(zoom).on('dblclick.zoom', null);
    zoomRef.current = zoom;
    // For tests and tools driving the pointer: gestures work from here on.
    node.setAttribute('data-zoom', 'on');
    const onSideways = (event: WheelEvent) => {
      if (lengthRef.current.axis === 'y' || event.ctrlKey || Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
      event.preventDefault();
      store.getState().panBy(event.deltaX / Math.max(lengthRef.current.length, 1));
    };
    node.addEventListener('wheel', onSideways, { passive: false });
    return () => {
      cancelAnimationFrame(frame);
      select(node).on('.zoom', null);
      node.removeAttribute('data-zoom');
      node.removeEventListener('wheel', onSideways);
      zoomRef.current = null;
    };
  }, [ref, store, ready, kit]);

  useEffect(() => {
    const node = ref.current;
    const zoom = zoomRef.current;
    if (!node || !zoom || !kit || !window || length <= 0) return;
    const { select, zoomIdentity, zoomTransform } = kit;
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
  }, [ref, window, limits, width, height, ready, axis, length, kit]);
}
