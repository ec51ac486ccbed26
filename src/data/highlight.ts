/**
 * Splits text into matched and unmatched pieces for the search terms, ignoring case and accents
 * ("societe" marks "Société"). Matching runs on folded text; each folded character remembers the
 * original character it came from, so the marks land on the original text.
 */
import { foldText } from './buildIndex';

export interface Segment {
  text: string;
  match: boolean;
}

export function queryTerms(query: string): string[] {
  return foldText(query).split(/\s+/).filter(Boolean);
}

export function highlight(text: string, terms: string[]): Segment[] {
  if (terms.length === 0 || text === '') return [{ text, match: false }];
  let folded = '';
  const origin: number[] = [];
  let offset = 0;
  for (const char of text) {
    const f = foldText(char);
    folded += f;
    for (let k = 0; k < f.length; k++) origin.push(offset);
    offset += char.length;
  }
  origin.push(text.length);
  const marked = new Uint8Array(text.length);
  for (const term of terms) {
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
      const start = origin[at]!;
      const end = origin[at + term.length]!;
      marked.fill(1, start, end);
    }
  }
  const segments: Segment[] = [];
  for (let i = 0; i < text.length;) {
    let j = i;
    while (j < text.length && marked[j] === marked[i]) j++;
    segments.push({ text: text.slice(i, j), match: marked[i] === 1 });
    i = j;
  }
  return segments;
}
