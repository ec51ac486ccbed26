import { describe, expect, it } from 'vitest';
import {
  clampWindow,
  finestUnit,
  maxZoom,
  MIN_SPAN,
  paddedExtent,
  TIMED_MIN_SPAN,
  panWindow,
  transformFor,
  windowAround,
  windowFor,
  windowShowing,
  zoomWindow,
} from '../../src/view/zoomMath';

const Y = (y: number, m = 0, d = 1) => Date.UTC(y, m, d);
const limits = paddedExtent([Y(2019), Y(2033)]);

describe('zoomMath', () => {
  it('zooms to a day for dates alone, to an hour where the dataset has times of day', () => {
    const w = { from: Y(2026, 3, 27), to: Y(2026, 3, 27) + 1000 };
    expect(zoomWindow(w, 100, limits).to - zoomWindow(w, 100, limits).from).toBe(MIN_SPAN);
    const timed = paddedExtent([Y(2019), Y(2033)], null, TIMED_MIN_SPAN);
    const closest = zoomWindow(w, 1e6, timed);
    expect(closest.to - closest.from).toBe(TIMED_MIN_SPAN);
    expect(maxZoom(timed)).toBeCloseTo(maxZoom(limits) * 24);
    expect([finestUnit(limits), finestUnit(timed)]).toEqual(['day', 'minute']);
  });

  it('pads the data extent on both sides', () => {
    expect(limits.from).toBeLessThan(Y(2019));
    expect(limits.to).toBeGreaterThan(Y(2033));
  });

  it('round-trips window → transform → window', () => {
    const w = { from: Y(2026, 3, 1), to: Y(2026, 4, 1) };
    const back = windowFor(transformFor(w, limits, 1200), limits, 1200);
    expect(back.from).toBeCloseTo(w.from, -1);
    expect(back.to).toBeCloseTo(w.to, -1);
  });

  it('the whole extent is the identity transform', () => {
    expect(transformFor(limits, limits, 800)).toEqual({ k: 1, x: -0 });
  });

  it('never zooms in past a day', () => {
    const w = zoomWindow({ from: Y(2026, 3, 27), to: Y(2026, 3, 29) }, 1000, limits);
    expect(w.to - w.from).toBe(MIN_SPAN);
  });

  it('never zooms out past the padded extent', () => {
    expect(zoomWindow({ from: Y(2020), to: Y(2030) }, 0.01, limits)).toEqual(limits);
  });

  it('keeps the anchor in place while zooming', () => {
    const w = { from: Y(2020), to: Y(2030) };
    const anchor = Y(2022);
    const z = zoomWindow(w, 4, limits, anchor);
    expect((anchor - z.from) / (z.to - z.from)).toBeCloseTo((anchor - w.from) / (w.to - w.from), 9);
  });

  it('pans by a fraction of the span and stops at the edges', () => {
    const w = { from: Y(2024), to: Y(2026) };
    expect(panWindow(w, 0.5, limits).from).toBe(w.from + (w.to - w.from) / 2);
    expect(panWindow(w, 100, limits).to).toBe(limits.to);
    expect(panWindow(w, -100, limits).from).toBe(limits.from);
  });

  it('clamps a window that falls outside the limits', () => {
    const w = clampWindow({ from: Y(1990), to: Y(1995) }, limits);
    expect(w.from).toBe(limits.from);
    expect(w.to - w.from).toBe(Y(1995) - Y(1990));
  });

  it('windowAround gives air around a short span', () => {
    const w = windowAround(Y(2026, 3, 27), Y(2026, 3, 28), limits);
    expect(w.from).toBeLessThan(Y(2026, 3, 27));
    expect(w.to).toBeGreaterThan(Y(2026, 3, 28));
  });

  it('windowShowing moves only when the event is off screen', () => {
    const w = { from: Y(2020), to: Y(2022) };
    expect(windowShowing(w, Y(2021), Y(2021, 1), limits)).toBe(w);
    const moved = windowShowing(w, Y(2026, 3, 27), Y(2026, 3, 28), limits);
    expect(moved.to - moved.from).toBe(w.to - w.from);
    expect(moved.from).toBeLessThan(Y(2026, 3, 27));
    expect(moved.to).toBeGreaterThan(Y(2026, 3, 28));
  });
});
