/** What an embed shows around the timeline: a compact filter row and a footer that cites the sources. */
import { viewLink } from '../io/viewLink';
import { useMemo, useState } from 'react';
import { hasActiveFilters } from '../data/queryVisible';
import { sourcesLine } from '../i18n/sourcesLine';
import { SearchBox } from '../ui/SearchBox';
import { DisputedChip, FilterChips } from '../ui/FilterChips';
import { useTimeline, useTimelineStore } from '../store/StoreContext';
import { useMessages } from '../i18n/useMessages';
import { eventCount, formatCount } from '../i18n/messages';
import { selectFilteredCount, selectFilters, selectIndex } from '../store/selectors';

/** The title first, as a reader of the page expects, and the description on one line with "More". */
export function EmbedTitle() {
  const index = useTimeline(selectIndex);
  const t = useMessages();
  const [open, setOpen] = useState(false);
  if (!index) return null;
  const { title, description, locale } = index.dataset;
  return (
    <header className="embed-header">
      <h1 className="embed-title" lang={locale} dir="auto">
        {title}
      </h1>
      {description && (
        <div className="embed-description" data-open={open}>
          <p id="embed-description" lang={locale} dir="auto">
            {description}
          </p>
          <button type="button" className="link-button" aria-expanded={open} aria-controls="embed-description" onClick={() => setOpen(!open)}>
            {open ? t.showLess : t.showMore}
          </button>
        </div>
      )}
    </header>
  );
}

export function EmbedFilters() {
  const store = useTimelineStore();
  const index = useTimeline(selectIndex);
  const filters = useTimeline(selectFilters);
  const matching = useTimeline(selectFilteredCount);
  const t = useMessages();
  if (!index) return null;
  const s = () => store.getState();
  return (
    <section className="filters embed-filters" aria-label={t.filters}>
      <SearchBox placeholder={t.searchShort} />
      <FilterChips label={t.actors} items={index.dataset.actors} selected={filters.actors} onToggle={(id) => s().toggleActor(id)} />
      <DisputedChip />
      <p className="match-count" aria-live="polite">
        {hasActiveFilters(filters) ? t.matchShort(formatCount(matching), formatCount(index.events.length)) : eventCount(index.events.length)}
      </p>
      {hasActiveFilters(filters) && (
        <button type="button" className="clear" onClick={() => s().clearFilters()}>
          {t.clear}
        </button>
      )}
    </section>
  );
}

export function EmbedFooter() {
  const index = useTimeline(selectIndex);
  const store = useTimelineStore();
  const t = useMessages();
  const line = useMemo(() => (index ? sourcesLine(index.events, 8, t, index.dataset.sources) : ''), [index, t]);
  if (!index) return null;
  const fullView = () => {
    return viewLink(store.getState(), { embed: undefined });
  };
  return (
    <footer className="embed-footer">
      <p className="embed-sources">{line}</p>
      <a href={fullView()} target="_blank" rel="noopener" onClick={(e) => (e.currentTarget.href = fullView())}>
        {t.openFullView}
      </a>
    </footer>
  );
}
