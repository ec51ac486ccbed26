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
