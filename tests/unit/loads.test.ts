/** The newest action wins (src/io/loads.ts, userDataset.ts, firstLoad.ts): a load that lost never touches the store. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { beginLoad, cancelLoads, loadsUnderWay } from '../../src/io/loads';
import { firstLoad, type FirstLoadPlan } from '../../src/io/firstLoad';
import { loadUserText } from '../../src/io/user/userDataset';
import type { DatasetStorage } from '../../src/io/storage';
import { localDatasetStorage } from '../../src/io/user/keptDataset';
import { createTimelineStore } from '../../src/store/createTimelineStore';

const dataset = (title: string, n = 1) =>
  JSON.stringify({ title, events: Array.from({ length: n }, (_, i) => ({ id: `e${i}`, start: '2020', title: `${title} ${i}` })) });
const memoryStorage = (): DatasetStorage => {
  const kept = new Map<string, string>();
  return localDatasetStorage(
    () =>
      ({
        getItem: (k: string) => kept.get(k) ?? null,
        setItem: (k: string, v: string) => void kept.set(k, v),
        removeItem: (k: string) => void kept.delete(k),
      }) as unknown as Storage,
  );
};

afterEach(() => vi.unstubAllGlobals());

describe('beginLoad', () => {
  it('a load shown aborts the older ones still under way; an older one can no longer show', () => {
    const page = {};
    const link = beginLoad(page);
    const paste = beginLoad(page);
    expect(paste.show()).toBe(true);
    expect(link.signal.aborted).toBe(true);
    expect(link.current()).toBe(false);
    expect(link.show()).toBe(false);
  });

  it('an older load shown first does not stop a newer one', () => {
    const page = {};
    const link = beginLoad(page);
    const paste = beginLoad(page);
    expect(link.show()).toBe(true);
    expect(paste.signal.aborted).toBe(false);
    expect(paste.show()).toBe(true);
  });

  it('Cancel stops the loads under way without making them lose', () => {
    const page = {};
    const link = beginLoad(page);
    expect(loadsUnderWay(page)).toBe(true);
    cancelLoads(page);
    expect(link.signal.aborted).toBe(true);
    expect(link.current()).toBe(true);
    link.end();
    expect(loadsUnderWay(page)).toBe(false);
  });
});

describe('a late link racing a pasted dataset', () => {
  it('the paste wins, and the link’s answer, arriving after, changes nothing', async () => {
    let answer!: (r: Response) => void;
    vi.stubGlobal(
      'fetch',
      (_: string, init: RequestInit) =>
        new Promise<Response>((resolve, reject) => {
          answer = resolve;
          init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
    );
    const store = createTimelineStore();
    const first = firstLoad(store, plan({ url: 'https://x/late.json' }));
    await Promise.resolve();
    const pasted = await loadUserText(store, dataset('Pasted', 3), 'pasted data', { storage: memoryStorage() });
    expect(pasted.kind).toBe('shown');
    answer(new Response(dataset('Late', 5)));
    expect(await first).toBeNull();
    expect(store.getState().index?.dataset.title).toBe('Pasted');
  });

  it('a paste with nothing usable does not stop the link’s load', async () => {
    vi.stubGlobal('fetch', async () => new Response(dataset('Linked', 2)));
    const store = createTimelineStore();
    const first = firstLoad(store, plan({ url: 'https://x/linked.json' }));
    expect((await loadUserText(store, '{ "events": [] ', 'pasted data', { storage: memoryStorage() })).kind).toBe('unusable');
    expect((await first)?.result.dataset.title).toBe('Linked');
  });

  it('of two files opened in quick succession, the second is shown even if the first is parsed last', async () => {
    const store = createTimelineStore();
    const storage = memoryStorage();
    // A CSV waits for its reader's module: the JSON opened after it is parsed first.
    const big = loadUserText(store, 'id,start,title\na,2020,First', 'first.csv', { storage });
    const small = loadUserText(store, dataset('Second'), 'second.json', { storage });
    expect((await small).kind).toBe('shown');
    expect((await big).kind).toBe('superseded');
    expect(store.getState().index?.dataset.title).toBe('Second');
    expect(store.getState().userDataset).toBe('second.json');
  });
});

describe('firstLoad', () => {
  it('Cancel on the link’s dataset: the bundled one, a notice, and the link drops the dataset (full page)', async () => {
    vi.stubGlobal('fetch', (url: string, init: RequestInit) =>
      url.includes('bundled')
        ? Promise.resolve(new Response(dataset('Bundled')))
        : new Promise<Response>((_, reject) => init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    );
    const store = createTimelineStore();
    const first = firstLoad(store, plan({ url: 'https://x/slow.json' }));
    await new Promise((resolve) => setTimeout(resolve, 10));
    cancelLoads(store);
    const done = (await first)!;
    expect(done.result.dataset.title).toBe('Bundled');
    expect(done.notices).toEqual([{ kind: 'cancelled', url: 'https://x/slow.json' }]);
    expect(done.dropLink).toBe(true);
  });

  it('Cancel in an embed: the cancellation is the result, coded', async () => {
    vi.stubGlobal(
      'fetch',
      (_url: string, init: RequestInit) =>
        new Promise<Response>((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted')))),
    );
    const store = createTimelineStore();
    const first = firstLoad(store, plan({ url: 'https://x/slow.json', fallBackOnCancel: false }));
    await new Promise((resolve) => setTimeout(resolve, 10));
    cancelLoads(store);
    const done = (await first)!;
    expect(done.result.problems.map((p) => [p.where, p.said?.code])).toEqual([['loading', 'cancelled']]);
    expect(done.dropLink).toBe(false);
  });

  it('a kept dataset comes back under the title the reader gave it', async () => {
    const storage = memoryStorage();
    await storage.save({ name: 'mine.json', text: dataset('In the file'), title: 'My own title' });
    const done = (await firstLoad(createTimelineStore(), plan({ saved: storage.read() })))!;
    expect(done.userDataset).toBe('mine.json');
    expect(done.result.dataset.title).toBe('My own title');
  });

  it('a kept dataset that no longer reads is set aside, untouched, and the bundled one is shown', async () => {
    vi.stubGlobal('fetch', async () => new Response(dataset('Bundled')));
    const storage = memoryStorage();
    await storage.save({ name: 'mine.json', text: '{ "events": [ { "id": 1 } ] }' });
    const done = (await firstLoad(createTimelineStore(), plan({ saved: storage.read() })))!;
    expect(done.result.dataset.title).toBe('Bundled');
    expect(done.userDataset).toBeUndefined();
    expect(done.notices).toMatchObject([{ kind: 'setAside', name: 'mine.json', problem: { level: 'error', where: 'events[0] › id' } }]);
    expect((await storage.read())?.name).toBe('mine.json');
  });
});

function plan(over: Partial<FirstLoadPlan>): FirstLoadPlan {
  return {
    url: 'https://x/bundled.json',
    bundledUrl: 'https://x/bundled.json',
    saved: Promise.resolve(null),
    fallBackOnCancel: true,
    onProgress: () => {},
    ...over,
  };
}
