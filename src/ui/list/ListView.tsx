/**
 * The events that pass the filters as a chronological list, grouped by year or period: the
 * screen-reader-friendly alternative to the timeline and the print view. Selection is shared with the timeline.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Period, TimelineEvent } from '../../data/types';
import { imageSource } from '../../data/media/providers';
import { firstPicture, isPicture } from '../media/firstPicture';
import { MediaImage } from '../media/MediaImage';
import { useMediaUrl } from '../media/mediaUrl';
import { tooLarge } from '../media/pictureSize';
import { plainOf } from '../../data/text/richText';
import { groupEvents, type EventGroup, type GroupBy } from '../../view/list/groupEvents';
import { queryTerms } from '../../data/highlight';
import { sourceLabel } from '../../data/sourceLabel';
import { formatEventDate, formatInstant } from '../../i18n/format';
import { yearStart } from '../../time/partialDate';
import { useTimeline, useTimelineStore } from '../../store/StoreContext';
import { useMoreMessages } from '../../i18n/more/more';
import { eventCount } from '../../i18n/messages';
import { selectFilteredEvents, selectFilters, selectIndex, selectSelectedId } from '../../store/selectors';
import { Highlighted } from './Highlighted';
import './ListView.css';
import './print.css';

const NO_PERIODS: Period[] = [];

/**
 * `scrollTopRef` keeps where the reader had scrolled to while the list is away (the timeline shown
 * instead), so coming back finds the same events.
 */
export function ListView({ scrollTopRef }: { scrollTopRef?: RefObject<number> }) {
  const store = useTimelineStore();
  const index = useTimeline(selectIndex);
  const events = useTimeline(selectFilteredEvents);
  const selectedId = useTimeline(selectSelectedId);
  const terms = queryTerms(useTimeline(selectFilters).query);
  const periods = index?.dataset.periods ?? NO_PERIODS;
  const [by, setBy] = useState<GroupBy>(periods.length ? 'period' : 'year');
  const groups = useMemo(() => groupEvents(events, periods, by), [events, periods, by]);
  const list = useRef<HTMLElement>(null);
  const t = useMoreMessages();
  // The timeline's own picture (TimelineJS's title slide), at the head of the list and of the printed page.
  const cover = firstPicture(index?.dataset.media);
  const actorLabel = useMemo(() => new Map(index?.dataset.actors.map((a) => [a.id, a.label])), [index]);

  useLayoutEffect(() => {
    if (list.current && scrollTopRef?.current) list.current.scrollTop = scrollTopRef.current;
  }, [scrollTopRef]);

  useEffect(() => {
    if (!selectedId) return;
    const items = list.current?.querySelectorAll<HTMLElement>('[data-list-id]') ?? [];
    [...items].find((el) => el.dataset.listId === selectedId)?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedId]);

  return (
    <section
      className="list-view"
      aria-labelledby="list-title"
      ref={list}
      onScroll={(e) => {
        if (scrollTopRef) scrollTopRef.current = e.currentTarget.scrollTop;
      }}
    >
      {cover && (
        <div className="list-cover">
          <MediaImage item={cover} lang={index?.dataset.locale} t={t} />
        </div>
      )}
      <div className="list-head">
        <h2 id="list-title">{eventCount(events.length)}</h2>
        <label className="group-by">
          {t.groupBy}{' '}
          <select value={by} onChange={(e) => setBy(e.target.value as GroupBy)}>
            <option value="period" disabled={!periods.length}>
              {t.byPeriod}
            </option>
            <option value="year">{t.byYear}</option>
          </select>
        </label>
      </div>
      {groups.map((group) => (
        <section key={group.key} className="list-group" aria-label={headingOf(group)}>
          <h3>{headingOf(group)}</h3>
          {group.period && (group.period.summary || group.period.sources.length > 0) && (
            <p className="list-period" lang={index?.dataset.locale} dir="auto">
              {plainOf(group.period.summary)}
              {group.period.sources.length > 0 && (
                <span className="list-meta"> {t.sourcesLine(group.period.sources.map((s) => sourceLabel(s, t.reportedBy)).join('; '), 0)}</span>
              )}
            </p>
          )}
          <ol>
            {group.events.map((event) => (
              <li key={event.id} data-list-id={event.id}>
                <button
                  type="button"
                  className="list-item"
                  aria-current={event.id === selectedId ? 'true' : undefined}
                  onClick={() => store.getState().select(event.id)}
                >
                  <span className="list-date">{formatEventDate(event)}</span>
                  <ListThumb media={event.media} />
                  <span className="list-title" lang={index?.dataset.locale} dir="auto">
                    <Highlighted text={event.title} terms={terms} />
                  </span>
                  {event.summary && (
                    <span className="list-summary" lang={index?.dataset.locale} dir="auto">
                      <Highlighted text={plainOf(event.summary)} terms={terms} />
                    </span>
                  )}
                  <span className="list-meta">
                    {event.actors.map((id) => actorLabel.get(id) ?? id).join(' · ')}
                    {event.sources.length > 0 && ` — ${t.sourcesLine(event.sources.map((s) => sourceLabel(s, t.reportedBy)).join('; '), 0)}`}
                  </span>
                </button>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}

/**
 * The event's first picture (or the picture a video or post supplies as its thumbnail), small, for
 * the eye and the printed page: part of the event's button, so it adds nothing to the button's name
 * (the detail panel describes it). No third-party request beyond the dataset's own picture files.
 */
function ListThumb({ media }: { media: TimelineEvent['media'] }) {
  const mediaUrl = useMediaUrl();
  const [failed, setFailed] = useState(false);
  const item = media?.find((m) => m.thumbnail || isPicture(m));
  // One that does not load leaves no broken icon: the event's words are all the button needs.
  if (!item || failed) return null;
  return (
    <img
      className="list-thumb"
      src={mediaUrl(item.thumbnail ?? imageSource(item.url))}
      alt=""
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
      onError={() => setFailed(true)}
      onLoad={(e) => tooLarge(e.currentTarget) && setFailed(true)}
    />
  );
}

/** A period's title, or its year as the language writes it ("490 BCE", "66 million years ago"). */
const headingOf = (group: EventGroup) => (group.period ? group.heading : formatInstant(yearStart(Number(group.heading)), 'year'));
