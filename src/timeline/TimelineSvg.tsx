/**
 * The timeline as a pure view of its layout: period bands, lanes, grid, marks, clusters, axis.
 * No state and no D3 here; everything arrives positioned.
 */
import type { AxisTicks } from '../time/ticks';
import type { ClusterMark as Cluster, MarksLayout } from '../layout/layoutMarks';
import { LANE_HEADER } from '../layout/layoutMarks';
import { connectorPaths } from '../layout/connectors';
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
  /** Events connected to the selected one: highlighted, and joined to it by a connector. */
  related: Set<string>;
  terms: string[];
  onSelect: (id: string) => void;
  onCluster: (cluster: Cluster) => void;
  onPeriod: (id: string) => void;
  svgRef?: React.Ref<SVGSVGElement>;
  label: string;
}

export function svgHeight(layout: MarksLayout): number {
  return PERIOD_STRIP + layout.height;
}

export function TimelineSvg({ width, layout, bands, ticks, colorOf, selectedId, related, terms, onSelect, onCluster, onPeriod, svgRef, label }: TimelineSvgProps) {
  const height = svgHeight(layout);
  const connectors = connectorPaths(layout.marks, selectedId, related, width);
  const lanesBottom = PERIOD_STRIP + layout.height;
  return (
    <svg ref={svgRef} className="timeline-svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="group" aria-label={label}>
      <rect className="timeline-bg" width={width} height={height} />
      <PeriodBands bands={bands} height={lanesBottom} width={width} onPeriod={onPeriod} />
      <g transform={`translate(0,${PERIOD_STRIP})`}>
        {layout.lanes.map((lane, i) => (
          <g key={lane.id} className="lane" aria-hidden="true">
            <rect className={`lane-bg ${i % 2 ? 'odd' : 'even'}`} y={lane.y} width={width} height={lane.height} />
            {lane.color && <circle cx={12} cy={lane.y + LANE_HEADER / 2 + 1} r={4} fill={lane.color} />}
            <text className="lane-label" x={lane.color ? 21 : 8} y={lane.y + LANE_HEADER / 2 + 5}>{lane.label}</text>
          </g>
        ))}
        <GridLines ticks={ticks} height={layout.height} />
        <g className="connectors" aria-hidden="true">
          {connectors.map((c) => <path key={c.id} d={c.d} />)}
        </g>
        <g className={selectedId ? 'marks has-selection' : 'marks'}>
          {layout.marks.map((mark) => (
            <EventMark
              key={mark.event.id}
              mark={mark}
              color={colorOf(mark.event.actors[0])}
              selected={mark.event.id === selectedId}
              related={related.has(mark.event.id)}
              terms={terms}
              onSelect={onSelect}
            />
          ))}
        </g>
        <g className="clusters">
          {layout.clusters.map((c) => (
            <ClusterMark key={c.key} cluster={c} hasRelated={c.ids.some((id) => related.has(id))} onOpen={onCluster} />
          ))}
        </g>
      </g>
    </svg>
  );
}

/** The axis lives in its own SVG under the scrolling lanes, so it stays in sight when there are many lanes. */
export function AxisSvg({ ticks, width }: { ticks: AxisTicks; width: number }) {
  return (
    <svg className="axis-svg" width={width} height={AXIS_HEIGHT} aria-hidden="true">
      <TimeAxis ticks={ticks} y={0} width={width} />
    </svg>
  );
}
