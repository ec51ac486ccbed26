/** What an embed shows around the timeline: a compact filter row and a footer that cites the sources. */
import { viewLink } from '../io/viewLink';
import { useMemo } from 'react';
import { hasActiveFilters } from '../data/queryVisible';
import { sourcesLine } from '../i18n/sourcesLine';
import { SearchBox } from '../ui/SearchBox';
import { DisputedChip, FilterChips } from '../ui/FilterChips';
import { useTimeline, useTimelineStore } from '../store/StoreContext';
import { useMessages } from '../i18n/useMessages';
import { eventCount, formatCount } from '../i18n/messages';
import { selectFilteredCount, selectFilters, selectIndex } from '../store/selectors';

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
      <h1 className="embed-title" lang={index.dataset.locale}>
        {index.dataset.title}
      </h1>
      <p className="embed-sources">{line}</p>
      <a href={fullView()} target="_blank" rel="noopener" onClick={(e) => (e.currentTarget.href = fullView())}>
        {t.openFullView}
      </a>
    </footer>
  );
}
