/**
 * Greedy line wrapping for the exported image, with the text measurer passed in (a canvas in the
 * browser, a fixed width per character in tests), so the layout stays pure. Breaks at spaces (not at no-break spaces), and
 * between any two CJK characters (Japanese and Chinese titles have no spaces); a word wider than a
 * line is broken between characters rather than cut or left to overflow.
 */

/** Width in px of `text` in the font the drawing will use. */
export type Measure = (text: string) => number;

// Han, kana, and CJK punctuation and full-width forms: a line may break before or after any of them.
const CJK = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** What a reader sees as characters: an emoji or an accented letter stays whole when a word is broken. */
export const graphemes = (text: string): string[] => Array.from(graphemeSegmenter.segment(text), (s) => s.segment);

/** Pieces a line may break between, each with the space that precedes it. e.g. "a bc" → ["a", " bc"] */
function pieces(text: string): string[] {
  const out: string[] = [];
  for (const word of text.trim().split(/[^\S\u00a0]+/u)) {
    if (!word) continue;
    const chars = graphemes(word);
    let run = out.length ? ' ' : '';
    for (const ch of chars) {
      if (CJK.test(ch) && run.trim()) {
        out.push(run);
        run = '';
      }
      run += ch;
      if (CJK.test(ch)) {
        out.push(run);
        run = '';
      }
    }
    if (run) out.push(run);
  }
  return out;
}

/** `text` in lines no wider than `width` (a single character wider than that still gets a line of its own). */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces(text)) {
    const candidate = line + piece;
    if (!line || measure(candidate) <= width) {
      line = candidate;
    } else {
      lines.push(line);
      line = piece.trimStart();
    }
    // Too long for any line: break it between characters.
    while (measure(line) > width && graphemes(line).length > 1) {
      const chars = graphemes(line);
      let n = chars.length - 1;
      while (n > 1 && measure(chars.slice(0, n).join('')) > width) n--;
      lines.push(chars.slice(0, n).join(''));
      line = chars.slice(n).join('');
    }
  }
  if (line) lines.push(line);
  return lines;
}
