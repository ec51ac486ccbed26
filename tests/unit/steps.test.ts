import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseJsonDataset } from '../../src/data/parseJson';
import { validateDataset } from '../../src/data/validate';
import { buildSteps, clampStep, stageWindow, stepWindow } from '../../src/view/steps';
import { paddedExtent } from '../../src/view/zoomMath';

const bundled = parseJsonDataset(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8'), 'events.json').dataset;
const DAY = 86_400_000;

describe('buildSteps', () => {
  it('puts periods and events in time order, a period before the events it opens', () => {
    const steps = buildSteps(bundled);
    expect(steps).toHaveLength(bundled.periods.length + bundled.events.length);
    expect(steps[0]).toMatchObject({ kind: 'period', id: 'exclusive' });
    expect(steps[1]).toMatchObject({ kind: 'event', id: 'microsoft-investment-2019' });
    const renegotiation = steps.findIndex((s) => s.id === 'renegotiation');
    expect(steps[renegotiation + 1]!.id).toBe('amazon-investment-2026-02');
    for (let i = 1; i < steps.length; i++) expect(steps[i]!.from).toBeGreaterThanOrEqual(steps[i - 1]!.from);
  });

  it('follows the dataset’s own steps when it gives them, skipping unknown ids', () => {
    const { dataset } = validateDataset(
      {
        periods: [{ id: 'p', title: 'P', start: '2020', end: '2021' }],
        events: [
          { id: 'a', start: '2019', title: 'A' },
          { id: 'b', start: '2022', title: 'B' },
        ],
        steps: ['b', 'p', 'a'],
      },
      't',
    );
    expect(buildSteps(dataset).map((s) => s.id)).toEqual(['b', 'p', 'a']);
  });
});

describe('stepWindow', () => {
  const limits = paddedExtent([Date.UTC(2019, 0, 1), Date.UTC(2033, 0, 1)]);
  const steps = buildSteps(bundled);
  const byId = (id: string) => steps.find((s) => s.id === id)!;

  it('a period fills the window with a little air', () => {
    const w = stepWindow(byId('renegotiation'), limits);
    expect(w.from).toBeLessThan(Date.UTC(2026, 1, 1));
    expect(w.to).toBeGreaterThan(Date.UTC(2026, 3, 27));
    expect(w.to - w.from).toBeLessThan(100 * DAY);
  });

  it('a month event shows four months around it', () => {
    const w = stepWindow(byId('amazon-investment-2026-02'), limits);
    expect(Math.round((w.to - w.from) / DAY)).toBe(112);
    expect((w.from + w.to) / 2).toBeCloseTo(Date.UTC(2026, 1, 15), -8);
  });

  it('a day event shows at least six weeks', () => {
    const w = stepWindow(byId('amendment-2026-04-27'), limits);
    expect(Math.round((w.to - w.from) / DAY)).toBe(45);
  });

  it('a long range is shown whole', () => {
    const w = stepWindow(byId('ip-licence-2032'), limits);
    expect(w.from).toBeLessThanOrEqual(Date.UTC(2026, 3, 27));
    expect(w.to).toBeGreaterThanOrEqual(Math.min(Date.UTC(2033, 0, 1), limits.to));
  });

  it('clampStep keeps an index inside the deck', () => {
    expect(clampStep(-3, steps)).toBe(0);
    expect(clampStep(999, steps)).toBe(steps.length - 1);
    expect(clampStep(4, [])).toBe(0);
  });
});

describe('stageWindow', () => {
  const limits = paddedExtent([Date.UTC(2019, 0, 1), Date.UTC(2033, 0, 1)]);
  const steps = buildSteps(bundled);
  const byId = (id: string) => steps.find((s) => s.id === id)!;
  const day = byId('amendment-2026-04-27');

  it('keeps the usual window when nothing of the step is hidden there', () => {
    expect(stageWindow(day, limits, () => 0)).toEqual(stepWindow(day, limits));
  });

  it('zooms in, the event further left, until nothing is hidden', () => {
    // Hidden while more than three weeks show, or while the event sits right of the window's third.
    const hidden = (w: { from: number; to: number }) => (w.to - w.from > 21 * DAY || (day.from - w.from) / (w.to - w.from) > 0.31 ? 1 : 0);
    const w = stageWindow(day, limits, hidden);
    expect(hidden(w)).toBe(0);
    expect(Math.round((w.to - w.from) / DAY)).toBe(11); // 45 days → 22 → 11, the first that passes
    expect(w.from).toBeLessThan(day.from);
  });

  it('when every window hides something, takes the one that hides least, the least zoomed first', () => {
    const w = stageWindow(day, limits, (c) => (c.to - c.from < 10 * DAY ? 1 : 2));
    expect(Math.round((w.to - w.from) / DAY)).toBe(6);
  });

  it('never zooms a period step or a long range: they show whole', () => {
    const period = byId('renegotiation');
    expect(stageWindow(period, limits, () => 5)).toEqual(stepWindow(period, limits));
  });
});
