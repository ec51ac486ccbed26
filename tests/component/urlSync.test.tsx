import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseJsonDataset } from '../../src/data/parseJson';
import { createTimelineStore, type TimelineStore } from '../../src/store/createTimelineStore';
import { applyUrlToStore } from '../../src/app/urlSync';
import { changeKind, startUrlSync } from '../../src/app/sync/urlSync';

const bundled = parseJsonDataset(readFileSync(resolve(process.cwd(), 'data/events.json'), 'utf8'), 'events.json');

function storeAt(search: string): TimelineStore {
  history.replaceState(null, '', `/${search}`);
  const store = createTimelineStore();
  store.getState().setLoaded(bundled);
  applyUrlToStore(store);
  return store;
}

describe('URL sync', () => {
  let stop: (() => void) | undefined;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    stop?.();
    vi.useRealTimers();
  });

  it('applies a link and rewrites it in canonical form, once the first view is up', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const store = storeAt('?actors=amazon&q=Bedrock&event=amendment-2026-04-27&bogus=1&data=x.json');
    stop = startUrlSync(store);
    expect(store.getState().selectedId).toBe('amendment-2026-04-27');
    expect(store.getState().filters).toMatchObject({ actors: ['amazon'], query: 'Bedrock' });
    await vi.waitFor(() => expect(location.search).toBe('?data=x.json&event=amendment-2026-04-27&q=Bedrock&actors=amazon'));
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith('Chronicle: ignoring bogus=1: unknown parameter'));
  });

  it('pushes selections and filters, replaces zooming, and Back restores the store', () => {
    const store = storeAt('');
    stop = startUrlSync(store);
    const start = history.length;
    store.getState().toggleActor('amazon');
    store.getState().select('amazon-investment-2026-02');
    // Written once the change is drawn (a frame later), not by the first timer, each its own entry.
    vi.advanceTimersByTime(1);
    expect(history.length).toBe(start);
    vi.advanceTimersByTime(20);
    expect(history.length).toBe(start + 2);
    store.getState().zoomBy(2);
    store.getState().zoomBy(2);
    vi.advanceTimersByTime(500);
    expect(history.length).toBe(start + 2);
    expect(location.search).toMatch(/from=.*&to=/);

    history.replaceState(null, '', '/?actors=amazon');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState().selectedId).toBeNull();
    expect(store.getState().filters.actors).toEqual(['amazon']);
    expect(store.getState().timeWindow).toEqual(store.getState().limits);
  });

  it('typing a search pushes once, then replaces while the reader keeps typing', () => {
    const store = storeAt('');
    stop = startUrlSync(store);
    const start = history.length;
    for (const q of ['B', 'Be', 'Bed', 'Bedrock']) {
      store.getState().setQuery(q);
      vi.advanceTimersByTime(100);
    }
    expect(history.length).toBe(start + 1);
    expect(location.search).toBe('?q=Bedrock');
  });

  it('Back before a new entry is written wins: the entry is never written', () => {
    const store = storeAt('?actors=amazon');
    stop = startUrlSync(store);
    vi.advanceTimersByTime(20);
    const start = history.length;
    store.getState().select('amazon-investment-2026-02');
    window.dispatchEvent(new PopStateEvent('popstate'));
    vi.advanceTimersByTime(20);
    expect(history.length).toBe(start);
    expect(location.search).toBe('?actors=amazon');
    expect(store.getState().selectedId).toBeNull();
  });

  it('a period jump is one step in history and names the period', () => {
    const store = storeAt('');
    stop = startUrlSync(store);
    store.getState().showPeriod('renegotiation');
    vi.advanceTimersByTime(20);
    expect(location.search).toBe('?period=renegotiation');
  });

  it('the disputed toggle is a step in history, and Back turns it off', () => {
    const store = storeAt('');
    stop = startUrlSync(store);
    const start = history.length;
    store.getState().toggleDisputed();
    vi.advanceTimersByTime(20);
    expect(history.length).toBe(start + 1);
    expect(location.search).toBe('?disputed=1');
    history.replaceState(null, '', '/');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(store.getState().filters.disputed).toBe(false);
  });

  it('in an embed it never pushes', () => {
    const store = storeAt('?embed=1');
    stop = startUrlSync(store);
    const start = history.length;
    store.getState().select('amazon-investment-2026-02');
    store.getState().toggleActor('amazon');
    store.getState().toggleDisputed();
    vi.advanceTimersByTime(20);
    expect(history.length).toBe(start);
    expect(location.search).toBe('?event=amazon-investment-2026-02&actors=amazon&disputed=1&embed=1');
    expect(store.getState().embed).toBe(true);
  });
});

describe('changeKind', () => {
  it.each([
    [{}, {}, 'none'],
    [{ from: 1, to: 2 }, { from: 1, to: 3 }, 'window'],
    [{ q: 'a' }, { q: 'ab' }, 'query'],
    [{ q: 'a' }, { q: 'a', event: 'x' }, 'view'],
    [{ from: 1, to: 2 }, { period: 'p' }, 'view'],
  ])('%j → %j is %s', (a, b, kind) => {
    expect(changeKind(a, b)).toBe(kind);
  });
});
