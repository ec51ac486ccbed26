/**
 * A source's name wherever it is shown (detail panel, list and print, exports, the no-JS page, search):
 * its name, and who reported it when it came second-hand ("Financial Times, as reported by Axios").
 * The words come from the caller: data holds no words (`t.reportedBy` from src/i18n).
 */
import type { Source } from './types';

/** ("Financial Times", "Axios") → "Financial Times, as reported by Axios", in the reader's language. */
export type ReportedBy = (name: string, reporter: string) => string;

/** Validation leaves no loop in `via`; this bound keeps a hand-made one from recursing for ever. */
const MAX_DEPTH = 16;

export function sourceLabel(source: Source, reportedBy: ReportedBy, depth = 0): string {
  return source.via && depth < MAX_DEPTH ? reportedBy(source.name, sourceLabel(source.via, reportedBy, depth + 1)) : source.name;
}

/**
 * Where a source's label links: its own url, else its reporter's, the article in which the
 * second-hand report can be read (the label names that reporter).
 */
export function sourceHref(source: Source): string | undefined {
  let s: Source | undefined = source;
  for (let depth = 0; s && depth <= MAX_DEPTH; s = s.via, depth++) if (s.url) return s.url;
  return undefined;
}
