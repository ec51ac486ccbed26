/** The Disputed chip: a toggle beside the category chips, with the dataset's count, in the full page and the embed. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Chronicle } from '../../src/app/App';
import { validateDataset } from '../../src/data/validate';
import { EmbedFilters } from '../../src/embed/EmbedChrome';
import { createTimelineStore } from '../../src/store/createTimelineStore';
import { StoreProvider } from '../../src/store/StoreContext';
import { markIds, renderBundled } from './helpers';

// Read from the data, not written down: the bundled dataset is being rewritten.
const bundled = JSON.parse(readFileSync(resolve(process.cwd(), 'data/events.json'), 'utf8')) as { events: { id: string; disputed?: string }[] };
const total = bundled.events.length;
const disputedIds = bundled.events.filter((e) => e.disputed?.trim()).map((e) => e.id);

const chip = () => screen.getByRole('button', { name: `Disputed ${disputedIds.length}` });

describe('the Disputed chip', () => {
  it('shows the count, toggles aria-pressed and the match count, and clears with the other filters', async () => {
    expect(disputedIds.length).toBeGreaterThan(0);
    const user = userEvent.setup();
    const { container, store } = renderBundled();
    expect(chip()).toHaveAttribute('aria-pressed', 'false');
    expect(chip()).toHaveAccessibleDescription('Show only the events where the sources disagree');
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();

    await user.click(chip());
    expect(chip()).toHaveAttribute('aria-pressed', 'true');
    expect(store.getState().filters.disputed).toBe(true);
    expect(screen.getByText(`${disputedIds.length} of ${total} events match`)).toBeInTheDocument();
    expect(markIds(container).length).toBeGreaterThan(0);
    expect(markIds(container).every((id) => disputedIds.includes(id!))).toBe(true);

    // AND with the other filters: with one category chosen, only that category's disputed events.
    const category = within(screen.getByRole('group', { name: 'Categories' })).getAllByRole('button')[0]!;
    await user.click(category);
    const both = store.getState().index!.events.filter((e) => disputedIds.includes(e.id) && store.getState().filters.categories!.includes(e.category!));
    expect(screen.getByText(`${both.length} of ${total} events match`)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(chip()).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByText(`${total} events`)).toBeInTheDocument();

    await user.click(chip());
    await user.click(chip());
    expect(chip()).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByText(`${total} events`)).toBeInTheDocument();
  });

  it('is absent when no event in the dataset is disputed', () => {
    const store = createTimelineStore();
    store.getState().setLoaded(validateDataset({ categories: [{ id: 'deal' }], events: [{ id: 'a', start: '2019', title: 'A', category: 'deal' }] }, 'test'));
    render(<Chronicle store={store} />);
    expect(screen.getByRole('group', { name: 'Categories' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Disputed/ })).toBeNull();
  });

  it('sits in the embed’s filter row too', async () => {
    const user = userEvent.setup();
    const store = createTimelineStore();
    store.getState().setLoaded(
      validateDataset(
        {
          events: [
            { id: 'a', start: '2019', title: 'A' },
            { id: 'b', start: '2020', title: 'B', disputed: 'Two dates' },
            { id: 'c', start: '2021', title: 'C', disputed: 'Two names' },
          ],
        },
        'test',
      ),
    );
    store.setState({ embed: true });
    render(
      <StoreProvider store={store}>
        <EmbedFilters />
      </StoreProvider>,
    );
    const embedChip = screen.getByRole('button', { name: 'Disputed 2' });
    await user.click(embedChip);
    expect(embedChip).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('2 of 3')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(embedChip).toHaveAttribute('aria-pressed', 'false');
  });
});
