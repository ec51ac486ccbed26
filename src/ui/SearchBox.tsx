import { useTimeline, useTimelineStore } from '../store/StoreContext';
import { useMessages } from '../i18n/useMessages';
import { selectFilters } from '../store/selectors';

/** The free-text filter; `/` focuses it (commands look for `input.search`). */
export function SearchBox({ placeholder }: { placeholder: string }) {
  const store = useTimelineStore();
  const t = useMessages();
  const query = useTimeline(selectFilters).query;
  return (
    <input
      type="search"
      className="search"
      aria-label={t.search}
      placeholder={placeholder}
      value={query}
      onChange={(e) => store.getState().setQuery(e.target.value)}
    />
  );
}
