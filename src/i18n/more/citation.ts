/**
 * "Cite this event": one event as a reference in APA (7th ed.), MLA (9th ed.) or Chicago
 * (notes and bibliography) style, for a student's essay. The catalogue words each style in the page's
 * language (`citation` in en-more.ts and the other catalogues); this file prepares the parts and makes
 * two copies: plain text, and HTML with the timeline's title in italics for word processors. Dataset
 * text is escaped for the HTML copy, never interpreted.
 */
import { escapeHtml } from '../../data/text/escapeHtml';

export const CITATION_STYLES = ['apa', 'mla', 'chicago'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

/** What a citation names, each part already in words. */
export interface CitationParts {
  /** The event's title. */
  title: string;
  /** The event's date at its precision ("27 Apr 2026", "Feb 2026"). */
  date: string;
  /** The dataset's title: the container, set in italics. */
  timeline: string;
  /** The event's sources, as their labels, "; "-separated; empty when it names none. */
  sources: string;
  /** The day the reader looked, in the style's form (see accessDate). */
  accessed: string;
  /** The link to exactly this view; null when it cannot be linked (a file opened from disk). */
  url: string | null;
}

export type CitationWords = Record<CitationStyle, (parts: CitationParts) => string>;

export function formatCitation(style: CitationStyle, parts: CitationParts, words: CitationWords): { text: string; html: string } {
  const text = words[style](parts);
  const escaped: CitationParts = {
    title: escapeHtml(parts.title),
    date: escapeHtml(parts.date),
    timeline: `<i>${escapeHtml(parts.timeline)}</i>`,
    sources: escapeHtml(parts.sources),
    accessed: escapeHtml(parts.accessed),
    url: parts.url && escapeHtml(parts.url),
  };
  return { text, html: words[style](escaped) };
}

/** MLA abbreviates months of more than four letters, with a full stop (its handbook, 9th ed., appendix 1). */
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/**
 * The access date as the style writes it: APA and Chicago "December 4, 2026", MLA "4 Dec. 2026" in
 * English; other languages their own long or short form. The reader's calendar day, in their time zone.
 */
export function accessDate(day: Date, style: CitationStyle, lang: string): string {
  if (style === 'mla') {
    if (lang === 'en') return `${day.getDate()} ${MLA_MONTHS[day.getMonth()]} ${day.getFullYear()}`;
    return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric' }).format(day);
  }
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-US' : lang, { dateStyle: 'long' }).format(day);
}
