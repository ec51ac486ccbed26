/**
 * The horizontal axis's fold controls: a button per break that says how much time it hides and
 * unfolds it, and the toggle that turns folding off and on.
 */
import './folds.css';
import type { ScaleBreak } from '../../time/timeScale';
import { formatDuration } from '../../i18n/format';
import { useMessages } from '../../i18n/useMessages';
import { zigZag } from '../FoldBreaks';

/** Over the axis: one button per break, "6 yr", that unfolds it. Positioned in px over the axis SVG. */
export function FoldButtons({
  breaks,
  onOpen,
  scale = 1,
  mirror = false,
}: {
  breaks: readonly ScaleBreak[];
  onOpen: (from: number) => void;
  scale?: number;
  /** Time runs right to left: the axis is drawn mirrored, so each button sits as far from the right edge. */
  mirror?: boolean;
}) {
  const t = useMessages();
  if (breaks.length === 0) return null;
  return (
    <>
      {breaks.map((b) => {
        const span = b.to - b.from;
        const shown = formatDuration(span, 'short');
        // The name starts with the words on the button (WCAG 2.5.3, label in name), then says what it does.
        const name = `${shown}: ${t.unfoldBreak(formatDuration(span, 'long'))}`;
        return (
          <button
            key={b.from}
            type="button"
            className="fold-button"
            style={{ [mirror ? 'right' : 'left']: (b.x0 + b.x1) / 2, fontSize: `${0.75 * scale}rem` }}
            aria-label={name}
            title={t.unfoldBreak(formatDuration(span, 'long'))}
            onClick={() => onOpen(b.from)}
          >
            {shown}
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

export interface FoldControlsProps {
  breaks: readonly ScaleBreak[];
  onOpen: (from: number) => void;
  scale: number;
  /** The data has empty stretches to fold, so the toggle means something. */
  foldable: boolean;
  folded: boolean;
  onToggle: () => void;
  /** Time runs right to left (the axis mirrored). */
  mirror?: boolean;
}

/** The buttons over the axis and the toggle at its end, as one part (timeline/parts.ts). */
export function FoldControls({ breaks, onOpen, scale, foldable, folded, onToggle, mirror }: FoldControlsProps) {
  return (
    <>
      <FoldButtons breaks={breaks} onOpen={onOpen} scale={scale} mirror={mirror} />
      {foldable && <FoldToggle folded={folded} onToggle={onToggle} />}
    </>
  );
}
