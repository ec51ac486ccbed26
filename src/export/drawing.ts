/**
 * What an exported image is made of: positioned primitives, computed by the pure layout
 * (exportLayout.ts) and drawn as they are by exportSvg.ts. Colours are the light theme's, as a
 * page or a slide wants them; fonts are the system's sans-serif, which the measurer measures.
 */
import type { Shape } from '../view/shapes';

export interface Font {
  size: number;
  weight: 400 | 600 | 700;
}

/** Width in px of `text` set in `font`. */
export type MeasureFont = (text: string, font: Font) => number;

export interface TextRun {
  text: string;
  fill: string;
}

export type Item =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: string; stroke?: string }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number; dash?: string }
  | { kind: 'mark'; x: number; y: number; r: number; shape: Shape; fill: string; hollow?: boolean }
  /** One line of text; `y` is its baseline. A line may mix colours (a muted date, then the title). */
  | { kind: 'text'; x: number; y: number; runs: TextRun[]; font: Font; anchor?: 'start' | 'end'; href?: string; rtl?: boolean };

export interface ExportDrawing {
  width: number;
  height: number;
  items: Item[];
}

/**
 * The drawing for a page where time runs right to left (issue 24): laid out left to right as always,
 * then mirrored, each line of text ending where it started (so labels keep the room the layout gave
 * them), set right to left where its script is (its runs read from the right).
 */
export function mirrorDrawing(drawing: ExportDrawing): ExportDrawing {
  const w = drawing.width;
  const items = drawing.items.map((item): Item => {
    switch (item.kind) {
      case 'rect':
        return { ...item, x: w - item.x - item.width };
      case 'line':
        return { ...item, x1: w - item.x1, x2: w - item.x2 };
      case 'mark':
        return { ...item, x: w - item.x };
      case 'text':
        // A line in a right-to-left script reads from its right end, as does a label led by the page's
        // date ("27 أبريل 2026 · Amended…"); one in another script (an English title, or its second
        // line) keeps left to right, its anchor turned so its right end sits where its start would.
        return item.runs.length > 1 || startsRightToLeft(item.runs.map((r) => r.text).join(''))
          ? { ...item, x: w - item.x, rtl: true }
          : { ...item, x: w - item.x, anchor: item.anchor === 'end' ? 'start' : 'end' };
    }
  });
  return { ...drawing, items };
}

/** Whether a line's first letter is of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko…), as the Unicode bidi algorithm's first-strong rule decides. */
export function startsRightToLeft(text: string): boolean {
  const first = /\p{L}/u.exec(text)?.[0];
  return first !== undefined && /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/u.test(first);
}

export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';

export const COLORS = {
  background: '#ffffff',
  text: '#1b2433',
  muted: '#4f5a6e',
  grid: '#e4e8ef',
  axis: '#7a8598',
  leader: '#8a93a3',
  lane: '#c9cfd9',
  bandA: '#eef2f8',
  bandB: '#f8f4ec',
  fallbackMark: '#6b7280',
} as const;

export const FONTS = {
  title: { size: 22, weight: 700 },
  description: { size: 14, weight: 400 },
  meta: { size: 13, weight: 400 },
  period: { size: 12, weight: 600 },
  lane: { size: 12, weight: 700 },
  label: { size: 13, weight: 400 },
  tick: { size: 12, weight: 400 },
  tickMajor: { size: 12, weight: 600 },
  footer: { size: 12, weight: 400 },
} as const satisfies Record<string, Font>;

/** Line height for a font: a little more for small type, as print does. */
export const lineHeight = (font: Font) => Math.round(font.size * (font.size < 16 ? 1.35 : 1.25));

/** The baseline of a line whose box starts at `top`. */
export const baseline = (top: number, font: Font) => top + (lineHeight(font) - font.size) / 2 + font.size * 0.8;
