/**
 * Breaks in folded time (time/folds.ts): a zig-zag gap across the lanes and on the axis, and on the
 * axis a button that says how much time the break hides and unfolds it when pressed.
 */
import type { ScaleBreak } from '../time/timeScale';
import { formatDuration } from '../i18n/format';
import { useMessages } from '../i18n/useMessages';

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

/** Over the axis: one button per break, "6 yr", that unfolds it. Positioned in px over the axis SVG. */
export function FoldButtons({ breaks, onOpen, scale = 1 }: { breaks: readonly ScaleBreak[]; onOpen: (from: number) => void; scale?: number }) {
  const t = useMessages();
  if (breaks.length === 0) return null;
  return (
    <>
      {breaks.map((b) => {
        const span = b.to - b.from;
        return (
          <button
            key={b.from}
            type="button"
            className="fold-button"
            style={{ left: (b.x0 + b.x1) / 2, fontSize: `${0.75 * scale}rem` }}
            aria-label={t.unfoldBreak(formatDuration(span, 'long'))}
            title={t.unfoldBreak(formatDuration(span, 'long'))}
            onClick={() => onOpen(b.from)}
          >
            {formatDuration(span, 'short')}
          </button>
        );
      })}
    </>
  );
}

/**
 * The option that turns folding off and on again (also `fold=0` in the link), at the axis's right end.
 * Shown only for data that has empty stretches to fold.
 */
export function FoldToggle({ folded, onToggle }: { folded: boolean; onToggle: () => void }) {
  const t = useMessages();
  return (
    <button type="button" className="fold-toggle" aria-pressed={folded} aria-label={t.foldToggle} title={t.foldToggle} onClick={onToggle}>
      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
        <path d={`M1,8H5${zigZag(6, 2, 14, 1.5, 3).replace(/^M/, 'M')}${zigZag(10, 2, 14, 1.5, 3)}M11,8H15`} />
      </svg>
    </button>
  );
}

const round = (n: number) => Math.round(n * 10) / 10;
