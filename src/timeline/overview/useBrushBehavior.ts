/**
 * The only owner of d3-brush. Dragging or resizing the brush sets the main window; a click
 * without a drag re-centres the window there; windows set elsewhere move the brush.
 */
import { type RefObject, useEffect, useLayoutEffect, useRef } from 'react';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { pointer, select } from 'd3-selection';
import type { TimelineStore } from '../../store/createTimelineStore';
import type { TimeWindow } from '../../data/queryVisible';
import type { TimeScale } from '../../time/timeScale';

const MIN_PX = 6;

export function useBrushBehavior(
  ref: RefObject<SVGGElement | null>,
  store: TimelineStore,
  window: TimeWindow | null,
  /** The strip's scale: the whole extent over its width, folded like the timeline. */
  x: TimeScale,
  height: number,
): void {
  const brushRef = useRef<BrushBehavior<unknown> | null>(null);
  const syncing = useRef(false);
  const drawnSize = useRef('');
  // d3-brush's handlers read the latest geometry when they fire; written after render, not during it.
  const width = x.range[1];
  const geometry = useRef({ x, height });
  useLayoutEffect(() => {
    geometry.current = { x, height };
  });
  const ready = window !== null && width > 0;

  useEffect(() => {
    const node = ref.current;
    if (!node || !ready) return;
    const toTime = (px: number) => geometry.current.x.invert(px);
    const brush = brushX<unknown>()
      .extent((): [[number, number], [number, number]] => [
        [0, 0],
        [geometry.current.x.range[1], geometry.current.height],
      ])
      .on('brush end', (event: D3BrushEvent<unknown>) => {
        if (syncing.current || !event.sourceEvent) return;
        const s = store.getState();
        if (event.selection) {
          const [x0, x1] = event.selection as [number, number];
          s.setWindow({ from: toTime(x0), to: toTime(x1) });
        } else if (event.type === 'end' && s.timeWindow) {
          const [px] = pointer(event.sourceEvent, node);
          // Centred on the click, as wide on the strip as before (on the folded clock, like the strip).
          const { x: xs } = geometry.current;
          const half = (xs(s.timeWindow.to) - xs(s.timeWindow.from)) / 2;
          s.setWindow({ from: toTime(px - half), to: toTime(px + half) });
        }
      });
    brushRef.current = brush;
    select(node).call(brush);
    drawnSize.current = `${geometry.current.x.range[1]}x${geometry.current.height}`;
    return () => {
      select(node).on('.brush', null);
      brushRef.current = null;
      drawnSize.current = '';
    };
  }, [ref, store, ready]);

  useEffect(() => {
    const node = ref.current;
    const brush = brushRef.current;
    if (!node || !brush || !window || width <= 0) return;
    let x0 = x(window.from);
    let x1 = x(window.to);
    if (x1 - x0 < MIN_PX) {
      // A window of days on a decade-wide strip would be invisible; show it at a grabbable width.
      const mid = (x0 + x1) / 2;
      x0 = mid - MIN_PX / 2;
      x1 = mid + MIN_PX / 2;
    }
    syncing.current = true;
    try {
      // Calling the brush again lays out its overlay and handles anew: needed only when the strip's
      // size changed, not on every frame of a zoom in the main timeline.
      const size = `${width}x${height}`;
      if (drawnSize.current !== size) {
        select(node).call(brush);
        drawnSize.current = size;
      }
      brush.move(select(node), [x0, x1]);
    } finally {
      syncing.current = false;
    }
  }, [ref, window, x, width, height, ready]);
}
