import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate';
import { buildLaneIndex } from '../../src/data/laneIndex';
import { buildIndex } from '../../src/data/buildIndex';
import { validateDataset } from '../../src/data/validate';
import { utcMonth } from 'd3-time';
import { BIN_PX, binMembers, densestSlice } from '../../src/view/densityBand';
import { layoutLanes, MAX_MARKS } from '../../src/view/lanes/layoutMarks';
import { timeScale } from '../../src/time/timeScale';

const dataset = validateDataset(generateDataset(20_000, 7), 'synthetic').dataset;
const index = buildLaneIndex(buildIndex(dataset), null, 'actor');
const layoutAt = (from: number, to: number, pinned = null as (typeof dataset.events)[number] | null) =>
  layoutLanes(index, { x: timeScale([from, to], [0, 1280]), width: 1280, height: 600, pinned });
const overlapping = (from: number, to: number) => dataset.events.filter((e) => e.from < to && e.to > from);

describe('density bands', () => {
  const all = [Date.UTC(2015, 0, 1), Date.UTC(2027, 0, 1)] as const;

  it('keep the drawing bounded and count every event in view exactly once', () => {
    const layout = layoutAt(...all);
    expect(layout.bins.length).toBeGreaterThan(0);
    expect(layout.marks.length).toBeLessThanOrEqual(MAX_MARKS);
    expect(layout.marks.length + layout.clusters.length + layout.bins.length).toBeLessThan(2000);
    const counted = layout.marks.length + layout.clusters.reduce((n, c) => n + c.count, 0) + layout.bins.reduce((n, b) => n + b.count, 0);
    expect(counted).toBe(overlapping(...all).length);
    expect(layout.visibleCount).toBe(counted);
  });

  it('count exactly what each slice lists, ranges that began earlier in the first', () => {
    const from = Date.UTC(2019, 5, 1);
    const to = Date.UTC(2021, 5, 1);
    const layout = layoutAt(from, to);
    expect(layout.bins.length).toBeGreaterThan(0);
    for (const bin of layout.bins) {
      const lane = index.lanes.find((l) => l.lane.id === bin.laneId)!;
      const members = binMembers(lane, bin);
      expect(members.length).toBe(bin.count);
      for (const e of members) expect(e.from < bin.to && e.to > bin.from).toBe(true);
    }
    expect(layout.visibleCount).toBe(overlapping(from, to).length);
  });

  it('follow the calendar, so zooming within a unit moves slices without recounting them', () => {
    const from = Date.UTC(2019, 0, 1);
    const to = Date.UTC(2021, 0, 1);
    const layout = layoutAt(from, to);
    const inner = layout.bins.filter((b) => b.from > from && b.to < to);
    expect(inner.length).toBeGreaterThan(0);
    // Two years across 1,280 px: a month is ~53 px, the finest unit at least BIN_PX wide.
    for (const b of inner) {
      expect(new Date(b.from).getUTCDate()).toBe(1);
      expect(new Date(b.to).getUTCDate()).toBe(1);
      expect(b.x1 - b.x0).toBeGreaterThanOrEqual(BIN_PX);
    }
    const nudged = layoutAt(from + 40 * 86_400_000, to - 20 * 86_400_000);
    const before = new Map(layout.bins.map((b) => [b.key, b]));
    const kept = nudged.bins.filter((b) => b.from > from + 40 * 86_400_000 && b.to < to - 20 * 86_400_000);
    expect(kept.length).toBeGreaterThan(0);
    // Same counts, and the same bar heights: they are measured against the densest month anywhere.
    for (const b of kept) expect([b.count, b.level]).toEqual([before.get(b.key)!.count, before.get(b.key)!.level]);
  });

  it('measure bars against the densest slice of the unit anywhere in the lane', () => {
    const lane = index.lanes[0]!;
    const months = new Map<string, number>();
    for (const start of lane.starts) {
      const d = new Date(start);
      const key = `${d.getUTCFullYear()}-${d.getUTCMonth()}`;
      months.set(key, (months.get(key) ?? 0) + 1);
    }
    expect(densestSlice(lane, utcMonth)).toBe(Math.max(...months.values()));
  });

  it('resolve into single events when the reader zooms in', () => {
    const from = Date.UTC(2020, 2, 1);
    const to = Date.UTC(2020, 2, 8);
    const layout = layoutAt(from, to);
    expect(layout.bins).toEqual([]);
    expect(layout.marks.length + layout.clusters.reduce((n, c) => n + c.count, 0)).toBe(overlapping(from, to).length);
  });

  it('still draw the selected event over a band', () => {
    const selected = dataset.events[12_345]!;
    const layout = layoutAt(...all, selected);
    expect(layout.marks.map((m) => m.event.id)).toContain(selected.id);
  });
});

describe('ranges that began before the window', () => {
  const big = validateDataset(generateDataset(60_000, 3), 'synthetic').dataset;
  const bigIndex = buildLaneIndex(buildIndex(big), null, 'actor');

  it('wait in one "began earlier" badge per lane, so a day of a long archive still resolves into events', () => {
    const from = Date.UTC(2020, 5, 10);
    const to = from + 86_400_000;
    const layout = layoutLanes(bigIndex, { x: timeScale([from, to], [0, 1280]), width: 1280, height: 600 });
    expect(layout.bins).toEqual([]);
    const earlier = layout.clusters.filter((c) => c.earlier);
    expect(earlier.length).toBeGreaterThan(0);
    const began = big.events.filter((e) => e.from < from && e.to > from);
    expect(earlier.reduce((n, c) => n + c.count, 0)).toBe(began.length);
    const counted = layout.marks.length + layout.clusters.reduce((n, c) => n + c.count, 0);
    expect(counted).toBe(big.events.filter((e) => e.from < to && e.to > from).length);
    expect(layout.marks.every((m) => m.event.from >= from)).toBe(true);
  });
});
