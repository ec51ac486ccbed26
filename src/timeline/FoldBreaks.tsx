/**
 * Breaks in folded time (time/folds.ts): a zig-zag gap across the lanes and on the axis. Both
 * orientations and the overview draw them; the buttons that unfold them are in lanes/FoldControls.tsx.
 */
import type { ScaleBreak } from '../time/timeScale';

/** A vertical zig-zag from y0 to y1 at x: the broken-axis sign. */
export function zigZag(x: number, y0: number, y1: number, amplitude = 3, step = 6): string {
  let d = `M${round(x)},${round(y0)}`;
  for (let y = y0 + step, side = 1; y < y1; y += step, side = -side) d += `L${round(x + side * amplitude)},${round(y)}`;
  return `${d}L${round(x)},${round(y1)}`;
}

/** Across the lanes: the hidden stretch shaded, each edge a zig-zag. Behind the marks; ranges run through it. */
export function FoldBands({ breaks, height }: { breaks: readonly ScaleBreak[]; height: number }) {
  if (breaks.length === 0) return null;
  return (
    <g className="fold-bands" aria-hidden="true">
      {breaks.map((b) => (
        <g key={b.from}>
          <rect className="fold-band" x={b.x0} width={Math.max(0, b.x1 - b.x0)} height={height} />
          <path className="fold-edge" d={`${zigZag(b.x0, 0, height)}${zigZag(b.x1, 0, height)}`} />
        </g>
      ))}
    </g>
  );
}

const round = (n: number) => Math.round(n * 10) / 10;
