import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { englishCompact, formatCount } from '../../src/i18n/messages';

describe('English counts without Intl', () => {
  const intlCompact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
  const intlCount = new Intl.NumberFormat('en');

  it('shortens counts exactly as Intl does', () => {
    for (const n of [
      0, 7, 999, 1000, 1049, 1050, 1250, 9999, 12_345, 99_949, 99_950, 123_456, 999_499, 999_500, 999_999, 1_234_567, 1e9, 1.5e12, 99_999_999_999_999,
    ])
      expect(englishCompact(n), String(n)).toBe(intlCompact.format(n));
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e14 - 1 }), (n) => englishCompact(n) === intlCompact.format(n)));
    fc.assert(fc.property(fc.integer({ min: 0, max: 2_000_000 }), (n) => englishCompact(n) === intlCompact.format(n)));
  });

  it('leaves fractions, negatives and huge numbers to Intl', () => {
    expect(englishCompact(1.5)).toBeNull();
    expect(englishCompact(-3)).toBeNull();
    expect(englishCompact(1e14)).toBeNull();
  });

  it('groups counts exactly as Intl does', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => formatCount(n) === intlCount.format(n)));
  });
});
