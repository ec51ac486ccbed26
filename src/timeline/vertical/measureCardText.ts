/**
 * The width of a card's title text as the browser will draw it (12.5 px, the page's font), so lines
 * wrap where the text really ends; `estimateTextWidth` (7 px a character) where there is no canvas
 * (tests, jsdom), which wraps a little early and never overflows.
 */
import { estimateTextWidth } from '../../view/textWidth';
import { labelFont } from '../labelFont';

let measure: ((text: string) => number) | null = null;

export function cardTextMeasure(): (text: string) => number {
  if (measure) return measure;
  // jsdom has no canvas (and says so on the console): the estimate keeps snapshots stable there.
  const context = typeof document === 'undefined' || /jsdom/.test(navigator.userAgent) ? null : safeContext();
  if (!context) return estimateTextWidth;
  context.font = labelFont();
  const cache = new Map<string, number>();
  measure = (text: string) => {
    let w = cache.get(text);
    if (w === undefined) {
      // A pixel of slack for the bold type of a selected card and rounding.
      w = context.measureText(text).width * 1.04 + 1;
      if (cache.size > 5000) cache.clear();
      cache.set(text, w);
    }
    return w;
  };
  return measure;
}

function safeContext(): CanvasRenderingContext2D | null {
  try {
    return document.createElement('canvas').getContext('2d');
  } catch {
    return null;
  }
}
