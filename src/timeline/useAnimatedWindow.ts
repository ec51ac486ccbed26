import { useEffect, useRef, useState } from 'react';
import { interpolateZoom } from 'd3-interpolate';
import { easeCubicInOut } from 'd3-ease';
import type { TimeWindow } from '../data/queryVisible';
import { foldTime, unfoldTime, type Folds } from '../time/folds';

/**
 * The window to draw. Jumps (steps, periods, clusters) glide there along d3's smooth-zoom path,
 * zooming out and back in when the two windows are far apart, in 0.4–0.9 s; gestures and readers who
 * prefer reduced motion get the new window at once. The glide runs on the folded clock, so it is
 * even across breaks.
 */
export function useAnimatedWindow(target: TimeWindow | null, animate: boolean, folds: Folds | null = null): TimeWindow | null {
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
    const [a0, a1, b0, b1] = [from.from, from.to, target.from, target.to].map((ms) => foldTime(ms, folds)) as [number, number, number, number];
    const path = interpolateZoom([(a0 + a1) / 2, 0, a1 - a0], [(b0 + b1) / 2, 0, b1 - b0]);
    const duration = Math.min(Math.max(path.duration, 400), 900);
    const start = performance.now();
    let raf = 0;
    const tick = (now: number) => {
      const t = Math.min(1, (now - start) / duration);
      const [centre, , span] = path(easeCubicInOut(t));
      const next = t < 1 ? { from: unfoldTime(centre - span / 2, folds), to: unfoldTime(centre + span / 2, folds) } : target;
      shown.current = next;
      setFrame(t < 1 ? next : null);
      if (t < 1) raf = requestAnimationFrame(tick);
    };
    raf = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(raf);
  }, [target, animate, folds]);

  return current;
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
