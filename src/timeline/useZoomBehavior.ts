/**
 * The only owner of d3-zoom. Gestures (wheel, trackpad pinch, drag, touch) write the window to the
 * store; windows set elsewhere (keys, buttons, clusters) are pushed back into d3-zoom's transform.
 * A `syncing` flag breaks the loop between the two. d3-zoom arrives once the timeline is drawn.
 */
import { type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { TimelineStore } from '../store/createTimelineStore';
import type { TimeWindow } from '../data/queryVisible';
import type { Limits } from '../view/zoomMath';
import type { Zoom } from './zoom/zoomGestures';

type Gestures = typeof import('./zoom/zoomGestures');
let kitLoading: Promise<Gestures> | null = null;
const loadKit = () => (kitLoading ??= import('./zoom/zoomGestures'));

export function useZoomBehavior(
  ref: RefObject<SVGSVGElement | null>,
  store: TimelineStore,
  window: TimeWindow | null,
  limits: Limits,
  width: number,
  height: number,
  /** Which screen axis time runs along; vertical timelines zoom and pan in y. */
  axis: 'x' | 'y' = 'x',
): void {
  const zoomRef = useRef<Zoom | null>(null);
  const syncing = useRef(false);
  const length = axis === 'x' ? width : height;
  // d3-zoom's handlers read the latest size when they fire; written after render, not during it.
  const lengthRef = useRef({ length, axis });
  useLayoutEffect(() => {
    lengthRef.current = { length, axis };
  });
  const ready = window !== null && length > 0;
  const [kit, setKit] = useState<Gestures | null>(null);
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
    const { zoom, detach } = kit.attachZoom(node, store, () => lengthRef.current, syncing);
    zoomRef.current = zoom;
    return () => {
      detach();
      zoomRef.current = null;
    };
  }, [ref, store, ready, kit]);

  useEffect(() => {
    const node = ref.current;
    const zoom = zoomRef.current;
    if (!node || !zoom || !kit || !window || length <= 0) return;
    kit.syncZoom(node, zoom, window, limits, width, height, axis, syncing);
  }, [ref, window, limits, width, height, ready, axis, length, kit]);
}
