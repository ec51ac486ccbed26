import { describe, expect, it } from 'vitest';
import { contrastRatio, DARK_BG, LIGHT_BG, readableOn } from '../../src/view/contrast';

describe('accent contrast', () => {
  it('measures WCAG contrast', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it.each(['ffeb3b', 'c2570c', '00ff00', '1f5fbf', '000', 'fff', '7a7a7a'])('#%s becomes readable on both themes', (hex) => {
    expect(contrastRatio(readableOn(`#${hex}`, LIGHT_BG), LIGHT_BG)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(readableOn(`#${hex}`, DARK_BG), DARK_BG)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps an accent that already reads', () => {
    expect(readableOn('#1f5fbf', LIGHT_BG)).toBe('#1f5fbf');
  });
});
