/**
 * A small Markdown subset for summaries, captions and credits (issue 22): paragraphs (a blank line
 * between), lists (lines starting "- ", "* " or "1. "), **strong**, *emphasis* (or _emphasis_), and
 * [links](https://…) whose address is http:, https: or mailto: (any other stays text). Parsed into a
 * tree that ui/text/RichText.tsx draws as React elements: never markup, never evaluated. Plain-text
 * places (marks, the list, <title>, search) take `plainOf`. A backslash keeps the next mark literal.
 */
import { safeUrl } from '../safeValues';

export type Inline = string | { strong: Inline[] } | { em: Inline[] } | { link: string; children: Inline[] };
export type Block = { p: Inline[] } | { ul: Inline[][] } | { ol: Inline[][] };

const BULLET = /^\s*[-*]\s+/;
const NUMBER = /^\s*\d{1,3}[.)]\s+/;

export function parseRich(text: string): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((l) => l.trim());
    if (!lines.length) continue;
    // A list is lines that all start as items (a wrapped line continues the item before it).
    const kind = BULLET.test(lines[0]!) ? 'ul' : NUMBER.test(lines[0]!) ? 'ol' : null;
    if (kind) {
      const marker = kind === 'ul' ? BULLET : NUMBER;
      const items: string[] = [];
      for (const line of lines) {
        if (marker.test(line)) items.push(line.replace(marker, ''));
        else items[items.length - 1] += ` ${line.trim()}`;
      }
      blocks.push(kind === 'ul' ? { ul: items.map(parseInline) } : { ol: items.map(parseInline) });
    } else blocks.push({ p: parseInline(lines.map((l) => l.trim()).join('\n')) });
  }
  return blocks;
}

/** Emphasis opens before a word and closes after one, so "2 * 3 * 4" and snake_case stay as written. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let plain = '';
  const flush = () => {
    if (plain) out.push(plain);
    plain = '';
  };
  for (let i = 0; i < text.length;) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length && /[\\*_[\]()]/.test(text[i + 1]!)) {
      plain += text[i + 1];
      i += 2;
      continue;
    }
    if (c === '[') {
      const m = /^\[((?:\\.|[^\]\\])+)\]\(([^()\s]+)\)/.exec(text.slice(i));
      const href = m ? safeUrl(m[2]!) : null;
      if (m && href) {
        flush();
        out.push({ link: href, children: parseInline(m[1]!) });
        i += m[0].length;
        continue;
      }
    }
    if (c === '*' || c === '_') {
      const strong = text[i + 1] === c;
      const mark = strong ? c + c : c;
      const after = text[i + mark.length];
      const before = text[i - 1];
      const opens = after !== undefined && !/\s/.test(after) && (c === '*' || before === undefined || !/[\p{L}\p{N}]/u.test(before));
      const close = opens ? findClose(text, i + mark.length, mark) : -1;
      if (close > 0) {
        flush();
        const inner = parseInline(text.slice(i + mark.length, close));
        out.push(strong ? { strong: inner } : { em: inner });
        i = close + mark.length;
        continue;
      }
    }
    plain += c;
    i++;
  }
  flush();
  return out;
}

/** Where `mark` closes an emphasis opened before `from`: after a non-space, and for _ before no word character. */
function findClose(text: string, from: number, mark: string): number {
  for (let j = from + 1; j <= text.length - mark.length; j++) {
    if (text[j - 1] === '\\') continue;
    if (text.slice(j, j + mark.length) !== mark || /\s/.test(text[j - 1]!)) continue;
    // "**a**": a single * does not close at the first of two.
    if (mark.length === 1 && text[j + 1] === mark) continue;
    if (mark[0] === '_' && /[\p{L}\p{N}]/u.test(text[j + mark.length] ?? '')) continue;
    return j;
  }
  return -1;
}

/** The words alone: links as their text, lists as lines, paragraphs one after another. */
export function plainOf(text: string): string {
  // Most text has no mark at all: the list calls this for every event it draws.
  if (!isRich(text)) return text;
  const inline = (nodes: Inline[]): string =>
    nodes.map((n) => (typeof n === 'string' ? n : 'strong' in n ? inline(n.strong) : 'em' in n ? inline(n.em) : inline(n.children))).join('');
  return parseRich(text)
    .map((b) => ('p' in b ? inline(b.p) : ('ul' in b ? b.ul : b.ol).map((item) => inline(item)).join('; ')))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether the text has any mark this reads: plain text (the most of it) draws as it is. */
export const isRich = (text: string): boolean => /[*_[\n\\]/.test(text);
