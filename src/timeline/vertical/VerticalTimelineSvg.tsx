/**
 * The timeline with time running down, for narrow screens: axis on the left, a thin track per
 * lane, labels in one column joined to their marks by leader lines. A pure view of layoutVertical.
 */
import { memo, useMemo } from 'react';
import { MarkLabel } from '../MarkLabel';
import type { Period, TimelineEvent } from '../../data/types';
import type { LaneIndex } from '../../data/laneIndex';
import type { VerticalCluster, VerticalLayout, VerticalMark } from './layoutVertical';
import { AXIS_WIDTH, layoutVerticalIndex, PERIOD_WIDTH } from './layoutVertical';
import type { TimeScale } from '../../time/timeScale';
import { fitLabel } from '../../view/periods';
import { formatEventDate } from '../../i18n/format';
import { eventCount, formatCount, messages } from '../../i18n/messages';
import { shapePath, type Shape } from '../../view/shapes';
import { clusterButtonProps, clusterName, markButtonProps, markClasses, tabStopOf, type SharedSvgProps } from '../markProps';

export interface VerticalTimelineProps extends Omit<VerticalTimelineSvgProps, 'layout'> {
  index: LaneIndex;
  y: TimeScale;
  pinned: TimelineEvent | null;
}

/** The vertical timeline with its layout: a chunk of its own, fetched only where screens are narrow. */
export function VerticalTimeline({ index, y, pinned, ...props }: VerticalTimelineProps) {
  const { width, height } = props;
  // As on the horizontal timeline (useLanesLayout.ts): laid out anew for the selection only when the
  // selected event would otherwise wait in a badge, so a click redraws only the marks it changes.
  const base = useMemo(() => layoutVerticalIndex(index, { y, width, height, pinned: null }), [index, y, width, height]);
  const hidden = pinned !== null && !base.marks.some((m) => m.event === pinned);
  const layout = useMemo(() => (hidden ? layoutVerticalIndex(index, { y, width, height, pinned }) : base), [hidden, base, index, y, width, height, pinned]);
  return <VerticalTimelineSvg {...props} layout={layout} />;
}

export interface VerticalTimelineSvgProps extends SharedSvgProps {
  height: number;
  layout: VerticalLayout;
  periods: { period: Period; y0: number; y1: number; index: number }[];
}

export function VerticalTimelineSvg(props: VerticalTimelineSvgProps) {
  const { width, height, layout, periods, ticks, colorOf, shapeOf, selectedId, related, terms, onSelect, onCluster, onPeriod, svgRef, label, describedBy } =
    props;
  const tabStop = tabStopOf(layout.marks, selectedId, (m) => m.y0);
  return (
    <svg
      ref={svgRef}
      className="timeline-svg vertical"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label={label}
      aria-describedby={describedBy}
    >
      <rect className="timeline-bg" width={width} height={height} />
      <g className="periods" aria-hidden="true">
        {periods.map(({ period, y0, y1, index }) => {
          const top = Math.max(y0, 0);
          const length = Math.max(0, Math.min(y1, height) - top);
          const title = fitLabel(period.title, length - 8);
          return (
            <g key={period.id} className={`period period-${index % 2 ? 'b' : 'a'}`}>
              <rect className="period-band" x={0} y={top} width={width} height={length} />
              <rect className="period-head" x={AXIS_WIDTH} y={top} width={PERIOD_WIDTH} height={length} onClick={() => onPeriod(period.id)} />
              {y0 > 0 && <line className="period-edge" x1={AXIS_WIDTH} x2={width} y1={y0} y2={y0} />}
              {title && (
                <text className="period-label" transform={`translate(${AXIS_WIDTH + 13},${top + 4}) rotate(90)`}>
                  {title}
                </text>
              )}
            </g>
          );
        })}
      </g>
      <g className="grid" aria-hidden="true">
        <path d={ticks.minor.map((t) => `M${AXIS_WIDTH},${t.x}H${width}`).join('')} />
      </g>
      <g className="axis vertical-axis" aria-hidden="true">
        <rect className="axis-bg" width={AXIS_WIDTH} height={height} />
        <line className="axis-line" x1={AXIS_WIDTH} x2={AXIS_WIDTH} y2={height} />
        {ticks.minor.map((t) => (
          <text key={t.value} className="tick-label" x={AXIS_WIDTH - 5} y={t.x + 4} textAnchor="end">
            {t.label}
          </text>
        ))}
        {ticks.major.map((t) => (
          <text key={t.value} className="major-label" x={4} y={t.x + 17}>
            {t.label}
          </text>
        ))}
      </g>
      <g className="tracks" aria-hidden="true">
        {layout.tracks.map((t) => (
          <line key={t.id} x1={t.x} x2={t.x} y2={height} style={{ stroke: t.color ?? 'var(--tick)' }} />
        ))}
      </g>
      <g className={selectedId ? 'marks has-selection' : 'marks'}>
        {layout.marks.map((m) => (
          <VerticalEventMark
            key={m.event.id}
            mark={m}
            labelX={layout.labelX}
            width={width}
            color={colorOf(m.event.actors[0])}
            shape={shapeOf(m.event.actors[0])}
            selected={m.event.id === selectedId}
            tabStop={m.event.id === tabStop}
            related={related.has(m.event.id)}
            terms={terms}
            onSelect={onSelect}
          />
        ))}
      </g>
      <g className="clusters">
        {layout.clusters.map((c) => (
          <VerticalClusterMark
            key={c.key}
            cluster={c}
            x={layout.labelX}
            hasRelated={c.ids?.some((id) => related.has(id)) ?? false}
            tabStop={!tabStop && c === layout.clusters[0]}
            onOpen={() => onCluster({ ...c, x: layout.labelX })}
          />
        ))}
      </g>
    </svg>
  );
}

interface MarkProps {
  mark: VerticalMark;
  labelX: number;
  width: number;
  color: string;
  shape: Shape;
  selected: boolean;
  tabStop: boolean;
  related: boolean;
  terms: string[];
  onSelect: (id: string) => void;
}

const VerticalEventMark = memo(function VerticalEventMark({ mark, labelX, width, color, shape, selected, tabStop, related, terms, onSelect }: MarkProps) {
  const { event, kind, x, y0, y1, labelY, label } = mark;
  const anchorY = kind === 'point' ? y0 : Math.max(y0, 0) + 6;
  return (
    <g
      className={markClasses(event, kind, selected, related)}
      style={{ '--mark': color } as React.CSSProperties}
      {...markButtonProps(event, formatEventDate(event), selected, onSelect, tabStop)}
    >
      <rect className="mark-hit" x={x - 8} y={Math.min(anchorY, labelY) - 10} width={width - x + 6} height={Math.abs(labelY - anchorY) + 20} rx={4} />
      <path className="leader" d={`M${x + 6},${r(anchorY)} L${labelX - 10},${r(labelY)} L${labelX - 3},${r(labelY)}`} />
      {kind === 'point' ? (
        <path className="mark-dot" transform={`translate(${x},${r(y0)})`} d={shapePath(shape, 5.5)} />
      ) : (
        <>
          <rect className="mark-bar" x={x - 3.5} y={y0} width={7} height={Math.max(y1 - y0, 2)} rx={3} />
          {/* The actor's shape where the leader leaves the bar. */}
          <path className="mark-shape" transform={`translate(${x},${r(anchorY)})`} d={shapePath(shape, 4)} />
        </>
      )}
      <text className="mark-label" x={labelX} y={labelY + 4} aria-hidden="true">
        <MarkLabel label={label} terms={terms} />
      </text>
    </g>
  );
});

const VerticalClusterMark = memo(function VerticalClusterMark({
  cluster,
  x,
  hasRelated,
  tabStop,
  onOpen,
}: {
  cluster: VerticalCluster;
  x: number;
  hasRelated: boolean;
  tabStop: boolean;
  onOpen: () => void;
}) {
  // A slot of a dense window holds all its events (no ids known): "2,872 events", not "+2,872".
  const text = cluster.earlier ? messages().beganEarlierBadge(formatCount(cluster.count)) : `${cluster.ids ? '+' : ''}${eventCount(cluster.count)}`;
  const name = clusterName(cluster);
  const w = 16 + text.length * 6.6;
  return (
    <g className={hasRelated ? 'cluster related' : 'cluster'} {...clusterButtonProps(cluster.count, name, onOpen, cluster.earlier, tabStop)}>
      <rect x={x} y={cluster.y - 9} width={w} height={18} rx={9} />
      <text x={x + w / 2} y={cluster.y + 4} textAnchor="middle" aria-hidden="true">
        {text}
      </text>
    </g>
  );
});

const r = (n: number) => Math.round(n * 10) / 10;
