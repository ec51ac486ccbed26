/**
 * What a presenter step shows in the built app, worked out as the store does (view/steps.ts) from the
 * bundled dataset the app opens: the browser tests compare the timeline's data-from/data-to with it.
 */
import { readFileSync } from 'node:fs';
import type { Frame } from 'playwright-core';
import { parseJsonDataset } from '../../src/data/parseJson';
import { buildIndex } from '../../src/data/buildIndex';
import { limitsFor } from '../../src/view/foldedLimits';
import { stepsOf, stepView } from '../../src/view/steps';
import { toDateForm } from '../../src/time/partialDate';

export const bundled = parseJsonDataset(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8'), 'events.json').dataset;
const steps = stepsOf(bundled);
const limits = limitsFor(buildIndex(bundled), true);

/** The window (as ISO days) and selection of step `i` (0-based), or of the step with this id. */
export function stepShows(step: number | string) {
  const i = typeof step === 'number' ? step : steps.findIndex((s) => s.id === step);
  const view = stepView(steps, i, limits);
  if (!view) throw new Error(`no step ${step}`);
  return { from: toDateForm(view.timeWindow.from, 'day'), to: toDateForm(view.timeWindow.to, 'day'), selected: view.selectedId };
}

/** The window a frame's timeline shows, as the ISO days of its data-from and data-to. */
export const shown = async (frame: Frame) => {
  const t = frame.getByTestId('timeline');
  return { from: await t.getAttribute('data-from'), to: await t.getAttribute('data-to') };
};
