/** Search, actor and category chips, lane mode, the match count, and one-click clearing. */
import { hasActiveFilters } from '../data/queryVisible';
import { SearchBox } from './SearchBox';
import { FilterChips } from './FilterChips';
import type { LaneMode } from '../layout/lanes';
import { laneModeLabel } from '../layout/lanes';
import { useTimeline, useTimelineStore } from '../store/StoreContext';
import { selectFilteredEvents, selectFilters, selectIndex, selectLanes, selectPeriodId, selectView } from '../store/selectors';

const LANE_MODES: LaneMode[] = ['actor', 'category', 'none'];

/** Timeline alone, or timeline above the list of the same events. */
function ViewSwitch() {
  const store = useTimelineStore();
  const view = useTimeline(selectView);
  return (
    <div className="segmented" role="group" aria-label="View">
      {(['timeline', 'list'] as const).map((v) => (
        <button key={v} type="button" aria-pressed={view === v} onClick={() => store.getState().setView(v)}>
          {v === 'timeline' ? 'Timeline' : 'List'}
        </button>
      ))}
    </div>
  );
}

/** Jumps the window to one of the dataset's periods. */
function PeriodPicker() {
  const store = useTimelineStore();
  const index = useTimeline(selectIndex);
  const periodId = useTimeline(selectPeriodId);
  const periods = index?.dataset.periods ?? [];
  if (periods.length === 0) return null;
  return (
    <label className="period-select">
      <span className="visually-hidden">Zoom to a period</span>
      <select
        value={periodId ?? ''}
        onChange={(e) => (e.target.value ? store.getState().showPeriod(e.target.value) : store.getState().fitAll())}
      >
        <option value="">All periods</option>
        {periods.map((p) => <option key={p.id} value={p.id}>{p.title}</option>)}
      </select>
    </label>
  );
}

export function FilterBar() {
  const store = useTimelineStore();
  const index = useTimeline(selectIndex);
  const filters = useTimeline(selectFilters);
  const matching = useTimeline(selectFilteredEvents).length;
  const lanes = useTimeline(selectLanes);
  if (!index) return null;
  const { actors, categories } = index.dataset;
  const total = index.events.length;
  const active = hasActiveFilters(filters);
  const s = () => store.getState();
  return (
    <section className="filters" aria-label="Filters">
      <div className="filter-row">
        <SearchBox placeholder="Search titles, summaries, quotes, sources" />
        <ViewSwitch />
        <PeriodPicker />
        <label className="lanes-select">
          <span>Lanes</span>
          <select value={lanes} onChange={(e) => s().setLanes(e.target.value as LaneMode)}>
            {LANE_MODES.map((m) => <option key={m} value={m}>{laneModeLabel(m)}</option>)}
          </select>
        </label>
        <p className="match-count" aria-live="polite">
          {active ? `${matching} of ${total} events match` : `${total} events`}
        </p>
        {active && (
          <button type="button" className="clear" onClick={() => s().clearFilters()}>Clear filters</button>
        )}
      </div>
      <div className="chip-rows">
        <FilterChips label="Actors" items={actors} selected={filters.actors} onToggle={(id) => s().toggleActor(id)} />
        <FilterChips label="Categories" items={categories} selected={filters.categories} onToggle={(id) => s().toggleCategory(id)} />
      </div>
    </section>
  );
}
