/**
 * Label widths as the browser will draw them, so a label is cut only when it truly lacks the room
 * (the layout's 7 px-a-character estimate wastes about a fifth of it). Measured on a canvas in the
 * labels' font, and remembered per text. Selected labels are bold, about 6% wider: the margin keeps
 * them clear of their neighbours too.
 */
import { estimateTextWidth } from '../../view/textWidth';
import { labelFont } from '../labelFont';

const BOLD_MARGIN = 1.06;
const MAX_REMEMBERED = 20_000;

let context: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();

function canvas(): CanvasRenderingContext2D | null {
  if (context !== undefined) return context;
  // jsdom has no canvas (and says so on the console): tests lay out by the estimate.
  if (typeof document === 'undefined' || navigator.userAgent.includes('jsdom')) return (context = null);
  context = document.createElement('canvas').getContext('2d');
  if (context) context.font = labelFont();
  return context;
}

/** Width in px of a mark label at type size 1. */
export function measureLabel(text: string): number {
  let w = widths.get(text);
  if (w === undefined) {
    const ctx = canvas();
    w = ctx ? Math.ceil(ctx.measureText(text).width * BOLD_MARGIN) : estimateTextWidth(text);
    if (widths.size >= MAX_REMEMBERED) widths.clear();
    widths.set(text, w);
  }
  return w;
}
