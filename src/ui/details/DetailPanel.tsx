/** The selected event in full: date at its precision, media (ui/media), summary, money, quotes, disagreement, sources (DetailSources.tsx), links to related events. Dataset text is text or rich text drawn as elements (ui/text), never markup. */
import { useEffect, useRef, type RefObject } from 'react';
import { useMarkAboveSheet } from './useMarkAboveSheet';
import type { DatasetIndex } from '../../data/buildIndex';
import { connectionsOf, groupConnections } from '../../data/relations';
import { sourceLabel } from '../../data/sourceLabel';
import type { TimelineEvent } from '../../data/types';
import { formatAtPrecision, formatEventDate, formatMoney } from '../../i18n/format';
import { useTimeline, useTimelineStore } from '../../store/StoreContext';
import { useMessages } from '../../i18n/useMessages';
import { selectIndex, selectSelectedId } from '../../store/selectors';
import { DetailSources } from './DetailSources';
import { CiteEvent } from './CiteEvent';
import { announce, focused, focusFirst, markOf } from '../announce';
import { moreMessages, useMoreMessages } from '../../i18n/more/more';
import { MediaList } from '../media/MediaList';
import { BackdropBanner, accentStyle } from '../media/BackdropBanner';
import { RichText } from '../text/RichText';
import './DetailPanel.css';

/** Whether focus is inside the panel: a panel that goes away with focus in it hands focus on. */
let focusInside = false;
const onFocusIn = () => (focusInside = true);
const onFocusOut = (e: React.FocusEvent) => {
  if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) focusInside = false;
};

/**
 * When the panel closes (its × button, Escape, a click away) with focus inside it, focus goes to the
 * event's mark (found by `data-event-id`, whatever its role), else its item in the list, else the
 * timeline's tab stop, never to the page; and the live region says the details closed.
 */
function useFocusBackOnClose(selectedId: string | null, inside: RefObject<Element | null>) {
  const last = useRef<string | null>(null);
  // The document the panel is in, or a web component's shadow root: where the mark is looked for.
  const root = useRef<ParentNode | null>(null);
  useEffect(() => {
    if (selectedId) last.current = selectedId;
    root.current = (inside.current?.getRootNode() as ParentNode | undefined) ?? null;
  }, [selectedId, inside]);
  useEffect(
    () => () => {
      const id = last.current;
      if (!focusInside || !id) return;
      focusInside = false;
      // After the commit that removed the panel, once the mark may have been redrawn.
      requestAnimationFrame(() => {
        const active = focused();
        // Focus that went nowhere is on the page, or in a web component's shadow root on nothing.
        if (active && active !== document.body && !active.shadowRoot) return;
        focusFirst([markOf(id), `[data-list-id="${CSS.escape(id)}"] button`, '[data-testid=timeline] [tabindex="0"]'], root.current ?? document);
        announce(moreMessages().detailsClosed);
      });
    },
    [],
  );
}

export function DetailPanel() {
  const store = useTimelineStore();
  const index = useTimeline(selectIndex);
  const selectedId = useTimeline(selectSelectedId);
  const event = selectedId ? index?.byId.get(selectedId) : undefined;
  const heading = useRef<HTMLHeadingElement>(null);
  const t = useMessages();
  const more = useMoreMessages();
  const followed = useRef(false);
  const panel = useRef<HTMLElement>(null);
  useMarkAboveSheet(panel, selectedId);
  useFocusBackOnClose(selectedId, heading);
  useEffect(() => {
    heading.current?.scrollIntoView?.({ block: 'nearest' });
    // Following a related link replaces the panel's content, and the clicked button with it: keep focus in the panel.
    if (followed.current) heading.current?.focus();
    followed.current = false;
  }, [selectedId]);
  if (!event || !index) return null;
  const connections = connectionsOf(index, event.id);
  const groups = groupConnections(connections);
  const select = (id: string | null) => store.getState().select(id);
  return (
    <aside
      className={event.backdrop?.color ? 'detail accented' : 'detail'}
      style={accentStyle(event.backdrop)}
      ref={panel}
      aria-labelledby="detail-title"
      onFocus={onFocusIn}
      onBlur={onFocusOut}
    >
      <button type="button" className="detail-close" aria-label={more.closeDetails} onClick={() => select(null)}>
        ×
      </button>
      <BackdropBanner key={event.id} backdrop={event.backdrop} />
      <p className="detail-date">{formatEventDate(event)}</p>
      <h2 id="detail-title" ref={heading} tabIndex={-1} lang={index.dataset.locale} dir="auto">
        {event.title}
      </h2>
      <EventTags event={event} index={index} />
      {event.media && <MediaList media={event.media} title={event.title} lang={index.dataset.locale} t={more} />}
      {event.summary && <RichText className="detail-summary" text={event.summary} lang={index.dataset.locale} />}
      {event.amounts.length > 0 && (
        <ul className="amounts" aria-label={t.amounts}>
          {event.amounts.map((a, i) => (
            <li key={i}>
              <strong>{formatMoney(a.value, a.currency)}</strong>
              {a.label && <span> {a.label}</span>}
            </li>
          ))}
        </ul>
      )}
      {event.disputed && (
        <div className="disputed" role="note">
          <strong>{more.sourcesDisagree}</strong>
          <p>{event.disputed}</p>
        </div>
      )}
      {event.quotes.map((q, i) => (
        <figure className="quote" key={i}>
          <blockquote>“{q.text}”</blockquote>
          {(q.by || q.where || q.date || q.source) && (
            <figcaption>
              —{' '}
              {[q.by, q.where, q.date && formatAtPrecision(q.date), q.source && more.quotedIn(sourceLabel(q.source, t.reportedBy))].filter(Boolean).join(', ')}
            </figcaption>
          )}
        </figure>
      ))}
      {event.sources.length > 0 && <DetailSources sources={event.sources} />}
      {connections.length > 0 && (
        <section aria-labelledby="detail-related">
          <h3 id="detail-related">{more.relatedEvents}</h3>
          {groups.map(({ label, events }, i) => (
            <div key={label ?? ''} className="related-group">
              {/* One label per group; a lone unlabelled group needs none under "Related events". */}
              {(label !== null || groups.length > 1) && (
                <h4 className="relation" id={`detail-relation-${i}`} lang={label ? index.dataset.locale : undefined} dir={label ? 'auto' : undefined}>
                  {label ?? t.related}
                </h4>
              )}
              <ul className="related" aria-labelledby={label !== null || groups.length > 1 ? `detail-relation-${i}` : 'detail-related'}>
                {events.map((other) => (
                  <li key={other.id}>
                    <button
                      type="button"
                      className="related-link"
                      onClick={() => {
                        followed.current = true;
                        select(other.id);
                      }}
                    >
                      <span className="related-date">{formatEventDate(other)}</span> {other.title}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
      <CiteEvent event={event} index={index} />
    </aside>
  );
}

function EventTags({ event, index }: { event: TimelineEvent; index: DatasetIndex }) {
  const { actors, categories } = index.dataset;
  const category = categories.find((c) => c.id === event.category);
  return (
    <p className="detail-tags">
      {event.actors.map((id) => {
        const actor = actors.find((a) => a.id === id);
        return (
          <span key={id} className="tag" style={{ '--tag': actor?.color } as React.CSSProperties}>
            {actor?.label ?? id}
          </span>
        );
      })}
      {category && <span className="tag tag-category">{category.label}</span>}
    </p>
  );
}
