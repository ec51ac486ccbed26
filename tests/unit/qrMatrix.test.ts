import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { darkModules, qrMatrix, qrPath, QUIET_ZONE } from '../../src/present/qr/qrMatrix';

/** The path's rectangles, each `M x y h w v1 h-w z`, as [x, y, w]. */
const runs = (d: string) => [...d.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)].map((m) => [Number(m[1]), Number(m[2]), Number(m[3])] as const);

describe('qrMatrix', () => {
  it.each([
    // ISO/IEC 18004 capacities at level M in byte mode: version 1 holds 14 bytes, 2 holds 26, 3 holds 42, 5 holds 84, 6 holds 106.
    ['https://a.io', 1],
    ['https://example.org/?event=x', 3],
    ['https://example.org/chronicle/?event=amendment-2026-04-27&from=2026-04-05&to=2026-05-19', 6], // 86 bytes
  ])('%s is a version %i code, 17 + 4 × version modules a side', (text, version) => {
    const m = qrMatrix(text);
    expect(m.version).toBe(version);
    expect(m.size).toBe(17 + 4 * version);
    expect(m.dark).toHaveLength(m.size);
    for (const row of m.dark) expect(row).toHaveLength(m.size);
  });

  it('is the library’s own matrix at level M, without its border', () => {
    const text = 'https://example.org/?present=1&step=4';
    const theirs = encode(text, { ecc: 'M', border: 0 });
    expect(qrMatrix(text).dark).toEqual(theirs.data);
  });

  it('has the three finder patterns: a dark 7×7 ring around a dark 3×3 in three corners', () => {
    const { dark, size } = qrMatrix('https://example.org/');
    for (const [x0, y0] of [
      [0, 0],
      [size - 7, 0],
      [0, size - 7],
    ] as const) {
      for (let i = 0; i < 7; i++) {
        expect([dark[y0]![x0 + i], dark[y0 + 6]![x0 + i], dark[y0 + i]![x0], dark[y0 + i]![x0 + 6]]).toEqual([true, true, true, true]);
      }
      expect(dark[y0 + 1]![x0 + 1]).toBe(false);
      expect(dark[y0 + 3]![x0 + 3]).toBe(true);
    }
  });
});

describe('qrPath', () => {
  it('covers exactly the dark modules, inside the quiet zone', () => {
    const m = qrMatrix('https://example.org/chronicle/?event=amendment-2026-04-27');
    const rects = runs(qrPath(m));
    expect(rects.reduce((n, [, , w]) => n + w, 0)).toBe(darkModules(m));
    for (const [x, y, w] of rects) {
      expect(x).toBeGreaterThanOrEqual(QUIET_ZONE);
      expect(y).toBeGreaterThanOrEqual(QUIET_ZONE);
      expect(x + w).toBeLessThanOrEqual(QUIET_ZONE + m.size);
      for (let i = 0; i < w; i++) expect(m.dark[y - QUIET_ZONE]![x - QUIET_ZONE + i]).toBe(true);
    }
  });

  it('draws a row’s run of dark modules as one rectangle', () => {
    const m = { version: 1, size: 4, dark: [[true, true, false, true]] };
    expect(qrPath(m, 0)).toBe('M0 0h2v1h-2zM3 0h1v1h-1z');
  });
});
