import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/data/validate';
import type { TimelineEvent } from '../../src/data/types';
import { lanesFor } from './fixtures';
import { layoutVertical, layoutVerticalIndex, SLOT } from '../../src/timeline/vertical/layoutVertical';
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

function layout(list: TimelineEvent[], from: number, to: number, height = 600, pinnedId?: string) {
  const dataset = validateDataset({ actors: ['a', 'b', 'c'].map((id) => ({ id })), events: [] }, 'x').dataset;
  const y = (ms: number) => ((ms - from) / (to - from)) * height;
  return layoutVertical(list, { lanes: lanesFor(dataset, 'actor', list), mode: 'actor', y, width: 375, height, pinnedId });
}

describe('layoutVertical', () => {
  it.each([20, 300, 5000])('with %d events: one label per slot, every event counted once, DOM bounded by the height', (n) => {
    const list = events(n, n);
    const v = layout(list, Date.UTC(2010, 0, 1), Date.UTC(2020, 0, 1));
    const slots = [...v.marks.map((m) => m.labelY), ...v.clusters.map((c) => c.y)];
    expect(new Set(slots).size).toBe(slots.length);
    for (const y of slots) expect((y - SLOT / 2) % SLOT).toBe(0);
    expect(v.marks.length + v.clusters.reduce((sum, c) => sum + c.count, 0)).toBe(n);
    expect(v.marks.length + v.clusters.length).toBeLessThanOrEqual(600 / SLOT);
  });

  it('labels stay at or below their time, and within reach of it', () => {
    const v = layout(events(200, 3), Date.UTC(2010, 0, 1), Date.UTC(2020, 0, 1));
    for (const m of v.marks) {
      expect(m.labelY + SLOT / 2).toBeGreaterThan(Math.max(m.y0, 0));
      expect(m.labelY - Math.max(m.y0, 0)).toBeLessThanOrEqual(3 * SLOT + Math.max(0, m.y1 - m.y0));
    }
  });

  it('at full zoom, events of the same day each get a label along the day', () => {
    const day = Date.UTC(2026, 3, 27);
    const v = layout(events(12, 1, true), day - 3_600_000, day + 86_400_000 + 3_600_000);
    expect(v.marks).toHaveLength(12);
    expect(v.clusters).toHaveLength(0);
  });

  it('the selected event is never hidden in a cluster', () => {
    const list = events(3000, 9);
    const plain = layout(list, Date.UTC(2010, 0, 1), Date.UTC(2020, 0, 1));
    const hidden = plain.clusters[plain.clusters.length - 1]!.ids![0]!;
    const pinned = layout(list, Date.UTC(2010, 0, 1), Date.UTC(2020, 0, 1), 600, hidden);
    expect(pinned.marks.map((m) => m.event.id)).toContain(hidden);
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
    const slots = [...v.marks.map((m) => m.labelY), ...v.clusters.map((c) => c.y)];
    expect(new Set(slots).size).toBe(slots.length);
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
    const slots = [...v.marks.map((m) => m.labelY), ...v.clusters.map((c) => c.y)];
    expect(new Set(slots).size).toBe(slots.length);
  });
});
