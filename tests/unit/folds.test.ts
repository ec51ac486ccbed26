import { describe, expect, it } from 'vitest';
import { findFolds, foldTime, unfoldTime, withoutFolds, type Folds } from '../../src/time/folds';
import { timeScale } from '../../src/time/timeScale';
import { timeTicks } from '../../src/time/ticks';
import { panWindow, paddedExtent, transformFor, windowFor, zoomWindow } from '../../src/view/zoomMath';

const D = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);
const DAY = 86_400_000;
const label = (v: number) => new Date(v).toISOString().slice(0, 10);

// Shaped like the bundled chronology: 2019, a dense 2025–2026, then 2030 and 2032.
const bundledLike = [
  D(2019, 7, 22),
  D(2020, 1, 1),
  D(2025, 9, 11),
  D(2025, 10, 28),
  D(2026, 2, 27),
  D(2026, 4, 27),
  D(2026, 4, 28),
  D(2030, 1, 1),
  D(2032, 12, 31),
];

describe('findFolds', () => {
  it.each([
    { name: 'no instants', instants: [], count: 0 },
    { name: 'one instant', instants: [D(2026)], count: 0 },
    { name: 'evenly spread years', instants: Array.from({ length: 30 }, (_, i) => D(1990 + i)), count: 0 },
    { name: 'a week with a quiet day', instants: [D(2026, 4, 1), D(2026, 4, 2), D(2026, 4, 7)], count: 0 },
    { name: 'the bundled shape', instants: bundledLike, count: 3 },
    { name: 'two clusters a decade apart', instants: [D(2000), D(2000, 3), D(2010), D(2010, 2)], count: 1 },
  ])('$name → $count folds', ({ instants, count }) => {
    expect(findFolds([instants])?.list.length ?? 0).toBe(count);
  });

  it('hides only empty time, keeping a margin around the instants on each side', () => {
    const folds = findFolds([bundledLike])!;
    for (const f of folds.list) {
      expect(bundledLike.some((t) => t > f.from && t < f.to)).toBe(false);
      expect(f.to - f.from).toBeGreaterThan(365 * DAY);
    }
    expect(folds.list[0]!.from).toBeGreaterThan(D(2020, 1, 1));
    expect(folds.list[0]!.to).toBeLessThan(D(2025, 9, 11));
  });

  it('reads instants from several columns in any order', () => {
    const a = findFolds([bundledLike.toReversed()]);
    const b = findFolds([bundledLike.slice(0, 4), new Float64Array(bundledLike.slice(4))]);
    expect(b).toEqual(a);
  });
});

describe('the folded clock', () => {
  const folds = findFolds([bundledLike])!;
  it.each([D(2018), D(2019, 9), D(2022), D(2025, 10), D(2028), D(2031), D(2034)].map((ms) => [label(ms), ms] as const))(
    'unfolds what it folds: %s',
    (_, ms) => {
      expect(unfoldTime(foldTime(ms, folds), folds)).toBeCloseTo(ms, -1);
    },
  );

  it('is continuous and increasing, and a break takes `gap` whatever it hides', () => {
    let last = -Infinity;
    for (let ms = D(2018); ms < D(2034); ms += 7 * DAY) {
      const u = foldTime(ms, folds);
      expect(u).toBeGreaterThan(last);
      last = u;
    }
    for (const f of folds.list) expect(foldTime(f.to, folds) - foldTime(f.from, folds)).toBeCloseTo(folds.gap, -1);
  });

  it('is the identity without folds, and opened folds leave the others', () => {
    expect(foldTime(D(2026), null)).toBe(D(2026));
    const opened = withoutFolds(folds, [folds.list[0]!.from])!;
    expect(opened.list).toEqual(folds.list.slice(1));
    expect(withoutFolds({ list: [folds.list[0]!], gap: 1 }, [folds.list[0]!.from])).toBeNull();
  });
});

describe('timeScale with folds', () => {
  const folds = findFolds([bundledLike])!;
  const limits = paddedExtent([D(2019, 7, 22), D(2032, 12, 31)], folds);
  const x = timeScale([limits.from, limits.to], [0, 1000], folds);

  it('keeps time linear within a stretch and gives the dense part the room', () => {
    // Thirty days in 2026 are as wide as thirty days in 2019: the axis stays true within each stretch.
    expect(x(D(2026, 2) + 30 * DAY) - x(D(2026, 2))).toBeCloseTo(x(D(2019, 8) + 30 * DAY) - x(D(2019, 8)), 6);
    // 2025-09 to 2026-05 is 5% of the 14 years (50 px unfolded); folded, it gets four times that.
    expect(x(D(2026, 5)) - x(D(2025, 9))).toBeGreaterThan(200);
  });

  it('inverts every pixel, and lists the breaks where they are drawn', () => {
    for (let px = 0; px <= 1000; px += 50) expect(x(x.invert(px))).toBeCloseTo(px, 6);
    expect(x.breaks).toHaveLength(3);
    for (const b of x.breaks) {
      expect(b.x1 - b.x0).toBeCloseTo((folds.gap / (foldTime(limits.to, folds) - foldTime(limits.from, folds))) * 1000, 3);
    }
  });

  it('puts no tick inside a break, and a year label after each', () => {
    const ticks = timeTicks(limits.from, limits.to, 1000, label, folds);
    for (const t of ticks.minor) expect(folds.list.some((f) => t.value > f.from && t.value < f.to)).toBe(false);
    // Each stretch after a break says which year it is in.
    for (const b of x.breaks) expect(ticks.major.some((t) => t.x >= b.x1 - 0.5 && t.x < b.x1 + 80)).toBe(true);
  });
});

describe('zoom and pan on the folded clock', () => {
  const folds: Folds = findFolds([bundledLike])!;
  const limits = paddedExtent([D(2019, 7, 22), D(2032, 12, 31)], folds);

  it('zooms around an anchor that stays where it is on screen', () => {
    const w = { from: D(2025, 6), to: D(2026, 12) };
    const anchor = D(2026, 4, 27);
    const next = zoomWindow(w, 2, limits, anchor);
    const before = timeScale([w.from, w.to], [0, 1000], folds)(anchor);
    const after = timeScale([next.from, next.to], [0, 1000], folds)(anchor);
    expect(after).toBeCloseTo(before, 6);
  });

  it('pans across a break in even steps', () => {
    let w = { from: D(2026, 1), to: D(2026, 7) };
    const spans: number[] = [];
    for (let i = 0; i < 12; i++) {
      w = panWindow(w, 0.25, limits);
      spans.push(foldTime(w.to, folds) - foldTime(w.from, folds));
    }
    expect(w.from).toBeGreaterThan(D(2029));
    for (const s of spans) expect(s).toBeCloseTo(spans[0]!, -2);
  });

  it('round-trips a window through the d3-zoom transform', () => {
    const w = { from: D(2025, 9), to: D(2030, 6) };
    const back = windowFor(transformFor(w, limits, 800), limits, 800);
    expect(back.from).toBeCloseTo(w.from, -3);
    expect(back.to).toBeCloseTo(w.to, -3);
  });
});
