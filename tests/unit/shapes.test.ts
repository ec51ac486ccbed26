import { describe, expect, it } from 'vitest';
import { shapeAt, shapePath, SHAPES } from '../../src/view/shapes';

describe('actor shapes', () => {
  it('give the first six actors six different shapes, then repeat', () => {
    expect(new Set([0, 1, 2, 3, 4, 5].map(shapeAt)).size).toBe(6);
    expect(shapeAt(6)).toBe(shapeAt(0));
    expect(shapeAt(-1)).toBe('circle');
  });

  it('are closed paths centred on the origin, within about 1.25 r', () => {
    for (const shape of SHAPES) {
      const d = shapePath(shape, 6);
      expect(d.endsWith('Z')).toBe(true);
      const numbers = [...d.matchAll(/-?\d+(\.\d+)?/g)].map((m) => Math.abs(Number(m[0])));
      expect(Math.max(...numbers), shape).toBeLessThanOrEqual(7.5);
      expect(Math.max(...numbers), shape).toBeGreaterThanOrEqual(5);
    }
  });
});
