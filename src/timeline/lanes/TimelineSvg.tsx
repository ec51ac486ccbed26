/**
 * The timeline as a pure view of its layout: period bands, lanes, grid, marks, clusters, axis.
 * No state and no D3 here; everything arrives positioned.
 */
import { useTimeline } from '../../store/StoreContext';
import { selectTimeRtl } from '../../store/selectors';
import { Suspense } from 'react';
import { leadActor } from '../../data/lanes';
import type { AxisTicks } from '../../time/ticks';
import type { MarksLayout } from '../../view/lanes/layoutMarks';
import { LANE_HEADER } from '../../view/lanes/layoutMarks';
import { connectorPaths } from '../../view/lanes/connectors';
import type { PeriodBand } from '../../view/periods';
import { ClusterMark, DensityBar, DensityBars, EventMark } from './EventMarks';
import { onGroupsKeyDown, tabStopOf, type SharedSvgProps } from '../markProps';
import { shapePath } from '../../view/shapes';
import { laneLabel } from '../../i18n/laneWords';
import { useMessages } from '../../i18n/useMessages';
import type { DensityBin } from '../../view/densityBand';
import { PeriodBands } from './PeriodBands';
import { GridLines, TimeAxis } from './TimeAxis';
import { AXIS_HEIGHT, periodStrip } from '../sizes';
import type { ScaleBreak } from '../../time/timeScale';
import { FoldBands } from '../FoldBreaks';
import { markPicturesPart } from '../parts';

export interface TimelineSvgProps extends SharedSvgProps {
  layout: MarksLayout;
  bands: PeriodBand[];
  /** Type size: 1 on screens, larger on stage. */
  scale?: number;
  /** Breaks of folded time in view (time/timeScale.ts). */
  breaks?: readonly ScaleBreak[];
  /** Lines of the period names' strip (view/periods.ts periodLines). */
  stripLines?: 1 | 2;
  /** Each event's picture on its mark: the dataset's `thumbnails`. */
  pictures?: boolean;
}

const NO_BREAKS: readonly ScaleBreak[] = [];

export function svgHeight(layout: MarksLayout, scale = 1, stripLines: 1 | 2 = 1): number {
  return periodStrip(stripLines) * scale + layout.height;
}

export function TimelineSvg({
  width,
  layout,
  bands,
  ticks,
  colorOf,
  shapeOf,
  selectedId,
  related,
  terms,
  onSelect,
  nameOf,
  onCluster,
  onPeriod,
  svgRef,
  label,
  describedBy,
  scale = 1,
  breaks = NO_BREAKS,
  stripLines = 1,
  pictures,
}: TimelineSvgProps) {
  const t = useMessages();
  const rtl = useTimeline(selectTimeRtl);
  const height = svgHeight(layout, scale, stripLines);
  const connectors = connectorPaths(layout.marks, selectedId, related, width);
  const strip = periodStrip(stripLines) * scale;
  const header = LANE_HEADER * scale;
  const lanesBottom = strip + layout.height;
  const tabStop = tabStopOf(layout.marks, selectedId, (m) => m.x0);
  // The badges and slices are a tab stop of their own, after the marks: the first in the drawing's order.
  const firstGroup = layout.bins[0]?.key ?? layout.clusters[0]?.key ?? null;
  const laneNames = new Map(layout.lanes.map((lane) => [lane.id, laneLabel(lane, t)]));
  return (
    <svg
      ref={svgRef}
      className="timeline-svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label={label}
      aria-describedby={describedBy}
    >
      <rect className="timeline-bg" width={width} height={height} />
      <PeriodBands bands={bands} height={lanesBottom} width={width} onPeriod={onPeriod} strip={strip} scale={scale} />
      <g transform={`translate(0,${strip})`} onKeyDown={onGroupsKeyDown}>
        {layout.lanes.map((lane, i) => (
          <g key={lane.id} className="lane" aria-hidden="true">
            <rect className={`lane-bg ${i % 2 ? 'odd' : 'even'}`} y={lane.y} width={width} height={lane.height} />
            {lane.color && <path transform={`translate(12,${lane.y + header / 2 + 1})`} d={shapePath(shapeOf(lane.id), 4 * scale)} fill={lane.color} />}
            <text className="lane-label" x={lane.color ? 12 + 9 * scale : 8} y={lane.y + header / 2 + 5 * scale}>
              {laneLabel(lane, t)}
            </text>
          </g>
        ))}
        <GridLines ticks={ticks} height={layout.height} />
        <FoldBands breaks={breaks} height={layout.height} />
        <g className="density-bands">
          {binsByLane(layout.bins).map(([laneId, bins]) => (
            <DensityBars key={laneId} bins={bins} color={colorOf(laneId)} />
          ))}
          {layout.bins.map((bin) => (
            <DensityBar key={bin.key} bin={bin} tabStop={bin.key === firstGroup} onOpen={onCluster} />
          ))}
        </g>
        <g className="connectors" aria-hidden="true">
          {connectors.map((c) => (
            <path key={c.id} d={c.d} />
          ))}
        </g>
        <g className={selectedId ? 'marks has-selection' : 'marks'} {...(layout.marks.length ? { role: 'listbox', 'aria-label': t.eventsOnTimeline } : {})}>
          {layout.marks.map((mark) => (
            <EventMark
              key={mark.event.id}
              mark={mark}
              color={colorOf(leadActor(mark.event))}
              shape={shapeOf(leadActor(mark.event))}
              selected={mark.event.id === selectedId}
              tabStop={mark.event.id === tabStop}
              related={related.has(mark.event.id)}
              terms={terms}
              nameOf={nameOf}
              onSelect={onSelect}
              rtl={rtl}
            />
          ))}
        </g>
        {pictures && (
          <Suspense fallback={null}>
            <markPicturesPart.Component marks={layout.marks} colorOf={colorOf} selectedId={selectedId} related={related} />
          </Suspense>
        )}
        <g className="clusters" {...(layout.clusters.length ? { role: 'group', 'aria-label': t.groupedOnTimeline } : {})}>
          {layout.clusters.map((c) => (
            <ClusterMark
              key={c.key}
              cluster={c}
              lane={laneNames.get(c.laneId) ?? null}
              hasRelated={c.ids.some((id) => related.has(id))}
              tabStop={c.key === firstGroup}
              onOpen={onCluster}
            />
          ))}
        </g>
      </g>
    </svg>
  );
}

/** The axis lives in its own SVG under the scrolling lanes, so it stays in sight when there are many lanes. */
export function AxisSvg({
  ticks,
  width,
  scale = 1,
  breaks = NO_BREAKS,
  reserveRight = 0,
}: {
  ticks: AxisTicks;
  width: number;
  scale?: number;
  breaks?: readonly ScaleBreak[];
  /** Room kept free of labels at the right end, for the folding option. */
  reserveRight?: number;
}) {
  // The first major label stays: it says which year the left edge is in.
  const free = (t: { x: number }, i = 1) => i === 0 || t.x < width - reserveRight - 30;
  const shown = reserveRight ? { ...ticks, minor: ticks.minor.filter((t) => free(t)), major: ticks.major.filter(free) } : ticks;
  return (
    <svg className="axis-svg" width={width} height={AXIS_HEIGHT * scale} aria-hidden="true">
      <TimeAxis ticks={shown} y={0} width={width} scale={scale} breaks={breaks} />
    </svg>
  );
}

/** Slices arrive lane by lane; each lane's bars are one path. */
function binsByLane(bins: DensityBin[]): [string, DensityBin[]][] {
  const lanes: [string, DensityBin[]][] = [];
  for (const bin of bins) {
    const last = lanes[lanes.length - 1];
    if (last && last[0] === bin.laneId) last[1].push(bin);
    else lanes.push([bin.laneId, [bin]]);
  }
  return lanes;
}
