/**
 * The whole dataset at a glance under the main timeline: density of the filtered events, the
 * periods, the years, and a brush that shows and sets the main window.
 */
import './overview.css';
import { moreMessages } from '../../i18n/more/more';
import { useMemo, useRef, type KeyboardEvent } from 'react';
import { formatDay, tickLabel } from '../../i18n/format';
import { densityBins } from './density';
import { timeTicks } from '../../time/ticks';
import { timeScale } from '../../time/timeScale';
import { zigZag } from '../FoldBreaks';
import { useTimeline, useTimelineStore } from '../../store/StoreContext';
import { selectLaneIndex, selectIndex, selectLimits, selectStatus, selectTimeRtl, selectWindow } from '../../store/selectors';
import { useBrushBehavior } from './useBrushBehavior';
import { timeKey } from '../../store/commands';
import { useElementSize } from '../useElementSize';

const HEIGHT = 52;
/** Keys on the brush, as fractions of the window to move it by: it works as the timeline's scrollbar. */
const PAN_KEYS: Record<string, number> = { ArrowLeft: -0.1, ArrowRight: 0.1, PageUp: -1, PageDown: 1, Home: -1e6, End: 1e6 };
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
  // Drawn mirrored where time runs right to left, as the timeline above it.
  const rtl = useTimeline(selectTimeRtl);
  const ready = status === 'ready' && width > 0;

  // The overview shows the whole extent on the same folded clock as the timeline.
  const xOf = useMemo(() => timeScale([limits.from, limits.to], [0, width], limits.folds ?? null), [limits, width]);
  const bins = useMemo(() => densityBins(laneIndex?.starts ?? new Float64Array(), xOf, width / BIN_PX), [laneIndex, xOf, width]);
  // One path for the whole profile, built only when the data or the width change, not as the brush moves.
  const bars = useMemo(() => {
    const max = bins.reduce((m, n) => Math.max(m, n), 1);
    let d = '';
    bins.forEach((count, i) => {
      if (!count) return;
      const h = Math.max(2, Math.sqrt(count / max) * (BARS - 4));
      d += `M${i * BIN_PX},${BARS}v${(-h).toFixed(1)}h${BIN_PX - 0.5}v${h.toFixed(1)}z`;
    });
    return <path className="density" d={d} aria-hidden="true" />;
  }, [bins]);
  const ticks = useMemo(() => (width > 0 ? timeTicks(limits.from, limits.to, width, tickLabel, limits.folds ?? null) : null), [limits, width]);
  useBrushBehavior(brushRef, store, ready ? window : null, xOf, BARS);
  const t = moreMessages();
  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    const fraction = PAN_KEYS[timeKey(event.key, selectTimeRtl(store.getState()))];
    if (fraction === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    // Handled here, so the page's own arrow keys (selecting events) leave it alone.
    event.preventDefault();
    store.getState().panBy(fraction);
  };
  const shown = window ?? limits;
  // Tenths of a percent: one arrow step moves a short window by less than a whole percent of a long dataset.
  const position = width > 0 ? Math.round(((xOf(shown.from) + xOf(shown.to)) / 2 / width) * 1000) / 10 : 0;

  // Kept inside the strip, so a window over the whole extent still shows all four sides.
  const ringFrom = Math.max(2, xOf(shown.from) - 4);
  const ring = { x: ringFrom, y: 2, width: Math.max(0, Math.min(width - 2, xOf(shown.to) + 4) - ringFrom), height: BARS + 4, rx: 4 };
  return (
    <div className={rtl ? 'overview time-rtl' : 'overview'} ref={ref}>
      {ready && ticks && (
        <svg width={width} height={HEIGHT} role="group" aria-label={t.overview}>
          {index?.dataset.periods.map((p, i) => (
            <rect
              key={p.id}
              className={`overview-period ${i % 2 ? 'b' : 'a'}`}
              x={xOf(p.start.start)}
              width={Math.max(0, xOf(p.end.end) - xOf(p.start.start))}
              height={BARS}
            />
          ))}
          {bars}
          <g className="overview-axis" aria-hidden="true" transform={`translate(0,${BARS})`}>
            <line x2={width} />
            {xOf.breaks.map((b) => (
              <g key={b.from}>
                <rect className="fold-band" x={b.x0} y={-BARS} width={Math.max(0, b.x1 - b.x0)} height={BARS + 2} />
                <path className="fold-edge" d={`${zigZag(b.x0, -BARS, 3, 2, 4)}${zigZag(b.x1, -BARS, 3, 2, 4)}`} />
              </g>
            ))}
            {(ticks.unit === 'year' ? ticks.minor : ticks.major).map((tick) => (
              <text key={tick.value} x={tick.x + 2} y={13}>
                {tick.label}
              </text>
            ))}
          </g>
          <g
            ref={brushRef}
            className="brush"
            tabIndex={0}
            role="scrollbar"
            aria-label={t.shownPeriod}
            aria-controls="timeline"
            aria-orientation="horizontal"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.min(100, Math.max(0, position))}
            aria-valuetext={t.periodRange(formatDay(shown.from), formatDay(shown.to - 1))}
            onKeyDown={onKeyDown}
          />
          {/* Focus on the brush: a ring around the window, apart from it by a gap, like every other focus ring
              on the page; the selection's own edge is the same colour and would only thicken. */}
          <g className="brush-focus" aria-hidden="true">
            <rect className="halo" {...ring} />
            <rect className="ring" {...ring} />
          </g>
        </svg>
      )}
    </div>
  );
}
