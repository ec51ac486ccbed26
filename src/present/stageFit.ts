/**
 * What a step's window would hide on this stage, counted with the timeline's own layout functions
 * (the same ones it draws with), so the deck can pick a window where nothing of the step is hidden.
 * Pure: the stage's size comes in as numbers.
 */
import type { LaneIndex } from '../data/laneIndex';
import type { TimeWindow } from '../data/queryVisible';
import type { Period } from '../data/types';
import type { Folds } from '../time/folds';
import { timeScale } from '../time/timeScale';
import { LANE_HEADER, layoutLanes, ROW_HEIGHT } from '../view/lanes/layoutMarks';
import { estimateTextWidth } from '../view/textWidth';
import { layoutPeriods } from '../view/periods';
import type { Step } from '../view/steps';

export interface Stage {
  /** The timeline's width in px: the length of its time axis. */
  width: number;
  /** The room for lanes, under the period strip. */
  lanesHeight: number;
  /** How much larger the stage draws type, rows and lane headers than the page. */
  scale: number;
  /** Lines of the period names' strip (view/periods.ts periodLines). */
  stripLines?: 1 | 2;
}

/** An event of the step hidden (in a badge, or drawn bare) weighs more than a period's name cut. */
const HIDDEN_EVENT = 10;

/**
 * Problems of the event step `step` shown in `w`: its event not drawn as its own mark with its label,
 * and each period in view whose name is not drawn whole. `folds`: the timeline's folded time, if any
 * (a window across a break draws on the folded scale, so it is counted on it).
 */
export function stageProblems(
  step: Step,
  w: TimeWindow,
  stage: Stage,
  lanes: Pick<LaneIndex, 'mode' | 'lanes'>,
  periods: Period[],
  folds: Folds | null = null,
): number {
  const { width, lanesHeight, scale } = stage;
  if (width <= 0 || lanesHeight <= 0) return 0;
  const x = timeScale([w.from, w.to], [0, width], folds);
  const measure = (t: string) => estimateTextWidth(t) * scale;
  const layout = layoutLanes(lanes, { x, width, height: lanesHeight, rowHeight: ROW_HEIGHT * scale, laneHeader: LANE_HEADER * scale, measure });
  const hidden = layout.marks.some((m) => m.event.id === step.id && m.label !== null) ? 0 : 1;
  const cut = layoutPeriods(periods, x, width, measure, stage.stripLines).filter((b) => !b.whole).length;
  return hidden * HIDDEN_EVENT + cut;
}
