/**
 * A presentation as a list of steps: the dataset's `steps` if it gives them, else its periods and
 * events in time order (a period before the events that start in it). Each step has the window it
 * zooms to. Pure.
 */
import type { Dataset } from '../data/types';
import type { TimeWindow } from '../data/queryVisible';
import { DAY_MS } from '../time/partialDate';
import { windowAround } from './zoomMath';

export interface Step {
  kind: 'period' | 'event';
  id: string;
  title: string;
  from: number;
  to: number;
}

const cache = new WeakMap<Dataset, Step[]>();

/** buildSteps, once per dataset. */
export function stepsOf(dataset: Dataset): Step[] {
  let steps = cache.get(dataset);
  if (!steps) cache.set(dataset, (steps = buildSteps(dataset)));
  return steps;
}

export function buildSteps(dataset: Dataset): Step[] {
  const periods: Step[] = dataset.periods.map((p) => ({ kind: 'period', id: p.id, title: p.title, from: p.start.start, to: p.end.end }));
  const events: Step[] = dataset.events.map((e) => ({ kind: 'event', id: e.id, title: e.title, from: e.from, to: e.to }));
  if (dataset.steps.length) {
    const all = new Map([...periods, ...events].map((s) => [s.id, s]));
    return dataset.steps.map((id) => all.get(id)).filter((s): s is Step => s !== undefined);
  }
  return [...periods, ...events].sort((a, b) => a.from - b.from || (a.kind === b.kind ? 0 : a.kind === 'period' ? -1 : 1));
}

const MIN_EVENT_SPAN = 45 * DAY_MS;
const MAX_POINT_SPAN = 2 * 365 * DAY_MS;

/**
 * A period fills the screen with a little air; an event sits in the middle of some context: four
 * times its own length (a month shows four months), at least six weeks, and all of a long range.
 */
export function stepWindow(step: Step, limits: TimeWindow): TimeWindow {
  if (step.kind === 'period') return windowAround(step.from, step.to, limits, 0.04);
  const length = step.to - step.from;
  if (length > MAX_POINT_SPAN / 2) return windowAround(step.from, step.to, limits, 0.1);
  const span = Math.min(Math.max(length * 4, MIN_EVENT_SPAN), MAX_POINT_SPAN);
  const mid = (step.from + step.to) / 2;
  return windowAround(mid - span / 2, mid + span / 2, limits, 0);
}

/** How much narrower than its usual window an event step may zoom, and where the event may sit in it. */
const ZOOMS = [1, 1 / 2, 1 / 4, 1 / 8, 1 / 16, 1 / 32];
/** The event's place across the window: the middle, then further left, so the events before it leave the view (rows are filled in time order) and its label has the room to its right. */
const PLACES = [0.5, 0.3, 0.12];

/**
 * The step's window on a stage where `problems(window)` counts what would be hidden (the step's event
 * in a "+N" badge or without its label, a period's name cut): the usual window when nothing is, else
 * the least zoomed-in, most centred candidate with the fewest problems. Zooming in pulls apart events
 * days apart; events on one day share rows however far one zooms, so there the count may stay above 0.
 * A period step shows its whole period, and a long range all of itself: they are not zoomed (the
 * period's events follow as steps of their own).
 */
export function stageWindow(step: Step, limits: TimeWindow, problems: (w: TimeWindow) => number): TimeWindow {
  const usual = stepWindow(step, limits);
  if (step.kind === 'period' || step.to - step.from > MAX_POINT_SPAN / 2) return usual;
  let best = usual;
  let fewest = problems(usual);
  if (fewest === 0) return best;
  const span = usual.to - usual.from;
  for (const zoom of ZOOMS) {
    for (const place of PLACES) {
      if (zoom === 1 && place === 0.5) continue;
      const wanted = Math.max(span * zoom, MIN_STAGE_SPAN);
      const from = step.from - wanted * place;
      const w = windowAround(from, from + wanted, limits, 0);
      const n = problems(w);
      if (n < fewest) [best, fewest] = [w, n];
      if (n === 0) return best;
    }
  }
  return best;
}

/** A day on each side of an event at least: narrower, the axis would count hours a presentation has no use for. */
const MIN_STAGE_SPAN = 3 * DAY_MS;

/** Clamp a wanted step index (0-based) into the presentation. */
export function clampStep(index: number, steps: Step[]): number {
  return Math.min(Math.max(Math.round(index), 0), Math.max(steps.length - 1, 0));
}

/** What showing step `i` means for the view: its window, and the event it selects or the period it names. */
export interface StepView {
  step: number;
  timeWindow: TimeWindow;
  selectedId: string | null;
  periodId: string | null;
}

/** The view of step `i` (0-based, already clamped), the one definition the store's deck and links share. */
export function stepView(steps: Step[], i: number, limits: TimeWindow): StepView | null {
  const step = steps[i];
  if (!step) return null;
  return {
    step: i,
    timeWindow: stepWindow(step, limits),
    selectedId: step.kind === 'event' ? step.id : null,
    periodId: step.kind === 'period' ? step.id : null,
  };
}
