/**
 * The timeline as a pure view of its layout: period bands, lanes, grid, marks, clusters, axis.
 * No state and no D3 here; everything arrives positioned.
 */
import type { AxisTicks } from '../time/ticks';
import type { ClusterMark as Cluster, MarksLayout } from '../layout/layoutMarks';
import { LANE_HEADER } from '../layout/layoutMarks';
import type { PeriodBand } from '../layout/periods';
import { ClusterMark, EventMark } from './EventMarks';
import { PERIOD_STRIP, PeriodBands } from './PeriodBands';
import { AXIS_HEIGHT, GridLines, TimeAxis } from './TimeAxis';

export interface TimelineSvgProps {
  width: number;
  layout: MarksLayout;
  bands: PeriodBand[];
  ticks: AxisTicks;
  colorOf: (actorId: string | undefined) => string;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onCluster: (cluster: Cluster) => void;
  svgRef?: React.Ref<SVGSVGElement>;
  label: string;
}

export function svgHeight(layout: MarksLayout): number {
  return PERIOD_STRIP + layout.height + AXIS_HEIGHT;
}

export function TimelineSvg({ width, layout, bands, ticks, colorOf, selectedId, onSelect, onCluster, svgRef, label }: TimelineSvgProps) {
  const height = svgHeight(layout);
  const lanesBottom = PERIOD_STRIP + layout.height;
  return (
    <svg ref={svgRef} className="timeline-svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="group" aria-label={label}>
      <rect className="timeline-bg" width={width} height={height} />
      <PeriodBands bands={bands} height={lanesBottom} width={width} />
      <g transform={`translate(0,${PERIOD_STRIP})`}>
        {layout.lanes.map((lane, i) => (
          <g key={lane.id} className="lane" aria-hidden="true">
            <rect className={`lane-bg ${i % 2 ? 'odd' : 'even'}`} y={lane.y} width={width} height={lane.height} />
            {lane.color && <circle cx={12} cy={lane.y + LANE_HEADER / 2 + 1} r={4} fill={lane.color} />}
            <text className="lane-label" x={lane.color ? 21 : 8} y={lane.y + LANE_HEADER / 2 + 5}>{lane.label}</text>
          </g>
        ))}
        <GridLines ticks={ticks} height={layout.height} />
        <g className="marks">
          {layout.marks.map((mark) => (
            <EventMark
              key={mark.event.id}
              mark={mark}
              color={colorOf(mark.event.actors[0])}
              selected={mark.event.id === selectedId}
              onSelect={onSelect}
            />
          ))}
        </g>
        <g className="clusters">
          {layout.clusters.map((c) => (
            <ClusterMark key={c.key} cluster={c} onOpen={onCluster} />
          ))}
        </g>
      </g>
      <TimeAxis ticks={ticks} y={lanesBottom} width={width} />
    </svg>
  );
}
