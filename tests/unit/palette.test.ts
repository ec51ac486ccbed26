/** WCAG 2.2 AA for the stylesheet's palette, read from styles.css, in the light and the dark theme. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/view/contrast';

const css = readFileSync(new URL('../../src/styles.css', import.meta.url), 'utf8');
const tokens = new Map<string, [string, string]>();
for (const m of css.matchAll(/--([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)) tokens.set(m[1]!, [m[2]!, m[3]!]);

// Text on the surfaces it appears on (4.5:1), and non-text marks and rules (3:1).
const TEXT: [string, string][] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['accent', 'bg'],
  ['accent', 'surface'],
  ['text', 'band-a'],
  ['text', 'band-b'],
  ['text', 'band-head-a'],
  ['text', 'band-head-b'],
  ['muted', 'band-a'],
  ['muted', 'band-b'],
  ['disputed', 'disputed-bg'],
  ['text', 'disputed-bg'],
  ['danger', 'danger-bg'],
  ['danger', 'bg'],
  ['match', 'bg'],
  ['match', 'band-b'],
  ['text', 'selected-bg'],
  ['text', 'highlight'],
  ['bg', 'text'],
];
const GRAPHICS: [string, string][] = [
  ['tick', 'bg'],
  ['density', 'surface'],
  ['band-edge', 'band-a'],
];

describe.each([
  ['light', 0],
  ['dark', 1],
] as const)('the %s theme', (_name, side) => {
  it.each(TEXT)('%s on %s reads at 4.5:1 or better', (fg, bg) => {
    expect(contrastRatio(tokens.get(fg)![side], tokens.get(bg)![side])).toBeGreaterThanOrEqual(4.5);
  });
  it.each(GRAPHICS)('%s on %s shows at 3:1 or better', (fg, bg) => {
    expect(contrastRatio(tokens.get(fg)![side], tokens.get(bg)![side])).toBeGreaterThanOrEqual(3);
  });
});
