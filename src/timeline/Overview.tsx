/**
 * The whole dataset at a glance under the main timeline: density of the filtered events, the
 * periods, the years, and a brush that shows and sets the main window.
 */
import { moreMessages } from '../i18n/more';
import { useMemo, useRef } from 'react';
import { densityBins } from '../layout/density';
import { timeTicks } from '../time/ticks';
import { timeScale } from '../time/timeScale';
import { useTimeline, useTimelineStore } from '../store/StoreContext';
import { selectLaneIndex, selectIndex, selectLimits, selectStatus, selectWindow } from '../store/selectors';
import { useBrushBehavior } from './useBrushBehavior';
import { useElementSize } from './useElementSize';

const HEIGHT = 52;
const BARS = 34;
const BIN_PX = 3;

export function Overview() {
  const store = useTimelineStore();
  const status = useTimeline(selectStatus);
  const index = useTimeline(selectIndex);
  const window = useTimeline(selectWindow);
  const limits = useTimeline(selectLimits);
  const laneIndex = useTimeline(selectLaneIndex);
  const [ref, { width }] = useElementSize<HTMLDivElement>();
  const brushRef = useRef<SVGGElement>(null);
  const ready = status === 'ready' && width > 0;

  const bins = useMemo(() => densityBins(laneIndex?.starts ?? new Float64Array(), limits, width / BIN_PX), [laneIndex, limits, width]);
  // One path for the whole profile, built only when the data or the width change, not as the brush moves.
  const bars = useMemo(() => {
    const max = bins.reduce((m, n) => Math.max(m, n), 1);
    let d = '';
    bins.forEach((count, i) => {
      if (!count) return;
      const h = Math.max(2, Math.sqrt(count / max) * (BARS - 4));
      d += `M${i * BIN_PX},${BARS}v${-h.toFixed(1)}h${BIN_PX - 0.5}v${h.toFixed(1)}z`;
    });
    return <path className="density" d={d} aria-hidden="true" />;
  }, [bins]);
  const ticks = useMemo(() => (width > 0 ? timeTicks(limits.from, limits.to, width) : null), [limits, width]);
  const xOf = timeScale([limits.from, limits.to], [0, width]);
  useBrushBehavior(brushRef, store, ready ? window : null, limits, width, BARS);

  return (
    <div className="overview" ref={ref}>
      {ready && ticks && (
        <svg width={width} height={HEIGHT} role="group" aria-label={moreMessages().overview}>
          {index?.dataset.periods.map((p, i) => (
            <rect key={p.id} className={`overview-period ${i % 2 ? 'b' : 'a'}`} x={xOf(p.start.start)} width={Math.max(0, xOf(p.end.end) - xOf(p.start.start))} height={BARS} />
          ))}
          {bars}
          <g className="overview-axis" aria-hidden="true" transform={`translate(0,${BARS})`}>
            <line x2={width} />
            {(ticks.unit === 'year' ? ticks.minor : ticks.major).map((t) => (
              <text key={t.value} x={t.x + 2} y={13}>{t.label}</text>
            ))}
          </g>
          <g ref={brushRef} className="brush" />
        </svg>
      )}
    </div>
  );
}
