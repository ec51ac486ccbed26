import { describe, expect, it } from 'vitest';
import { presenterKey } from '../../src/present/presenterKeys';

describe('presenterKey', () => {
  it.each([
    ['PageDown', false, 'next'],
    ['PageUp', false, 'previous'],
    ['ArrowRight', false, 'next'],
    ['ArrowDown', false, 'next'],
    ['ArrowLeft', false, 'previous'],
    ['ArrowUp', false, 'previous'],
    [' ', false, 'next'],
    [' ', true, 'previous'],
    ['Home', false, 'first'],
    ['End', false, 'last'],
    ['f', false, 'fullscreen'],
    ['F', true, 'fullscreen'],
    ['q', false, 'qr'],
    ['Q', true, 'qr'],
    ['Escape', false, 'exit'],
    ['x', false, null],
    ['?', true, null],
  ] as const)('%j (shift %s) → %s', (key, shift, action) => {
    expect(presenterKey(key, shift)).toBe(action);
  });
});
