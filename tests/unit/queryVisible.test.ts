import { describe, expect, it } from 'vitest';
import { buildIndex, foldText } from '../../src/data/buildIndex';
import fc from 'fast-check';
import { filterPositions, NO_FILTERS } from '../../src/data/queryVisible';
import { filterEvents } from './fixtures';
import { buildLaneIndex, listInWindow } from '../../src/data/laneIndex';
import type { DatasetIndex } from '../../src/data/buildIndex';
import { validateDataset } from '../../src/data/validate';
import type { TimelineEvent } from '../../src/data/types';

const dataset = validateDataset(
  {
    actors: [{ id: 'ms' }, { id: 'oa' }, { id: 'am' }],
    categories: [{ id: 'deal' }, { id: 'legal' }],
    events: [
      { id: 'a', start: '2019', title: 'Investment', actors: ['ms', 'oa'], category: 'deal' },
      {
        id: 'b',
        start: '2026-02',
        title: 'Amazon deal',
        actors: ['am', 'oa'],
        category: 'deal',
        quotes: [{ text: 'Bedrock in the coming weeks', by: 'Andy Jassy' }],
        disputed: 'Feb 2026 or Nov 2025',
      },
      {
        id: 'c',
        start: '2026-03',
        title: 'Legal threat',
        actors: ['ms'],
        category: 'legal',
        sources: [{ name: 'Financial Times' }],
        disputed: 'How firm the threat was',
      },
      { id: 'd', start: '2026-04-27', end: '2032', title: 'Licence runs on', summary: 'Café société', actors: ['ms'], category: 'deal', disputed: '  ' },
    ],
  },
  'test',
).dataset;
const index = buildIndex(dataset);
const ids = (events: { id: string }[]) => events.map((e) => e.id);

describe('filterEvents', () => {
  it('returns every event without filters', () => {
    expect(filterEvents(index, NO_FILTERS)).toBe(index.events);
  });

  it.each([
    [{ actors: ['am'] }, ['b']],
    [{ actors: ['ms', 'am'] }, ['a', 'b', 'c', 'd']],
    [{ categories: ['legal'] }, ['c']],
    [{ actors: ['ms'], categories: ['deal'] }, ['a', 'd']],
    [{ query: 'bedrock' }, ['b']],
    [{ query: 'JASSY' }, ['b']],
    [{ query: 'financial times' }, ['c']],
    [{ query: 'cafe societe' }, ['d']],
    [{ query: 'deal amazon' }, ['b']],
    [{ query: 'nothing-matches' }, []],
    // A blank note says nothing: d is not disputed.
    [{ disputed: true }, ['b', 'c']],
    [{ disputed: true, actors: ['ms'] }, ['c']],
    [{ disputed: true, categories: ['deal'] }, ['b']],
    [{ disputed: true, query: 'threat' }, ['c']],
    [{ disputed: true, query: 'licence' }, []],
    [{ disputed: true, actors: ['oa'], categories: ['deal'], query: 'amazon' }, ['b']],
  ])('%j → %j', (filters, expected) => {
    expect(ids(filterEvents(index, { ...NO_FILTERS, ...filters }))).toEqual(expected);
  });

  it('keeps the disputed events in a column and a list of positions', () => {
    expect([...index.columns.disputed]).toEqual([0, 1, 1, 0]);
    expect([...index.columns.disputedAt]).toEqual([1, 2]);
  });

  it('folds case and accents', () => {
    expect(foldText('Éléphant CAFÉ')).toBe('elephant cafe');
  });
});

/** The one-lane index's answer: every event overlapping the window. */
const inWindow = (i: DatasetIndex, w: { from: number; to: number }) => listInWindow(buildLaneIndex(i, null, 'none').lanes[0]!, w);

describe('events in a window', () => {
  it('finds points and long ranges that overlap the window', () => {
    const w = { from: Date.UTC(2028, 0, 1), to: Date.UTC(2029, 0, 1) };
    expect(ids(inWindow(index, w))).toEqual(['d']);
  });

  it('treats the window as half-open and month events as whole months', () => {
    const march = { from: Date.UTC(2026, 2, 1), to: Date.UTC(2026, 3, 1) };
    expect(ids(inWindow(index, march))).toEqual(['c']);
  });

  it('agrees with a brute-force scan on random data', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const events = Array.from({ length: 400 }, (_, i) => {
      const y = 2000 + Math.floor(rand() * 30);
      const m = 1 + Math.floor(rand() * 12);
      const start = `${y}-${String(m).padStart(2, '0')}`;
      return rand() < 0.2 ? { id: `e${i}`, start, end: String(y + Math.floor(rand() * 5)), title: 't' } : { id: `e${i}`, start, title: 't' };
    });
    const big = buildIndex(validateDataset({ events }, 'rand').dataset);
    for (let k = 0; k < 200; k++) {
      const from = Date.UTC(2000 + rand() * 30, 0, 1);
      const w = { from, to: from + rand() * 5 * 365 * 86_400_000 };
      const brute = big.events.filter((e) => e.to > w.from && e.from < w.to);
      expect(ids(inWindow(big, w))).toEqual(ids(brute));
    }
  });
});

describe('filters against a brute-force reference', () => {
  const words = ['deal', 'café', 'Legal', 'amazon', 'x'];
  const random = fc.array(
    fc.record({
      actors: fc.shuffledSubarray(['ms', 'oa', 'am']),
      category: fc.option(fc.constantFrom('deal', 'legal'), { nil: undefined }),
      title: fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
      summary: fc.array(fc.constantFrom(...words), { maxLength: 2 }).map((w) => w.join(' ')),
      disputed: fc.option(fc.constantFrom('One source says 2024', 'deal', ' ', ''), { nil: undefined }),
    }),
    { maxLength: 40 },
  );
  const filtersArb = fc.record({
    actors: fc.option(fc.subarray(['ms', 'oa', 'am']), { nil: null }),
    categories: fc.option(fc.subarray(['deal', 'legal']), { nil: null }),
    query: fc.array(fc.constantFrom('deal', 'cafe', 'LEGAL', 'ama', 'zzz', ' '), { maxLength: 3 }).map((w) => w.join(' ')),
    disputed: fc.boolean(),
  });

  it('passes exactly the events a plain scan passes, and lanes hold exactly those', () => {
    fc.assert(
      fc.property(random, filtersArb, (list, filters) => {
        const data = validateDataset(
          {
            actors: [{ id: 'ms' }, { id: 'oa' }, { id: 'am' }],
            categories: [{ id: 'deal' }, { id: 'legal' }],
            events: list.map((e, i) => ({ id: `e${i}`, start: '2020', ...e })),
          },
          't',
        ).dataset;
        const idx = buildIndex(data);
        const terms = foldText(filters.query).split(/\s+/).filter(Boolean);
        const expected = data.events.filter(
          (e) =>
            (!filters.actors || e.actors.some((a) => filters.actors!.includes(a))) &&
            (!filters.categories || (e.category !== undefined && filters.categories.includes(e.category))) &&
            (!filters.disputed || (e.disputed ?? '').trim() !== '') &&
            terms.every((t) => foldText(`${e.title}\n${e.summary}`).includes(t)),
        );
        expect(ids(filterEvents(idx, filters))).toEqual(ids(expected));
        const positions = filterPositions(idx, filters);
        const lanes = buildLaneIndex(idx, positions, 'actor', null, filters.actors).lanes;
        expect(lanes.flatMap((l) => ids(l.events)).sort()).toEqual(ids(expected).sort());
        // Each event in the lane of its first actor the filter shows (its first actor without a filter).
        const laneExpected = (e: TimelineEvent) => (filters.actors ? e.actors.find((a) => filters.actors!.includes(a)) : e.actors[0]) ?? '~other';
        for (const lane of lanes) expect(lane.events.filter((e) => laneExpected(e) !== lane.lane.id).map((e) => e.id)).toEqual([]);
        // Sharing the unfiltered index's whole lanes changes nothing but the work done.
        for (const mode of ['actor', 'category', 'none'] as const) {
          const whole = buildLaneIndex(idx, null, mode);
          const fresh = buildLaneIndex(idx, positions, mode, null, filters.actors);
          const shared = buildLaneIndex(idx, positions, mode, whole, filters.actors);
          const plain = (li: typeof fresh) => ({
            total: li.total,
            starts: [...li.starts],
            lanes: li.lanes.map((l) => ({ id: l.lane.id, label: l.lane.label, events: ids(l.events), starts: [...l.starts], ends: [...l.ends] })),
          });
          expect(plain(shared)).toEqual(plain(fresh));
          for (const lane of shared.lanes) {
            const same = whole.lanes.find((l) => l.lane.id === lane.lane.id);
            const sameEvents = same && ids(same.events).join() === ids(lane.events).join();
            if (positions && sameEvents && lane.events.length > 0) expect(lane).toBe(same);
            if (!sameEvents) expect(lane).not.toBe(same);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
