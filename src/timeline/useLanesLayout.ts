/**
 * Where everything goes for a window and a size: the time scale, the lanes' marks, badges and bands,
 * the period bands and the axis ticks. The layout does not follow the selection: the selected event
 * is laid out anew only when it would otherwise hide in a badge or a band (it is always drawn), so a
 * click on a drawn mark keeps every other mark's props, and only the marks whose state changed redraw.
 */
import { useMemo } from 'react';
import type { LaneIndex } from '../data/laneIndex';
import type { Period, TimelineEvent } from '../data/types';
import { tickLabel } from '../i18n/format';
import { timeTicks, type AxisTicks } from '../time/ticks';
import { timeScale, type TimeScale } from '../time/timeScale';
import type { TimeWindow } from '../data/queryVisible';
import { LANE_HEADER, layoutLanes, ROW_HEIGHT, type MarksLayout } from '../view/layoutMarks';
import { estimateTextWidth } from '../view/packRows';
import { layoutPeriods, type PeriodBand } from '../view/periods';

export interface LanesLayoutInput {
  laneIndex: LaneIndex | null;
  window: TimeWindow | null;
  periods: Period[];
  width: number;
  /** The room for lanes under the period strip. */
  lanesHeight: number;
  /** Along which the time runs: the width, or the height of a vertical timeline. */
  timeLength: number;
  vertical: boolean;
  scale: number;
  /** The selected event, drawn even where it would vanish into a band or a badge. */
  pinned: TimelineEvent | null;
}

export interface LanesLayout {
  x: TimeScale | null;
  /** Horizontal only; the vertical timeline lays itself out. */
  layout: MarksLayout | null;
  bands: PeriodBand[];
  ticks: AxisTicks | null;
}

export function useLanesLayout({ laneIndex, window, periods, width, lanesHeight, timeLength, vertical, scale, pinned }: LanesLayoutInput): LanesLayout {
  // Nothing is laid out before the timeline has a size: the first render only measures it.
  const x = useMemo(() => (window && timeLength > 0 ? timeScale([window.from, window.to], [0, timeLength]) : null), [window, timeLength]);
  const options = useMemo(
    () =>
      x
        ? {
            x,
            width,
            height: lanesHeight,
            rowHeight: ROW_HEIGHT * scale,
            laneHeader: LANE_HEADER * scale,
            measure: (t: string) => estimateTextWidth(t) * scale,
          }
        : null,
    [x, width, lanesHeight, scale],
  );
  const base = useMemo(() => (options && laneIndex && !vertical ? layoutLanes(laneIndex, options) : null), [laneIndex, options, vertical]);
  const hidden = pinned !== null && base !== null && !base.marks.some((m) => m.event === pinned);
  const layout = useMemo(
    () => (hidden && options && laneIndex ? layoutLanes(laneIndex, { ...options, pinned }) : base),
    [hidden, options, laneIndex, pinned, base],
  );
  const bands = useMemo(
    () => (x && !vertical ? layoutPeriods(periods, x, width, (t) => estimateTextWidth(t) * scale) : []),
    [x, periods, width, vertical, scale],
  );
  // Larger type needs wider spacing: choose ticks for a narrower axis, then stretch them back.
  const ticks = useMemo(
    () => (window && timeLength > 0 ? scaleTicks(timeTicks(window.from, window.to, timeLength / scale, tickLabel), scale) : null),
    [window, timeLength, scale],
  );
  return { x, layout, bands, ticks };
}

function scaleTicks(ticks: AxisTicks, scale: number): AxisTicks {
  if (scale === 1) return ticks;
  const stretch = (list: AxisTicks['minor']) => list.map((t) => ({ ...t, x: t.x * scale }));
  return { ...ticks, minor: stretch(ticks.minor), major: stretch(ticks.major) };
}
