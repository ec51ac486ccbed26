import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render } from '@testing-library/react';
import { Chronicle } from '../../src/app/App';
import { parseJsonDataset } from '../../src/data/parseJson';
import { createTimelineStore } from '../../src/store/createTimelineStore';
import { fullPart } from '../../src/app/parts';

// The page shell is its own chunk in the app; load it up front as main.tsx does, so renders are synchronous.
await fullPart.load();

const bundled = readFileSync(resolve(process.cwd(), 'data/events.json'), 'utf8');

/** The app on the bundled dataset, loaded straight into a fresh store. */
export function renderBundled() {
  const store = createTimelineStore();
  store.getState().setLoaded(parseJsonDataset(bundled, 'events.json'));
  const view = render(<Chronicle store={store} />);
  return { store, ...view };
}

export const markIds = (container: HTMLElement) => [...container.querySelectorAll('[data-event-id]')].map((el) => el.getAttribute('data-event-id'));
