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
import { finestUnit, type Limits } from '../view/zoomMath';
import type { TimeWindow } from '../data/queryVisible';
import type { MarksLayout } from '../view/lanes/layoutMarks';
import { estimateTextWidth } from '../view/textWidth';
import type { LanesKit } from './parts';
import { layoutPeriods, type PeriodBand } from '../view/periods';

export interface LanesLayoutInput {
  laneIndex: LaneIndex | null;
  window: TimeWindow | null;
  /** How far one can zoom out, with the folds in force (time/folds.ts). */
  limits: Limits;
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
  /** Lines of the period strip (view/periods.ts periodLines). */
  periodLines: 1 | 2;
  /** The lanes' layout functions, once their chunk is in (parts.ts); until then there is no layout. */
  kit: LanesKit | null;
}

export interface LanesLayout {
  x: TimeScale | null;
  /** Horizontal only; the vertical timeline lays itself out. */
  layout: MarksLayout | null;
  bands: PeriodBand[];
  ticks: AxisTicks | null;
}

/** Lanes with more events than this get no minimum: they band or cluster by design. */
const MAX_COUNTED = 400;
/** A lane asks for at most this many rows: past it, a page-tall lane helps less than a cluster that zooms in. */
const MAX_MIN_ROWS = 8;

export function useLanesLayout({
  laneIndex,
  window,
  limits,
  periods,
  width,
  lanesHeight,
  timeLength,
  vertical,
  scale,
  pinned,
  periodLines,
  kit,
}: LanesLayoutInput): LanesLayout {
  const folds = limits.folds ?? null;
  // Rows each lane needs so its marks never cluster at the widest view, for lanes small enough to
  // be drawn event by event; bigger ones have density bands. Follows the data, width and folding, not the zoom.
  const minRows = useMemo(() => {
    if (!laneIndex || vertical || width <= 0 || !kit) return undefined;
    const fit = timeScale([limits.from, limits.to], [0, width], folds);
    return new Map(laneIndex.lanes.map((l) => [l.lane.id, l.events.length <= MAX_COUNTED ? Math.min(MAX_MIN_ROWS, kit.marksRows(l.events, fit)) : 1]));
  }, [laneIndex, vertical, width, limits, folds, kit]);
  // Nothing is laid out before the timeline has a size: the first render only measures it.
  const x = useMemo(() => (window && timeLength > 0 ? timeScale([window.from, window.to], [0, timeLength], folds) : null), [window, timeLength, folds]);
  const options = useMemo(
    () =>
      x && kit
        ? {
            x,
            width,
            height: lanesHeight,
            rowHeight: kit.ROW_HEIGHT * scale,
            laneHeader: kit.LANE_HEADER * scale,
            measure: (t: string) => kit.measureLabel(t) * scale,
            minRows,
          }
        : null,
    [x, width, lanesHeight, scale, minRows, kit],
  );
  const base = useMemo(() => (options && kit && laneIndex && !vertical ? kit.layoutLanes(laneIndex, options) : null), [laneIndex, options, vertical, kit]);
  const hidden = pinned !== null && base !== null && !base.marks.some((m) => m.event === pinned);
  const layout = useMemo(
    () => (hidden && options && kit && laneIndex ? kit.layoutLanes(laneIndex, { ...options, pinned }) : base),
    [hidden, options, laneIndex, pinned, base, kit],
  );
  const bands = useMemo(
    () => (x && !vertical ? layoutPeriods(periods, x, width, (t) => estimateTextWidth(t) * scale, periodLines) : []),
    [x, periods, width, vertical, scale, periodLines],
  );
  // Larger type needs wider spacing: choose ticks for a narrower axis, then stretch them back.
  const ticks = useMemo(
    () => (window && timeLength > 0 ? scaleTicks(timeTicks(window.from, window.to, timeLength / scale, tickLabel, folds, finestUnit(limits)), scale) : null),
    [window, timeLength, scale, folds, limits],
  );
  return { x, layout, bands, ticks };
}

function scaleTicks(ticks: AxisTicks, scale: number): AxisTicks {
  if (scale === 1) return ticks;
  const stretch = (list: AxisTicks['minor']) => list.map((t) => ({ ...t, x: t.x * scale }));
  return { ...ticks, minor: stretch(ticks.minor), major: stretch(ticks.major) };
}
