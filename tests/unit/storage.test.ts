/** Keeping the reader's dataset (src/io/storage.ts, src/io/user/keptDataset.ts): what was kept is never deleted to make room, and a failure says which. */
import { describe, expect, it } from 'vitest';
import { isQuotaError, localDatasetStorage } from '../../src/io/user/keptDataset';
import { loadUserText, renameUserDataset } from '../../src/io/user/userDataset';
import { createTimelineStore } from '../../src/store/createTimelineStore';

/** A localStorage that holds `room` characters in all, and throws as browsers do when asked for more. */
function fakeStorage(room: number, failure: () => Error = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')) {
  const kept = new Map<string, string>();
  const used = (except?: string) => [...kept].reduce((n, [k, v]) => (k === except ? n : n + k.length + v.length), 0);
  return {
    kept,
    storage: {
      getItem: (k: string) => kept.get(k) ?? null,
      setItem: (k: string, v: string) => {
        // As the spec says: the old value's room counts as free, and a failed write leaves it as it was.
        if (used(k) + k.length + v.length > room) throw failure();
        kept.set(k, v);
      },
      removeItem: (k: string) => void kept.delete(k),
    } as unknown as Storage,
  };
}

const dataset = (title: string, pad = 0) => JSON.stringify({ title, events: [{ id: 'e', start: '2020', title: 'E', summary: 'x'.repeat(pad) }] });

describe('localDatasetStorage', () => {
  it('keeps a dataset and reads it back', async () => {
    const { storage } = fakeStorage(10_000);
    const shelf = localDatasetStorage(() => storage);
    expect(await shelf.save({ name: 'a.json', text: 'A' })).toEqual({ kept: true });
    expect(await shelf.read()).toEqual({ name: 'a.json', text: 'A' });
  });

  it('storage full: the one kept before stays, whole, and the failure says "full" and what a reload shows', async () => {
    const { storage } = fakeStorage(1000);
    const shelf = localDatasetStorage(() => storage);
    await shelf.save({ name: 'old.json', text: 'old' });
    expect(await shelf.save({ name: 'new.json', text: 'n'.repeat(2000) })).toEqual({ kept: false, reason: 'full', previous: 'old.json' });
    expect(await shelf.read()).toEqual({ name: 'old.json', text: 'old' });
  });

  it('storage blocked or missing: "unavailable", never "full"', async () => {
    const { storage } = fakeStorage(0, () => new DOMException('The operation is insecure.', 'SecurityError'));
    expect(await localDatasetStorage(() => storage).save({ name: 'a', text: 'A' })).toEqual({ kept: false, reason: 'unavailable', previous: null });
    expect(await localDatasetStorage(() => null).save({ name: 'a', text: 'A' })).toEqual({ kept: false, reason: 'unavailable', previous: null });
  });

  it('an entry that is not ours reads as none', async () => {
    const { storage, kept } = fakeStorage(1000);
    kept.set('chronicle:user-dataset', '{ not json');
    expect(await localDatasetStorage(() => storage).read()).toBeNull();
    kept.set('chronicle:user-dataset', '{"name": 3}');
    expect(await localDatasetStorage(() => storage).read()).toBeNull();
  });

  it.each([
    [new DOMException('', 'QuotaExceededError'), true],
    [Object.assign(new Error('quota'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' }), true],
    [{ code: 22 }, true],
    [new DOMException('', 'SecurityError'), false],
    [new TypeError('x'), false],
  ])('isQuotaError(%s) is %s', (error, quota) => {
    expect(isQuotaError(error)).toBe(quota);
  });
});

describe('renaming the reader’s dataset', () => {
  it('shows the new title and keeps it beside the text, which stays as it was brought', async () => {
    const { storage } = fakeStorage(10_000);
    const shelf = localDatasetStorage(() => storage);
    const store = createTimelineStore();
    await loadUserText(store, dataset('From the file'), 'mine.json', { storage: shelf });
    store.getState().select('e');
    expect(await renameUserDataset(store, '  My chronology ', shelf)).toEqual({ kept: true });
    expect(store.getState().index?.dataset.title).toBe('My chronology');
    // The view stays: selection and events as they were.
    expect(store.getState().selectedId).toBe('e');
    expect(store.getState().index?.byId.get('e')?.title).toBe('E');
    expect(await shelf.read()).toEqual({ name: 'mine.json', text: dataset('From the file'), title: 'My chronology' });
  });

  it('a blank title changes nothing', async () => {
    const { storage } = fakeStorage(10_000);
    const shelf = localDatasetStorage(() => storage);
    const store = createTimelineStore();
    await loadUserText(store, dataset('From the file'), 'mine.json', { storage: shelf });
    await renameUserDataset(store, '   ', shelf);
    expect(store.getState().index?.dataset.title).toBe('From the file');
    expect((await shelf.read())?.title).toBeUndefined();
  });

  it('storage full: the title shows for now, and the kept dataset stays whole as it was', async () => {
    const { storage } = fakeStorage(300);
    const shelf = localDatasetStorage(() => storage);
    const store = createTimelineStore();
    await loadUserText(store, dataset('Old', 60), 'old.json', { storage: shelf });
    expect(await renameUserDataset(store, 'A title far too long to fit in what is left of this storage'.repeat(3), shelf)).toMatchObject({
      kept: false,
      reason: 'full',
    });
    expect(await shelf.read()).toEqual({ name: 'old.json', text: dataset('Old', 60) });
  });
});

describe('a file opened when storage is full', () => {
  it('is shown, the one kept before stays, and a notice says why it was not kept and what a reload shows', async () => {
    const { storage } = fakeStorage(5000);
    const shelf = localDatasetStorage(() => storage);
    const store = createTimelineStore();
    expect(await loadUserText(store, dataset('Old'), 'old.json', { storage: shelf })).toMatchObject({ kind: 'shown', keep: { kept: true } });
    const load = await loadUserText(store, dataset('New', 6000), 'new.json', { storage: shelf });
    expect(load).toMatchObject({ kind: 'shown', keep: { kept: false, reason: 'full', previous: 'old.json' } });
    expect(store.getState().index?.dataset.title).toBe('New');
    expect(store.getState().notices).toEqual([{ kind: 'notKept', name: 'new.json', reason: 'full', previous: 'old.json' }]);
    expect((await shelf.read())?.name).toBe('old.json');
    // The next dataset that is kept ends the notice.
    await loadUserText(store, dataset('Small'), 'small.json', { storage: shelf });
    expect(store.getState().notices).toEqual([]);
  });
});
