import { useEffect, useRef, useState } from 'react';
import { interpolateZoom } from 'd3-interpolate';
import { easeCubicInOut } from 'd3-ease';
import type { TimeWindow } from '../data/queryVisible';

/**
 * The window to draw. Jumps (steps, periods, clusters) glide there along d3's smooth-zoom path,
 * zooming out and back in when the two windows are far apart, in 0.4–0.9 s; gestures and readers who
 * prefer reduced motion get the new window at once.
 */
export function useAnimatedWindow(target: TimeWindow | null, animate: boolean): TimeWindow | null {
  const [frame, setFrame] = useState<TimeWindow | null>(null);
  const shown = useRef<TimeWindow | null>(target);
  const current = frame ?? target;

  useEffect(() => {
    const from = shown.current;
    if (!target || !from || !animate || prefersReducedMotion() || (from.from === target.from && from.to === target.to)) {
      shown.current = target;
      setFrame(null);
      return;
    }
    const path = interpolateZoom([(from.from + from.to) / 2, 0, from.to - from.from], [(target.from + target.to) / 2, 0, target.to - target.from]);
    const duration = Math.min(Math.max(path.duration, 400), 900);
    const start = performance.now();
    let raf = 0;
    const tick = (now: number) => {
      const t = Math.min(1, (now - start) / duration);
      const [centre, , span] = path(easeCubicInOut(t));
      const next = t < 1 ? { from: centre - span / 2, to: centre + span / 2 } : target;
      shown.current = next;
      setFrame(t < 1 ? next : null);
      if (t < 1) raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [target, animate]);

  return current;
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
