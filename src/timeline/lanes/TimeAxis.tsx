import { inDrawing } from '../../i18n/format';
import type { AxisTicks } from '../../time/ticks';
import type { ScaleBreak } from '../../time/timeScale';
import { zigZag } from '../FoldBreaks';

import { AXIS_HEIGHT } from '../sizes';

/** Minor ticks with short labels ("Mar", "27"), and the enclosing year or month beneath. */
export function TimeAxis({
  ticks,
  y,
  width,
  scale = 1,
  breaks = [],
}: {
  ticks: AxisTicks;
  y: number;
  width: number;
  scale?: number;
  breaks?: readonly ScaleBreak[];
}) {
  return (
    <g className="axis" transform={`translate(0,${y})`} aria-hidden="true">
      <rect className="axis-bg" width={width} height={AXIS_HEIGHT * scale} />
      <line className="axis-line" x1={0} x2={width} />
      {/* The axis line is broken where time folds: a gap with a zig-zag on each side. */}
      {breaks.map((b) => (
        <g key={b.from} className="axis-break">
          <rect x={b.x0} y={-2} width={Math.max(0, b.x1 - b.x0)} height={5} className="axis-bg" />
          <path className="fold-edge" d={`${zigZag(b.x0, -6, 8, 2.5, 4)}${zigZag(b.x1, -6, 8, 2.5, 4)}`} />
        </g>
      ))}
      {ticks.minor.map((t) => (
        <g key={t.value} transform={`translate(${round(t.x)},0)`}>
          <line className="tick" y2={6} />
          <text className="tick-label" y={19 * scale} x={3}>
            {inDrawing(t.label)}
          </text>
        </g>
      ))}
      {/* A year can head two stretches (before and after a break): its value alone is no key. */}
      {ticks.major.map((t, i) => (
        <text key={`${t.value}:${i}`} className="major-label" x={round(t.x) + 3} y={37 * scale}>
          {inDrawing(t.label)}
        </text>
      ))}
    </g>
  );
}

/** All minor gridlines as one path: a zoom step rewrites one attribute, not two per line plus the lines that come and go. */
export function GridLines({ ticks, height }: { ticks: AxisTicks; height: number }) {
  let d = '';
  for (const t of ticks.minor) d += `M${round(t.x)},0V${height}`;
  return (
    <g className="grid" aria-hidden="true">
      <path d={d} />
    </g>
  );
}

const round = (n: number) => Math.round(n * 10) / 10;
