/**
 * "Cite this event" in the detail panel: the event as a reference in APA, MLA or Chicago style, with
 * its date, its sources and the link to exactly this view; one click copies it (plain text, and HTML
 * with the timeline's title in italics for word processors). The style is chosen once and remembered.
 */
import { useId, useState } from 'react';
import type { DatasetIndex } from '../../data/buildIndex';
import { sourceLabel } from '../../data/sourceLabel';
import type { Source, TimelineEvent } from '../../data/types';
import { accessDate, CITATION_STYLES, formatCitation, type CitationStyle } from '../../i18n/more/citation';
import { useMoreMessages } from '../../i18n/more/more';
import { useTimeline, useTimelineStore } from '../../store/StoreContext';
import { selectLang, selectUserDataset } from '../../store/selectors';
import { formatAtPrecision, formatEventDate } from '../../i18n/format';
import { viewLink } from '../../io/viewLink';
import './CiteEvent.css';

const STYLE_KEY = 'chronicle:citation-style';
const STYLE_NAMES: Record<CitationStyle, string> = { apa: 'APA', mla: 'MLA', chicago: 'Chicago' };

function savedStyle(): CitationStyle {
  try {
    const saved = localStorage.getItem(STYLE_KEY);
    return (CITATION_STYLES as readonly string[]).includes(saved ?? '') ? (saved as CitationStyle) : 'apa';
  } catch {
    return 'apa';
  }
}

/** A source as a reference names it: label, headline, date ("Axios, “OpenAI breaks free…”, 28 Apr 2026"). */
function citedSource(s: Source, t: ReturnType<typeof useMoreMessages>): string {
  return [sourceLabel(s, t.reportedBy), s.title && t.headline(s.title), s.date && formatAtPrecision(s.date)].filter(Boolean).join(', ');
}

export function CiteEvent({ event, index }: { event: TimelineEvent; index: DatasetIndex }) {
  const store = useTimelineStore();
  const t = useMoreMessages();
  const lang = useTimeline(selectLang);
  // A file opened from disk has no address: its citation names no link rather than the wrong one.
  const local = useTimeline(selectUserDataset) !== null;
  const [style, setStyle] = useState(savedStyle);
  const [status, setStatus] = useState('');
  // The day the reader looked: read once, not on every render.
  const [today] = useState(() => new Date());
  const textId = useId();
  const citation = formatCitation(
    style,
    {
      title: event.title,
      date: formatEventDate(event),
      timeline: index.dataset.title,
      sources: event.sources.map((s) => citedSource(s, t)).join('; '),
      accessed: accessDate(today, style, lang),
      url: local ? null : viewLink(store.getState(), { embed: undefined, event: event.id }),
    },
    t.citation,
  );
  const choose = (next: CitationStyle) => {
    setStyle(next);
    setStatus('');
    try {
      localStorage.setItem(STYLE_KEY, next);
    } catch {
      // Storage may be off (private mode, a sandboxed frame): the choice lasts for this page.
    }
  };
  const copy = async () => {
    try {
      const clipboard = navigator.clipboard;
      if (typeof ClipboardItem === 'undefined') await clipboard.writeText(citation.text);
      else {
        const blob = (text: string, type: string) => new Blob([text], { type });
        const item = new ClipboardItem({ 'text/plain': blob(citation.text, 'text/plain'), 'text/html': blob(citation.html, 'text/html') });
        // Some browsers refuse HTML on the clipboard: the plain text is what matters.
        await clipboard.write([item]).catch(() => clipboard.writeText(citation.text));
      }
      setStatus(t.citationCopied);
    } catch {
      // No clipboard (an insecure page, a sandboxed frame): select the text so the keyboard can copy it.
      const node = document.getElementById(textId);
      if (node) getSelection()?.selectAllChildren(node);
      setStatus(t.citationNotCopied);
    }
  };
  return (
    <details className="cite">
      <summary>{t.citeThisEvent}</summary>
      <fieldset className="cite-styles">
        <legend>{t.citationStyle}</legend>
        {CITATION_STYLES.map((s) => (
          <label key={s}>
            <input type="radio" name={`${textId}-style`} value={s} checked={style === s} onChange={() => choose(s)} />
            {STYLE_NAMES[s]}
          </label>
        ))}
      </fieldset>
      <p className="cite-text" id={textId} lang={index.dataset.locale}>
        {citation.text}
      </p>
      <button type="button" className="cite-copy" onClick={copy}>
        {t.copyCitation}
      </button>
      <span className="cite-status" role="status">
        {status}
      </span>
    </details>
  );
}
