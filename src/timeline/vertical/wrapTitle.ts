/**
 * A title in lines of at most `room` px, word by word, for a card on the vertical timeline:
 * e.g. wrapTitle('Microsoft invests $1 billion in OpenAI', 120, m, 3) → ['Microsoft invests $1', 'billion in OpenAI'].
 * Past `maxLines` the last line ends in an ellipsis (the whole title is in the card's accessible name).
 * A word longer than a line is cut inside, with a hyphen-free ellipsis, so nothing ever overflows.
 */
export function wrapTitle(title: string, room: number, measure: (text: string) => number, maxLines: number): string[] {
  const words = title.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  for (; i < words.length; i++) {
    const word = words[i]!;
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate) <= room) {
      line = candidate;
      continue;
    }
    if (line) {
      lines.push(line);
      line = '';
      i--;
      if (lines.length === maxLines) break;
      continue;
    }
    // A single word wider than the line: cut it where it fits.
    lines.push(cutToFit(word, room, measure));
    if (lines.length === maxLines) {
      i++;
      break;
    }
  }
  if (line && lines.length < maxLines) {
    lines.push(line);
    return lines;
  }
  if (i < words.length) lines[lines.length - 1] = withEllipsis(lines[lines.length - 1]!, room, measure);
  return lines;
}

/** The line with "…" after it, dropping words (or letters) from its end until both fit. */
function withEllipsis(line: string, room: number, measure: (text: string) => number): string {
  let text = line.replace(/…$/, '');
  while (text && measure(`${text}…`) > room) {
    const space = text.lastIndexOf(' ');
    text = space > 0 ? text.slice(0, space) : text.slice(0, -1);
  }
  return `${text.replace(/[\s,;:.–-]+$/, '')}…`;
}

/** The longest start of `word` that fits with "…": a binary search, so a 200,000-letter word stays fast. */
function cutToFit(word: string, room: number, measure: (text: string) => number): string {
  let lo = 1;
  // No glyph is narrower than 2 px: more letters than room / 2 cannot fit.
  let hi = Math.min(word.length, Math.ceil(room / 2));
  while (lo < hi) {
    const n = (lo + hi + 1) >> 1;
    if (measure(`${word.slice(0, n)}…`) <= room) lo = n;
    else hi = n - 1;
  }
  return `${word.slice(0, lo)}…`;
}
