/** Search, actor, category and disputed chips, lane mode, the match count, and one-click clearing. */
import { hasActiveFilters } from '../../data/queryVisible';
import { SearchBox } from '../../ui/SearchBox';
import { DisputedChip, FilterChips } from '../../ui/FilterChips';
import type { LaneMode } from '../../data/lanes';
import { laneModeLabel } from '../../i18n/laneWords';
import { useTimeline, useTimelineStore } from '../../store/StoreContext';
import { useMessages } from '../../i18n/useMessages';
import { announce, focusFirst } from '../../ui/announce';
import { eventCount, formatCount } from '../../i18n/messages';
import { selectFilteredCount, selectFilters, selectIndex, selectLanes, selectPeriodId, selectView } from '../../store/selectors';

const LANE_MODES: LaneMode[] = ['actor', 'category', 'none'];

/** Timeline alone, or timeline above the list of the same events. */
function ViewSwitch() {
  const store = useTimelineStore();
  const view = useTimeline(selectView);
  const t = useMessages();
  return (
    <div className="segmented" role="group" aria-label={t.toolbar}>
      {(['timeline', 'list'] as const).map((v) => (
        <button key={v} type="button" aria-pressed={view === v} onClick={() => store.getState().setView(v)}>
          {v === 'timeline' ? t.timelineView : t.listView}
        </button>
      ))}
    </div>
  );
}

/**
 * On phones and tablets, in the header: one button that switches to the other view ("List" over the
 * timeline, "Timeline" over the list), in a group named as the filter bar's switch is.
 */
export function ViewToggle() {
  const store = useTimelineStore();
  const view = useTimeline(selectView);
  const t = useMessages();
  return (
    <div className="view-toggle" role="group" aria-label={t.toolbar}>
      <button type="button" onClick={() => store.getState().setView(view === 'list' ? 'timeline' : 'list')}>
        {view === 'list' ? t.timelineView : t.listView}
      </button>
    </div>
  );
}

/** Jumps the window to one of the dataset's periods. */
function PeriodPicker() {
  const store = useTimelineStore();
  const index = useTimeline(selectIndex);
  const periodId = useTimeline(selectPeriodId);
  const t = useMessages();
  const periods = index?.dataset.periods ?? [];
  if (periods.length === 0) return null;
  return (
    <label className="period-select">
      <span className="visually-hidden">{t.zoomToPeriod}</span>
      <select
        value={periodId ?? ''}
        onChange={(e) => {
          const period = periods.find((p) => p.id === e.target.value);
          if (period) store.getState().showPeriod(period.id);
          else store.getState().fitAll();
          // The jump happens out of sight of whoever is on the select: say where it went.
          announce(period ? t.periodShown(period.title) : t.wholeTimelineShown);
        }}
      >
        <option value="">{t.allPeriods}</option>
        {periods.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title}
          </option>
        ))}
      </select>
    </label>
  );
}

/** How many filters are on: each chosen actor and category, the search, and the disputed toggle. */
function activeFilterCount(f: { actors: string[] | null; categories: string[] | null; query: string; disputed: boolean }): number {
  return (f.actors?.length ?? 0) + (f.categories?.length ?? 0) + (f.query.trim() ? 1 : 0) + (f.disputed ? 1 : 0);
}

/** On phones and tablets: the one button the filter bar waits behind, with how many filters are on. */
export function FiltersToggle({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  const count = activeFilterCount(useTimeline(selectFilters));
  const t = useMessages();
  return (
    <button type="button" className="filters-toggle" aria-expanded={open} aria-controls="filters" onClick={onToggle}>
      {t.filters}
      {count > 0 && <span className="filters-count"> {formatCount(count)}</span>}
    </button>
  );
}

export function FilterBar({ open = true, viewSwitch = true }: { open?: boolean; viewSwitch?: boolean }) {
  const store = useTimelineStore();
  const index = useTimeline(selectIndex);
  const filters = useTimeline(selectFilters);
  const matching = useTimeline(selectFilteredCount);
  const lanes = useTimeline(selectLanes);
  const t = useMessages();
  if (!index) return null;
  const { actors, categories } = index.dataset;
  const total = index.events.length;
  const active = hasActiveFilters(filters);
  const s = () => store.getState();
  return (
    <section className="filters" id="filters" aria-label={t.filters} data-open={open}>
      <div className="filter-row">
        <SearchBox placeholder={t.searchPlaceholder} />
        {viewSwitch && <ViewSwitch />}
        <PeriodPicker />
        <label className="lanes-select">
          <span>{t.lanes}</span>
          <select value={lanes} onChange={(e) => s().setLanes(e.target.value as LaneMode)}>
            {LANE_MODES.map((m) => (
              <option key={m} value={m}>
                {laneModeLabel(m, t)}
              </option>
            ))}
          </select>
        </label>
        <p className="match-count" aria-live="polite">
          {active ? t.matchCount(formatCount(matching), formatCount(total)) : eventCount(total)}
        </p>
        {active && (
          <button
            type="button"
            className="clear"
            onClick={() => {
              s().clearFilters();
              // The button goes with the filters: focus stays in the filter group, on its first chip.
              focusFirst(['.filters .chip-rows button', '.filters input.search']);
              announce(t.filtersCleared(eventCount(total)));
            }}
          >
            {t.clearFilters}
          </button>
        )}
      </div>
      {/* Disputed first: on a phone the row scrolls sideways, and a chip after thirteen others would never be seen. */}
      <div className="chip-rows">
        <DisputedChip />
        <FilterChips label={t.actors} items={actors} selected={filters.actors} onToggle={(id) => s().toggleActor(id)} />
        <FilterChips label={t.categories} items={categories} selected={filters.categories} onToggle={(id) => s().toggleCategory(id)} />
      </div>
    </section>
  );
}
