import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/data/buildIndex';
import { buildLaneIndex, countInWindow, countStarting, listInWindow } from '../../src/data/laneIndex';
import { validateDataset } from '../../src/data/validate';
import { DAY_MS } from '../../src/time/partialDate';

// Random events over ~3 years with points, months, years and multi-year ranges, in 3 actor lanes.
const rawEvent = fc.record({
  day: fc.integer({ min: 0, max: 1100 }),
  form: fc.constantFrom('day', 'month', 'year'),
  endYears: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
  actor: fc.constantFrom('a', 'b', 'c', undefined),
});
const datasetOf = (list: { day: number; form: string; endYears?: number; actor?: string }[]) =>
  validateDataset(
    {
      actors: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      events: list.map((e, i) => {
        const iso = new Date(Date.UTC(2020, 0, 1) + e.day * DAY_MS).toISOString().slice(0, 10);
        const start = e.form === 'day' ? iso : e.form === 'month' ? iso.slice(0, 7) : iso.slice(0, 4);
        return {
          id: `e${i}`,
          title: 't',
          start,
          ...(e.endYears !== undefined ? { end: String(2020 + Math.floor(e.day / 365) + e.endYears) } : {}),
          ...(e.actor ? { actors: [e.actor] } : {}),
        };
      }),
    },
    'test',
  ).dataset;
const windowArb = fc.tuple(fc.integer({ min: -400, max: 1500 }), fc.integer({ min: 0, max: 900 }), fc.constantFrom(0, 12)).map(([d, len, h]) => ({
  from: Date.UTC(2020, 0, 1) + d * DAY_MS + h * 3_600_000,
  to: Date.UTC(2020, 0, 1) + (d + len) * DAY_MS + h * 3_600_000 + 1,
}));

describe('lane index against brute force', () => {
  it('counts and lists exactly the events overlapping any window, per lane', () => {
    fc.assert(
      fc.property(
        fc.array(rawEvent, { minLength: 30, maxLength: 150 }),
        fc.array(windowArb, { minLength: 1, maxLength: 5 }),
        fc.constantFrom('actor', 'category', 'none' as const),
        (list, windows, mode) => {
          const dataset = datasetOf(list);
          const index = buildLaneIndex(buildIndex(dataset), null, mode);
          expect(index.lanes.reduce((n, l) => n + l.events.length, 0)).toBe(dataset.events.length);
          for (const w of windows) {
            for (const lane of index.lanes) {
              const expected = lane.events.filter((e) => e.from < w.to && e.to > w.from).map((e) => e.id);
              expect(countInWindow(lane, w)).toBe(expected.length);
              expect(listInWindow(lane, w).map((e) => e.id)).toEqual(expected);
              expect(countStarting(lane.starts, w.from, w.to)).toBe(lane.events.filter((e) => e.from >= w.from && e.from < w.to).length);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('treats windows as half-open: an event ending where the window starts is not in it', () => {
    const dataset = datasetOf([
      { day: 0, form: 'day' },
      { day: 2, form: 'day' },
    ]);
    const [lane] = buildLaneIndex(buildIndex(dataset), null, 'none').lanes;
    const w = { from: Date.UTC(2020, 0, 2), to: Date.UTC(2020, 0, 3) };
    expect(countInWindow(lane!, w)).toBe(0);
    expect(countInWindow(lane!, { ...w, to: w.to + 1 })).toBe(1);
    expect(listInWindow(lane!, { ...w, to: w.to + 1 }).map((e) => e.id)).toEqual(['e1']);
  });

  it('keeps only lanes that some filtered event leads, in dataset order, with "No actor" last', () => {
    const dataset = datasetOf([
      { day: 1, form: 'day', actor: 'c' },
      { day: 2, form: 'day' },
      { day: 3, form: 'day', actor: 'a' },
    ]);
    expect(buildLaneIndex(buildIndex(dataset), null, 'actor').lanes.map((l) => l.lane.id)).toEqual(['a', 'c', '~other']);
    expect(buildLaneIndex(buildIndex(dataset), new Uint32Array(0), 'none').lanes.map((l) => l.lane.label)).toEqual(['All events']);
  });
});
