/**
 * Event and cluster marks. They receive positions already computed by layoutMarks and only draw;
 * each mark is an option of the list of events, for pointer and keyboard, named by markNamer.
 */
import { memo } from 'react';
import { clusterButtonProps, clusterName, markClasses, markOptionProps } from '../markProps';
import type { MarkNamer } from '../../i18n/markNames';
import type { ClusterMark as Cluster, EventMark as Mark } from '../../view/lanes/layoutMarks';
import { formatDay, formatEventDate, inDrawing } from '../../i18n/format';
import type { ClusterTarget, DensityBin } from '../../view/densityBand';
import { estimateTextWidth } from '../../view/textWidth';
import { MarkLabel } from '../MarkLabel';
import { shapePath, type Shape } from '../../view/shapes';
import { formatCompact, formatCount, messages } from '../../i18n/messages';

const BAR_H = 14;
/** A wrapped label's second line, in the free row below. */
const LINE = 15;

interface EventMarkProps {
  mark: Mark;
  color: string;
  shape: Shape;
  selected: boolean;
  tabStop: boolean;
  related: boolean;
  terms: string[];
  nameOf: MarkNamer;
  onSelect: (id: string) => void;
  /** Time runs right to left: the drawing is mirrored (styles.css .time-rtl). */
  rtl?: boolean;
}

export const EventMark = memo(function EventMark({ mark, color, shape, selected, tabStop, related, terms, nameOf, onSelect, rtl = false }: EventMarkProps) {
  const { event, kind, x0, x1, y, label, label2, labelX, labelAnchor } = mark;
  const date = formatEventDate(event);
  const labelW = label ? (mark.labelWidth ?? estimateTextWidth(label)) : 0;
  const labelStart = labelAnchor === 'end' ? labelX - labelW : labelX;
  const hitStart = Math.min(kind === 'point' ? x0 - 8 : x0, label ? labelStart : Infinity);
  const hitEnd = Math.max(kind === 'point' ? x0 + 8 : x1, label ? labelStart + labelW : -Infinity);
  // In a mirrored drawing each line of a wrapped label is a text of its own: each is turned back about
  // its own centre (styles.css .time-rtl), so both end beside the mark, not just the longer one.
  const apart = rtl && Boolean(label2);
  // Children sit at coordinates relative to the mark, so panning changes one transform per mark and
  // the browser moves the label without laying its text out again. No <title>: the aria-label names
  // the mark, the label shows it, and a title per mark is DOM to build on every zoom step.
  return (
    <g
      className={markClasses(event, kind, selected, related)}
      style={{ '--mark': color } as React.CSSProperties}
      transform={`translate(${x0.toFixed(1)},${y})`}
      {...markOptionProps(event, nameOf(event, date), selected, onSelect, tabStop)}
    >
      <rect className="mark-hit" x={hitStart - x0} y={-11} width={Math.max(hitEnd - hitStart, 16)} height={label2 ? 22 + LINE : 22} rx={4} />
      {kind === 'point' ? (
        <path className="mark-dot" d={shapePath(shape, 6)} />
      ) : (
        <>
          <rect className="mark-bar" y={-BAR_H / 2} width={Math.max(x1 - x0, 2)} height={BAR_H} rx={3} />
          {/* The actor's shape at the bar's visible start, where the label begins. */}
          {x1 - Math.max(x0, 0) > 14 && (
            <path className="mark-shape" transform={`translate(${(Math.max(x0, 0) - x0 + 7).toFixed(1)},0)`} d={shapePath(shape, 3.5)} />
          )}
        </>
      )}
      {label && (
        <text className="mark-label" x={labelX - x0} y={4} textAnchor={labelAnchor} aria-hidden="true">
          <MarkLabel label={label} terms={terms} />
          {/* The space the wrap took: the label's text reads as the title it is (WCAG 2.5.3, label in name). */}
          {label2 && ' '}
          {label2 && !apart && (
            <tspan x={labelX - x0} dy={LINE}>
              <MarkLabel label={label2} terms={terms} />
            </tspan>
          )}
        </text>
      )}
      {label2 && apart && (
        <text className="mark-label" x={labelX - x0} y={4 + LINE} textAnchor={labelAnchor} aria-hidden="true">
          <MarkLabel label={label2} terms={terms} />
        </text>
      )}
    </g>
  );
});

interface ClusterMarkProps {
  cluster: Cluster;
  /** The name of the badge's lane, for its accessible name. */
  lane: string | null;
  hasRelated: boolean;
  tabStop: boolean;
  onOpen: (cluster: Cluster) => void;
}

export const ClusterMark = memo(function ClusterMark({ cluster, lane, hasRelated, tabStop, onOpen }: ClusterMarkProps) {
  const text = cluster.earlier ? `← ${cluster.count}` : `+${cluster.count}`;
  const name = clusterName(cluster, lane);
  const w = 14 + text.length * 7;
  // Placed by one transform, so a zoom step moves a badge with one attribute; no <title>: the badge
  // shows its count and the aria-label names it, and a title is text to rewrite on every step.
  return (
    <g
      className={hasRelated ? 'cluster related' : 'cluster'}
      transform={`translate(${(cluster.x - 4).toFixed(1)},${cluster.y})`}
      {...clusterButtonProps(cluster.count, name, () => onOpen(cluster), cluster.earlier, tabStop)}
    >
      <rect y={-9} width={w} height={18} rx={9} />
      <text x={w / 2} y={4} textAnchor="middle" aria-hidden="true">
        {inDrawing(text)}
      </text>
    </g>
  );
});

/** Height of a slice's bar: its share of the room under the count, at least a sliver. */
export const barHeight = (bin: DensityBin) => Math.max(2, bin.level * (bin.bottom - bin.top - 18));

/**
 * A dense lane's bars as one path: a zoom step rewrites one attribute per lane instead of two per
 * slice (SVG geometry attributes are restyled one by one, the costliest part of a frame at 100k).
 */
export function DensityBars({ bins, color }: { bins: DensityBin[]; color: string }) {
  let d = '';
  for (const bin of bins) {
    const h = barHeight(bin);
    d += `M${bin.x0 + 1},${(bin.bottom - 2 - h).toFixed(1)}h${Math.max(1, bin.x1 - bin.x0 - 2)}v${h.toFixed(1)}h${-Math.max(1, bin.x1 - bin.x0 - 2)}z`;
  }
  return <path className="density-bar" d={d} style={{ '--mark': color } as React.CSSProperties} aria-hidden="true" />;
}

interface DensityBarProps {
  bin: DensityBin;
  tabStop: boolean;
  onOpen: (target: ClusterTarget) => void;
}

/** One slice of a dense lane: its exact count above its bar (drawn by DensityBars), a button to zoom in. */
export const DensityBar = memo(function DensityBar({ bin, tabStop, onOpen }: DensityBarProps) {
  // Begins with the count as shown ("1.1K"), then the exact one where they differ.
  const shown = formatCompact(bin.count);
  const exact = formatCount(bin.count);
  const name = messages().slice(shown, shown === exact ? null : exact, formatDay(bin.from), formatDay(bin.to - 1));
  const w = bin.x1 - bin.x0;
  // Placed by one transform: while zooming within a unit, a slice only moves and widens.
  return (
    <g
      className="density-bin"
      transform={`translate(${bin.x0.toFixed(1)},0)`}
      {...clusterButtonProps(bin.count, name, () => onOpen({ ...bin, x: bin.x0 + 4, y: bin.bottom - 12 }), false, tabStop)}
    >
      <rect className="density-hit" y={bin.top} width={w} height={bin.bottom - bin.top} />
      {/* A sliver cut off by the window's edge keeps its button and name, not a count that would overlap the next. */}
      {w >= 24 && (
        <text x={(w / 2).toFixed(1)} y={(bin.bottom - 6 - barHeight(bin)).toFixed(1)} textAnchor="middle" aria-hidden="true">
          {inDrawing(shown)}
        </text>
      )}
    </g>
  );
});
