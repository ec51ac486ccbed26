/** The export where time runs right to left (issue 24): the left-to-right drawing, mirrored, its text set right to left. */
import { describe, expect, it } from 'vitest';
import { FONTS, mirrorDrawing, type ExportDrawing } from '../../src/export/drawing';
import { exportSvg } from '../../src/export/exportSvg';
import { timeKey } from '../../src/store/commands';

const drawing: ExportDrawing = {
  width: 600,
  height: 100,
  items: [
    { kind: 'rect', x: 100, y: 0, width: 50, height: 20, fill: '#eeeeee' },
    { kind: 'line', x1: 10, y1: 0, x2: 40, y2: 0, stroke: '#000000', width: 1 },
    { kind: 'mark', x: 200, y: 50, r: 5, shape: 'circle', fill: '#ff0000' },
    { kind: 'text', x: 210, y: 55, runs: [{ text: 'اتفاق معدّل', fill: '#000000' }], font: FONTS.label },
    { kind: 'text', x: 210, y: 75, runs: [{ text: '2026 · Amended agreement', fill: '#000000' }], font: FONTS.label },
  ],
};

describe('a mirrored export', () => {
  it('puts each thing as far from the right edge as it was from the left, text anchored at its right end', () => {
    const [rect, line, mark, text, english] = mirrorDrawing(drawing).items;
    expect(rect).toMatchObject({ x: 450, width: 50 });
    expect(line).toMatchObject({ x1: 590, x2: 560 });
    expect(mark).toMatchObject({ x: 400 });
    expect(text).toMatchObject({ x: 390, rtl: true });
    // An English line keeps left to right, its right end at the mirrored start.
    expect(english).toMatchObject({ x: 390, anchor: 'end' });
    expect(english).not.toHaveProperty('rtl');
    // The label still sits beside its mark, on the side away from it: now to its left.
    expect((text as { x: number }).x).toBeLessThan((mark as { x: number }).x);
    expect(exportSvg(mirrorDrawing(drawing), 't')).toContain('direction="rtl"');
    expect(exportSvg(drawing, 't')).not.toContain('direction=');
  });
});

describe('arrow keys where time runs right to left', () => {
  it('swap ← and →, with Shift too, and leave every other key alone', () => {
    expect(['ArrowLeft', 'ArrowRight', 'shift+ArrowLeft', 'ArrowUp', 'Home', 'k'].map((k) => timeKey(k, true))).toEqual([
      'ArrowRight',
      'ArrowLeft',
      'shift+ArrowRight',
      'ArrowUp',
      'Home',
      'k',
    ]);
    expect(timeKey('ArrowLeft', false)).toBe('ArrowLeft');
  });
});
