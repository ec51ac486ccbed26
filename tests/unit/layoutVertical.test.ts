import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/data/validate';
import type { TimelineEvent } from '../../src/data/types';
import { lanesFor } from './fixtures';
import { axisLines, KNOB_SPACING, layoutVertical, layoutVerticalIndex, SLOT, type VerticalLayout } from '../../src/timeline/vertical/layoutVertical';
import { placeCards } from '../../src/timeline/vertical/placeCards';
import { wrapTitle } from '../../src/timeline/vertical/wrapTitle';
import { parseJsonDataset } from '../../src/data/parseJson';
import { buildLaneIndex } from '../../src/data/laneIndex';
import { buildIndex } from '../../src/data/buildIndex';
import { membersOf } from '../../src/view/densityBand';
import { timeScale } from '../../src/time/timeScale';
import { generateDataset } from '../../bench/generate';

function events(n: number, seed: number, sameDay = false): TimelineEvent[] {
  let s = seed;
  const rand = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return validateDataset(
    {
      actors: ['a', 'b', 'c'].map((id) => ({ id })),
      events: Array.from({ length: n }, (_, i) => ({
        id: `e${i}`,
        start: sameDay ? '2026-04-27' : `${2010 + Math.floor(rand() * 10)}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}`,
        title: `Event ${i}`,
        actors: [['a', 'b', 'c'][i % 3]],
      })),
    },
    't',
  ).dataset.events;
}

function layout(
  list: TimelineEvent[],
  from: number,
  to: number,
  height = 600,
  pinnedId?: string,
  extra: { expanded?: Set<string>; y?: (ms: number) => number } = {},
) {
  const dataset = validateDataset({ actors: ['a', 'b', 'c'].map((id) => ({ id })), events: [] }, 'x').dataset;
  const y = extra.y ?? ((ms: number) => ((ms - from) / (to - from)) * height);
  return layoutVertical(list, { lanes: lanesFor(dataset, 'actor', list), mode: 'actor', y, width: 375, height, pinnedId, expanded: extra.expanded });
}

/** Every card and bubble as a [top, bottom] extent, top to bottom. */
function extents(v: VerticalLayout): [number, number][] {
  return [...v.marks.map((m): [number, number] => [m.cardY, m.cardY + m.cardH]), ...v.clusters.map((c): [number, number] => [c.y - 11, c.y + 11])].sort(
    (a, b) => a[0] - b[0],
  );
}

function expectApart(v: VerticalLayout) {
  const e = extents(v);
  for (let i = 1; i < e.length; i++) expect(e[i]![0]).toBeGreaterThanOrEqual(e[i - 1]![1]);
}

const counted = (v: VerticalLayout) => v.marks.length + v.clusters.reduce((sum, c) => sum + c.count, 0);

const chars = (t: string) => t.length * 10;

describe('wrapTitle', () => {
  it.each([
    ['fits on one line', 'Short title', 200, 3, ['Short title']],
    ['wraps at words', 'one two three four', 100, 3, ['one two', 'three four']],
    ['ends in an ellipsis past the last line', 'aa bb cc dd ee ff gg', 50, 2, ['aa bb', 'cc…']],
    ['cuts a word longer than the line', 'Supercalifragilistic word', 80, 3, ['Superca…', 'word']],
    ['a long word on the last line', 'Supercalifragilistic', 80, 1, ['Superca…']],
  ])('%s', (_, title, room, lines, expected) => {
    const out = wrapTitle(title, room, chars, lines);
    expect(out).toEqual(expected);
    for (const line of out) expect(chars(line)).toBeLessThanOrEqual(room);
  });

  it('cuts a 200,000-letter word with a few measurements', () => {
    let calls = 0;
    const measured = (t: string) => (calls++, chars(t));
    expect(wrapTitle('A'.repeat(200_000), 80, measured, 3)).toEqual(wrapTitle('A'.repeat(20), 80, chars, 3));
    expect(calls).toBeLessThan(40);
  });
});

describe('placeCards', () => {
  const items = (anchors: number[], h = 40, keep: number[] = []) => anchors.map((anchor, i) => ({ anchor, h, keep: keep.includes(i) }));
  it.each([
    ['room for all: each card starts just above its time', [20, 200, 400], 600, 3],
    ['two on one day: stacked as cards', [100, 100], 600, 2],
    ['too many: the closest in time share a bubble', [10, 300, 302, 304, 306, 308, 500], 200, 5],
  ])('%s', (_, anchors, height, groups) => {
    const out = placeCards(items(anchors), 0, height);
    expect(out.groups).toHaveLength(groups);
    expect(out.height).toBe(height);
    for (let i = 1; i < out.groups.length; i++) expect(out.groups[i]!.top).toBeGreaterThanOrEqual(out.groups[i - 1]!.top + out.groups[i - 1]!.h);
    for (const g of out.groups) expect(g.top + g.h).toBeLessThanOrEqual(height);
  });

  it('keeps the far-apart events as cards and bubbles the dense run', () => {
    const out = placeCards(items([10, 300, 302, 304, 306, 308, 500]), 0, 200);
    expect(out.groups.map((g) => [g.first, g.last])).toEqual([
      [0, 0],
      [1, 3],
      [4, 4],
      [5, 5],
      [6, 6],
    ]);
  });

  it('a kept item never joins a bubble; when kept cards cannot fit the column grows', () => {
    const out = placeCards(items([100, 101, 102, 103, 104], 40, [0, 1, 2, 3, 4]), 0, 100);
    expect(out.groups).toHaveLength(5);
    expect(out.height).toBe(5 * 40 + 4 * 4);
  });

  it('a card starts near its anchor when nothing crowds it', () => {
    const out = placeCards(items([300]), 0, 600);
    expect(out.groups[0]!.top).toBe(290);
  });
});

describe('layoutVertical', () => {
  it.each([20, 300, 5000])('with %d events: cards and bubbles never overlap, every event counted once, DOM bounded by the height', (n) => {
    const v = layout(events(n, n), Date.UTC(2010, 0, 1), Date.UTC(2020, 0, 1));
    expectApart(v);
    expect(counted(v)).toBe(n);
    expect(v.marks.length + v.clusters.length).toBeLessThanOrEqual(600 / 24 + 1);
    expect(v.height).toBe(600);
  });

  it('knobs on one track never overlap: same-day points stack', () => {
    const day = Date.UTC(2026, 3, 27);
    const v = layout(events(12, 1, true), day - 30 * 86_400_000, day + 30 * 86_400_000, 800);
    for (const x of new Set(v.marks.map((m) => m.x))) {
      const ys = v.marks
        .filter((m) => m.x === x)
        .map((m) => m.knobY)
        .sort((a, b) => a - b);
      for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(KNOB_SPACING);
    }
  });

  it('at full zoom, events of the same day are each a card along the day', () => {
    const day = Date.UTC(2026, 3, 27);
    const v = layout(events(12, 1, true), day - 3_600_000, day + 86_400_000 + 3_600_000);
    expect(v.marks).toHaveLength(12);
    expect(v.clusters).toHaveLength(0);
    expectApart(v);
  });

  it('cards sit at their time when there is room, even on a folded (piecewise) axis', () => {
    const list = events(6, 4);
    const from = Date.UTC(2010, 0, 1);
    const fold = Date.UTC(2015, 0, 1);
    // Five years in the first 100 px, five in the other 500: never assume one factor for the whole axis.
    const y = (ms: number) => (ms < fold ? ((ms - from) / (fold - from)) * 100 : 100 + ((ms - fold) / (Date.UTC(2020, 0, 1) - fold)) * 500);
    const v = layout(list, from, Date.UTC(2020, 0, 1), 600, undefined, { y });
    expect(v.clusters).toHaveLength(0);
    for (const m of v.marks) expect(m.knobY).toBeCloseTo(y(m.event.from), 5);
    expectApart(v);
  });

  it('the selected event is never hidden in a bubble', () => {
    const list = events(3000, 9);
    const plain = layout(list, Date.UTC(2010, 0, 1), Date.UTC(2020, 0, 1));
    const hidden = plain.clusters[plain.clusters.length - 1]!.ids![0]!;
    const pinned = layout(list, Date.UTC(2010, 0, 1), Date.UTC(2020, 0, 1), 600, hidden);
    expect(pinned.marks.map((m) => m.event.id)).toContain(hidden);
  });

  it('an expanded bubble opens as cards in place, pushing the rest down', () => {
    const list = events(60, 5);
    const plain = layout(list, Date.UTC(2010, 0, 1), Date.UTC(2020, 0, 1), 400);
    const bubble = plain.clusters.reduce((a, b) => (b.count > a.count ? b : a));
    const open = layout(list, Date.UTC(2010, 0, 1), Date.UTC(2020, 0, 1), 400, undefined, { expanded: new Set(bubble.ids) });
    const ids = new Set(open.marks.map((m) => m.event.id));
    for (const id of bubble.ids!) expect(ids).toContain(id);
    expect(counted(open)).toBe(60);
    expectApart(open);
    expect(open.height).toBeGreaterThanOrEqual(400);
  });
});

describe('the bundled chronology on phones', () => {
  const bundled = parseJsonDataset(readFileSync(resolve(process.cwd(), 'data/events.json'), 'utf8'), 'events.json').dataset;
  const index = buildLaneIndex(buildIndex(bundled), null, 'actor');
  const from = Math.min(...bundled.events.map((e) => e.from));
  const to = Math.max(...bundled.events.map((e) => e.to));
  it.each([
    [320, 420],
    [375, 520],
  ])('at %d px, %d px tall: cards never overlap, titles are whole words, every event counted', (width, height) => {
    const v = layoutVerticalIndex(index, { y: timeScale([from - 86_400_000 * 60, to + 86_400_000 * 60], [0, height]), width, height });
    expectApart(v);
    expect(counted(v)).toBe(bundled.events.length);
    for (const m of v.marks) expect(m.lines.join(' ').replace(/…$/, '')).toBe(m.event.title.slice(0, m.lines.join(' ').replace(/…$/, '').length));
  });
});

describe('layoutVerticalIndex', () => {
  const list = events(5000, 3);
  const dataset = validateDataset({ actors: ['a', 'b', 'c'].map((id) => ({ id })), events: [] }, 'x').dataset;
  const index = buildLaneIndex(buildIndex({ ...dataset, events: list }), null, 'actor');
  const y = timeScale([Date.UTC(2010, 0, 1), Date.UTC(2020, 0, 1)], [0, 600]);

  it('counts a dense window per slot: exact, one badge per slot, bounded by the height', () => {
    const v = layoutVerticalIndex(index, { y, width: 375, height: 600 });
    expect(v.marks).toHaveLength(0);
    expect(v.clusters.reduce((n, c) => n + c.count, 0)).toBe(list.length);
    expect(new Set(v.clusters.map((c) => c.y)).size).toBe(v.clusters.length);
    expect(v.clusters.length).toBeLessThanOrEqual(600 / SLOT);
    for (const c of v.clusters) expect(membersOf(index, c)).toHaveLength(c.count);
  });

  it('keeps the selected event drawn and every other event counted', () => {
    const pinned = list[1234]!;
    const v = layoutVerticalIndex(index, { y, width: 375, height: 600, pinned });
    expect(v.marks.map((m) => m.event.id)).toEqual([pinned.id]);
    expect(v.clusters.reduce((n, c) => n + c.count, 0)).toBe(list.length);
    expectApart(v);
  });

  it('draws events one by one once few are in view', () => {
    const narrow = timeScale([Date.UTC(2015, 0, 1), Date.UTC(2015, 1, 1)], [0, 600]);
    const v = layoutVerticalIndex(index, { y: narrow, width: 375, height: 600 });
    const inView = list.filter((e) => e.from < Date.UTC(2015, 1, 1) && e.to > Date.UTC(2015, 0, 1)).length;
    expect(v.marks.length).toBeGreaterThan(0);
    expect(v.marks.length + v.clusters.reduce((n, c) => n + c.count, 0)).toBe(inView);
  });
});

describe('layoutVerticalIndex with many ranges from before the window', () => {
  it('keeps them in one badge at the top and draws what starts in the window', () => {
    const data = validateDataset(generateDataset(60_000, 3), 's').dataset;
    const index = buildLaneIndex(buildIndex(data), null, 'actor');
    const from = Date.UTC(2020, 5, 10);
    const to = from + 7 * 86_400_000;
    const v = layoutVerticalIndex(index, { y: timeScale([from, to], [0, 700]), width: 375, height: 700 });
    const earlier = v.clusters.filter((c) => c.earlier);
    expect(earlier).toHaveLength(1);
    expect(earlier[0]!.y).toBe(SLOT / 2);
    expect(earlier[0]!.count).toBe(data.events.filter((e) => e.from < from && e.to > from).length);
    expect(v.marks.length).toBeGreaterThan(0);
    expect(v.marks.length + v.clusters.reduce((n, c) => n + c.count, 0)).toBe(data.events.filter((e) => e.from < to && e.to > from).length);
    expectApart(v);
  });
});

describe('axisLines', () => {
  it.each([
    ['2026', ['2026']],
    ['500 BCE', ['500 BCE']],
    ['13.5B yrs ago', ['13.5B', 'yrs ago']],
    ['vor 4,5 Mrd.', ['vor 4,5', 'Mrd.']],
    ['紀元前500年', ['紀元前', '500年']],
  ])('%j on the vertical axis: %j', (label, lines) => expect(axisLines(label)).toEqual(lines));
});
