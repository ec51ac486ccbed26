/** What an embed shows around the timeline: a compact filter row and a footer that cites the sources. */
import { useMemo } from 'react';
import { hasActiveFilters } from '../data/queryVisible';
import { sourcesLine } from '../export/sourcesLine';
import { SearchBox } from '../ui/SearchBox';
import { FilterChips } from '../ui/FilterChips';
import { useTimeline, useTimelineStore } from '../store/StoreContext';
import { selectFilteredEvents, selectFilters, selectIndex } from '../store/selectors';
import { paramsFromState } from '../url/stateParams';
import { formatViewParams } from '../url/viewParams';

export function EmbedFilters() {
  const store = useTimelineStore();
  const index = useTimeline(selectIndex);
  const filters = useTimeline(selectFilters);
  const matching = useTimeline(selectFilteredEvents).length;
  if (!index) return null;
  const s = () => store.getState();
  return (
    <section className="filters embed-filters" aria-label="Filters">
      <SearchBox placeholder="Search" />
      <FilterChips label="Actors" items={index.dataset.actors} selected={filters.actors} onToggle={(id) => s().toggleActor(id)} />
      <p className="match-count" aria-live="polite">
        {hasActiveFilters(filters) ? `${matching} of ${index.events.length}` : `${index.events.length} events`}
      </p>
      {hasActiveFilters(filters) && (
        <button type="button" className="clear" onClick={() => s().clearFilters()}>Clear</button>
      )}
    </section>
  );
}

export function EmbedFooter() {
  const index = useTimeline(selectIndex);
  const store = useTimelineStore();
  const line = useMemo(() => (index ? sourcesLine(index.events, 8) : ''), [index]);
  if (!index) return null;
  const fullView = () => {
    const search = formatViewParams({ ...paramsFromState(store.getState()), embed: undefined, data: new URLSearchParams(location.search).get('data') ?? undefined });
    return `${location.origin}${location.pathname}${search}`;
  };
  return (
    <footer className="embed-footer">
      <h1 className="embed-title">{index.dataset.title}</h1>
      <p className="embed-sources">{line}</p>
      <a href={fullView()} target="_blank" rel="noopener" onClick={(e) => (e.currentTarget.href = fullView())}>
        Open full view
      </a>
    </footer>
  );
}
