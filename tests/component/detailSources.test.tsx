/** The detail panel and the list on a dataset whose events cite a sources list by id. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Chronicle } from '../../src/app/App';
import { parseJsonDataset } from '../../src/data/parseJson';
import { createTimelineStore } from '../../src/store/createTimelineStore';
import { fullPart } from '../../src/app/parts';

await fullPart.load();

const text = readFileSync(resolve(process.cwd(), 'tests/browser/fixtures/sources.json'), 'utf8');

function renderSelected(id: string) {
  const store = createTimelineStore();
  const parsed = parseJsonDataset(text, 'sources.json');
  expect(parsed.problems).toEqual([]);
  store.getState().setLoaded(parsed);
  const view = render(<Chronicle store={store} />);
  act(() => store.getState().select(id));
  return { store, ...view };
}

const REPORTED = 'Financial Times, as reported by Microsoft and OpenAI Reshape Partnership Amid Amazon Investment';

describe('the detail panel’s sources', () => {
  it('names each source by its label, links it, and gives its headline and date', async () => {
    renderSelected('amendment');
    const panel = await screen.findByRole('complementary', { name: 'Amended agreement ends exclusivity' });
    const sources = within(within(panel).getByRole('heading', { name: 'Sources' }).closest('section')!).getAllByRole('listitem');
    expect(sources.map((li) => li.textContent)).toEqual(['Moccet“OpenAI ends its exclusive partnership with Microsoft”', REPORTED, 'Inline Outlet']);
    // Neither the Financial Times' report nor the article that reported it has a link.
    expect(within(sources[1]!).queryByRole('link')).toBeNull();
    expect(within(sources[2]!).getByRole('link', { name: 'Inline Outlet' })).toHaveAttribute('href', 'https://example.com/inline');
    expect(within(sources[0]!).getByText('“OpenAI ends its exclusive partnership with Microsoft”')).toHaveClass('source-about');
  });

  it('links a listed source with a url, and shows its headline and day', async () => {
    renderSelected('aws');
    const panel = await screen.findByRole('complementary', { name: 'OpenAI models arrive on AWS' });
    expect(within(panel).getByRole('link', { name: 'Axios' })).toHaveAttribute('href', 'https://example.com/axios');
    expect(within(panel).getByText('“OpenAI breaks free of Microsoft’s cloud” · 28 Apr 2026')).toBeInTheDocument();
  });

  it('ends a quote’s caption with the source it was taken from', async () => {
    renderSelected('amendment');
    const panel = await screen.findByRole('complementary', { name: 'Amended agreement ends exclusivity' });
    expect(within(panel).getByRole('figure')).toHaveTextContent(
      '— Andy Jassy, post on X, 27 Apr 2026, quoted in OpenAI Breaks Microsoft Exclusivity, Models Headed to Amazon Bedrock and Beyond',
    );
  });

  it('shows a source’s text as text, never as markup', async () => {
    const { container } = renderSelected('investment');
    const panel = await screen.findByRole('complementary', { name: 'Microsoft invests $1 billion in OpenAI' });
    expect(within(panel).getByText('<b>Not bold</b>')).toBeInTheDocument();
    expect(container.querySelector('.detail b')).toBeNull();
  });
});

describe('the list view (also the print layout)', () => {
  it('names each event’s sources by the same labels', async () => {
    const user = userEvent.setup();
    renderSelected('aws');
    await user.click(screen.getByRole('button', { name: 'List' }));
    const list = await screen.findByRole('region', { name: '3 events' });
    const amendment = within(list).getByRole('button', { name: /Amended agreement ends exclusivity/ });
    expect(amendment).toHaveTextContent(`Microsoft · OpenAI — Sources: Moccet; ${REPORTED}; Inline Outlet`);
    expect(within(list).getByRole('button', { name: /OpenAI models arrive on AWS/ })).toHaveTextContent('Amazon · OpenAI — Sources: Axios');
  });
});
