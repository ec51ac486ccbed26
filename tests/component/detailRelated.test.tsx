/** The detail panel's related events: each relation said once, over the events it links. */
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderBundled } from './helpers';

describe('the detail panel’s related events', () => {
  it('says "Related" once for all the events related without a label, and each label once', async () => {
    const { store } = renderBundled();
    // Declares two unlabelled relations and one "exclusivity ended by"; other events point at it too.
    act(() => store.getState().select('microsoft-investment-2019'));
    const panel = await screen.findByRole('complementary', { name: 'Microsoft invests $1 billion in OpenAI' }, { timeout: 5000 });
    const related = within(panel).getByRole('heading', { name: 'Related events' }).closest('section')!;
    const labels = within(related)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent);
    expect(labels).toEqual(['related', 'exclusivity ended by']);
    expect(within(related).getAllByText(/^related$/i)).toHaveLength(1);
    const unlabelled = within(related).getByRole('list', { name: 'related' });
    expect(within(unlabelled).getAllByRole('listitem').length).toBeGreaterThanOrEqual(2);
    expect(within(within(related).getByRole('list', { name: 'exclusivity ended by' })).getAllByRole('button')).toHaveLength(1);
  });

  it('a lone unlabelled group needs no label under "Related events"', async () => {
    const { store } = renderBundled();
    act(() => store.getState().select('cumulative-investment'));
    const panel = await screen.findByRole('complementary', {}, { timeout: 5000 });
    const related = within(panel).getByRole('heading', { name: 'Related events' }).closest('section')!;
    expect(within(related).queryAllByRole('heading', { level: 4 })).toEqual([]);
    expect(within(related).getByRole('list', { name: 'Related events' })).toBeInTheDocument();
  });
});
