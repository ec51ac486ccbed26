import { foldTime } from '../../src/time/folds';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/data/validate';
import { createTimelineStore, toggleInFilter } from '../../src/store/createTimelineStore';
import { selectFilteredEvents } from '../../src/store/selectors';
import { NO_FILTERS } from '../../src/data/queryVisible';
import { paramsFromState, stateFromParams } from '../../src/store/stateParams';
import { parseViewParams } from '../../src/view/viewParams';
import { COMMANDS, commandForKey, keyLabel } from '../../src/store/commands';
import { de } from '../../src/i18n/catalogues/de';
import { paramWarning } from '../../src/view/words/paramWarnings';

function loadedStore() {
  const store = createTimelineStore();
  store.getState().setLoaded(
    validateDataset(
      {
        actors: [{ id: 'ms' }, { id: 'am' }],
        events: [
          { id: 'old', start: '2019', title: 'Old', actors: ['ms'] },
          { id: 'new', start: '2026-04-27', title: 'New', actors: ['am'], disputed: 'One source says May' },
        ],
      },
      'test',
    ),
  );
  return store;
}

describe('toggleInFilter (legend-style)', () => {
  const all = ['a', 'b', 'c'];
  it.each([
    [null, 'a', ['a']],
    [['a'], 'b', ['a', 'b']],
    [['a', 'b'], 'c', null],
    [['a'], 'a', null],
    [['a', 'c'], 'c', ['a']],
  ])('%j + %s → %j', (list, id, expected) => {
    expect(toggleInFilter(list, id, all)).toEqual(expected);
  });
});

describe('timeline store', () => {
  it('becomes ready with the whole extent in view', () => {
    const s = loadedStore().getState();
    expect(s.status).toBe('ready');
    expect(s.timeWindow).toEqual(s.limits);
  });

  it('is an error when nothing valid could be read', () => {
    const store = createTimelineStore();
    store.getState().setLoaded(validateDataset({ events: [{ id: 'x' }] }, 'bad'));
    expect(store.getState().status).toBe('error');
    expect(store.getState().problems.length).toBeGreaterThan(0);
  });

  it('filters by actor and clears in one step', () => {
    const store = loadedStore();
    store.getState().toggleActor('am');
    expect(selectFilteredEvents(store.getState()).map((e) => e.id)).toEqual(['new']);
    store.getState().clearFilters();
    expect(selectFilteredEvents(store.getState())).toHaveLength(2);
  });

  it('the disputed toggle narrows to disputed events, combines with actors, and clears with the rest', () => {
    const store = loadedStore();
    store.getState().toggleDisputed();
    expect(store.getState().filters.disputed).toBe(true);
    expect(selectFilteredEvents(store.getState()).map((e) => e.id)).toEqual(['new']);
    store.getState().toggleActor('ms');
    expect(selectFilteredEvents(store.getState())).toEqual([]);
    store.getState().clearFilters();
    expect(store.getState().filters).toEqual(NO_FILTERS);
    store.getState().toggleDisputed();
    store.getState().toggleDisputed();
    expect(store.getState().filters.disputed).toBe(false);
    expect(selectFilteredEvents(store.getState())).toHaveLength(2);
  });

  it('a disputed=1 link applies, and is ignored with a warning on a dataset without disputed events', () => {
    const { params } = parseViewParams('?disputed=1');
    const on = stateFromParams(loadedStore().getState(), params);
    expect(on.update.filters?.disputed).toBe(true);
    expect(on.warnings).toEqual([]);
    const none = createTimelineStore();
    none.getState().setLoaded(validateDataset({ events: [{ id: 'a', start: '2019', title: 'A' }] }, 'test'));
    const off = stateFromParams(none.getState(), params);
    expect(off.update.filters?.disputed).toBe(false);
    expect(off.warnings.map(paramWarning)).toEqual(['ignoring disputed=1: no event in this dataset is disputed']);
    expect(paramsFromState({ ...loadedStore().getState(), filters: { ...NO_FILTERS, disputed: true } })).toEqual({ disputed: true });
  });

  it('selecting an event off screen brings it into view without changing the zoom', () => {
    const store = loadedStore();
    store.getState().zoomTo(Date.UTC(2019, 0, 1), Date.UTC(2019, 6, 1));
    const before = store.getState().timeWindow!;
    store.getState().select('new');
    const after = store.getState().timeWindow!;
    expect(store.getState().selectedId).toBe('new');
    // The zoom is the span on the folded clock: the real span differs where a window reaches into a break.
    const folded = (w: { from: number; to: number }) => foldTime(w.to, store.getState().limits.folds) - foldTime(w.from, store.getState().limits.folds);
    expect(folded(after)).toBeCloseTo(folded(before), -3);
    expect(after.from).toBeLessThan(Date.UTC(2026, 3, 27));
    expect(after.to).toBeGreaterThan(Date.UTC(2026, 3, 28));
  });

  it('ignores selecting an id that does not exist', () => {
    const store = loadedStore();
    store.getState().select('nope');
    expect(store.getState().selectedId).toBeNull();
  });

  it('steps through events in time order, from the window edge when nothing is selected', () => {
    const store = loadedStore();
    store.getState().selectAdjacent(1);
    expect(store.getState().selectedId).toBe('old');
    store.getState().selectAdjacent(1);
    expect(store.getState().selectedId).toBe('new');
    store.getState().selectAdjacent(1);
    expect(store.getState().selectedId).toBe('new');
    store.getState().selectEdge('first');
    expect(store.getState().selectedId).toBe('old');
    store.getState().selectAdjacent(-1);
    expect(store.getState().selectedId).toBe('old');
  });

  it('a period jump sets the window and remembers the period until the window moves', () => {
    const store = createTimelineStore();
    store.getState().setLoaded(
      validateDataset(
        {
          periods: [{ id: 'p', title: 'P', start: '2020', end: '2021' }],
          events: [
            { id: 'a', start: '2019', title: 'A' },
            { id: 'b', start: '2030', title: 'B' },
          ],
        },
        't',
      ),
    );
    store.getState().showPeriod('p');
    const w = store.getState().timeWindow!;
    expect(store.getState().periodId).toBe('p');
    expect(w.from).toBeLessThan(Date.UTC(2020, 0, 1));
    expect(w.to).toBeGreaterThan(Date.UTC(2022, 0, 1) - 1);
    store.getState().panBy(0.1);
    expect(store.getState().periodId).toBeNull();
  });

  it.each([
    ['+', (w: number, v: number) => v < w],
    ['-', (w: number, v: number) => v >= w],
    ['0', (_w: number, v: number) => v > 0],
  ])('key %s runs its command', (key, check) => {
    const store = loadedStore();
    store.getState().zoomTo(Date.UTC(2020, 0, 1), Date.UTC(2022, 0, 1));
    const span = () => store.getState().timeWindow!.to - store.getState().timeWindow!.from;
    const before = span();
    commandForKey(key)!.run(store, { focusSearch: () => {}, toggleShortcuts: () => {} });
    expect(check(before, span())).toBe(true);
  });
});

describe('keyLabel', () => {
  it('names every command key, "+" included, and Shift as a prefix', () => {
    expect(['+', '=', '-', 'ArrowLeft', 'shift+ArrowRight', 'Escape', 'k', '?'].map((k) => keyLabel(k))).toEqual([
      '+',
      '=',
      '-',
      '←',
      'Shift →',
      'Esc',
      'K',
      '?',
    ]);
    expect(['Home', 'shift+ArrowLeft'].map((k) => keyLabel(k, de.keys))).toEqual(['Pos1', 'Umschalt ←']);
    for (const c of COMMANDS) for (const k of c.keys) expect(keyLabel(k).trim(), k).not.toBe('');
  });
});

describe('a presenter link and the deck agree on a step', () => {
  it('opening ?present=1&step=N shows the window, selection and period that stepping to N shows', () => {
    for (const step of [1, 2, 3]) {
      const linked = loadedStore();
      linked.setState(stateFromParams(linked.getState(), parseViewParams(`?present=1&step=${step}`).params).update);
      const stepped = loadedStore();
      stepped.getState().goToStep(step - 1);
      const view = (s: ReturnType<typeof linked.getState>) => ({ step: s.step, timeWindow: s.timeWindow, selectedId: s.selectedId, periodId: s.periodId });
      expect(view(linked.getState()), `step ${step}`).toEqual(view(stepped.getState()));
      expect(linked.getState().timeWindow).not.toEqual(linked.getState().limits);
    }
  });
});
