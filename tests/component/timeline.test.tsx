import { foldTime } from '../../src/time/folds';
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { markIds, renderBundled } from './helpers';

describe('the timeline on the bundled dataset', () => {
  it('is ready and carries the readiness attributes', () => {
    renderBundled();
    const timeline = screen.getByTestId('timeline');
    expect(timeline).toHaveAttribute('data-state', 'ready');
    expect(timeline).toHaveAttribute('data-event-count', '29');
    expect(Number(timeline.getAttribute('data-visible-count'))).toBe(29);
  });

  it('draws marks and clusters that together count every event in view', () => {
    const { container } = renderBundled();
    const marks = container.querySelectorAll('[data-event-id]').length;
    const clustered = [...container.querySelectorAll('[data-cluster-count]')].reduce((n, el) => n + Number(el.getAttribute('data-cluster-count')), 0);
    expect(marks + clustered).toBe(29);
  });

  it('filtering by actor removes the other lanes’ marks and updates the count', async () => {
    const user = userEvent.setup();
    const { container } = renderBundled();
    await user.click(within(screen.getByRole('group', { name: 'Actors' })).getByRole('button', { name: 'Google' }));
    expect(markIds(container).sort()).toEqual(['google-reviews-terms', 'six-month-share-moves']);
    expect(screen.getByText('2 of 29 events match')).toBeInTheDocument();
    expect(screen.getByTestId('timeline')).toHaveAttribute('data-visible-count', '2');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByText('29 events')).toBeInTheDocument();
  });

  it('search matches quotes and sources, ignoring case and accents', async () => {
    const user = userEvent.setup();
    renderBundled();
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'FRANKLY STAGGERING');
    expect(screen.getByText('1 of 29 events match')).toBeInTheDocument();
    await user.clear(screen.getByRole('searchbox', { name: 'Search events' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'proactive investors');
    expect(screen.getByText('1 of 29 events match')).toBeInTheDocument();
  });

  it('clicking a mark opens its details with date, money, quotes, sources and disagreement', async () => {
    const { store } = renderBundled();
    act(() => store.getState().zoomTo(Date.UTC(2026, 1, 1), Date.UTC(2026, 2, 1)));
    // A plain click: gestures that d3-zoom sees (pointer down, drag) belong to the browser tests.
    // Found as a screen reader finds it: an option of the events, named by its date and title, then
    // what the eye takes from its lane, shape and band (actors, category, period).
    const name = 'Feb 2026: Amazon to invest up to $50 billion in OpenAI. Actors: Amazon, OpenAI. Category: Investment. Period: Months of legal tension';
    expect(screen.getByRole('listbox', { name: 'Events' })).toContainElement(screen.getByRole('option', { name }));
    fireEvent.click(screen.getByRole('option', { name }));
    const panel = await screen.findByRole('complementary', { name: 'Amazon to invest up to $50 billion in OpenAI' });
    expect(within(panel).getByText('Feb 2026', { selector: '.detail-date' })).toBeInTheDocument();
    expect(within(panel).getByText('$50 billion')).toBeInTheDocument();
    expect(within(panel).getByText('$15 billion')).toBeInTheDocument();
    expect(within(panel).getByText('The sources disagree')).toBeInTheDocument();
    expect(within(panel).getByText(/February 2024/)).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: 'Sources' })).toBeInTheDocument();
    expect(within(panel).getAllByRole('listitem').length).toBeGreaterThan(3);
  });

  it('related events are links that select them', async () => {
    const user = userEvent.setup();
    const { store } = renderBundled();
    act(() => store.getState().select('amendment-2026-04-27'));
    const panel = await screen.findByRole('complementary', { name: 'Amended agreement ends Azure exclusivity' });
    expect(within(panel).getByText('27 Apr 2026', { selector: '.detail-date' })).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: /Microsoft weighs legal action/ }));
    expect(store.getState().selectedId).toBe('legal-threat-2026-03');
    expect(await screen.findByRole('complementary', { name: 'Microsoft weighs legal action over the Amazon deal' })).toBeInTheDocument();
  });

  it('keyboard: Enter on a focused mark selects it, Escape closes, + and 0 zoom', async () => {
    const user = userEvent.setup();
    const { store } = renderBundled();
    const mark = screen.getByRole('option', { name: /^2019: Microsoft invests \$1 billion in OpenAI\. Actors: Microsoft, OpenAI\. / });
    expect(mark).toHaveAttribute('aria-selected', 'false');
    act(() => mark.focus());
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('complementary', { name: 'Microsoft invests $1 billion in OpenAI' })).toBeInTheDocument();
    expect(mark).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();

    // The zoom is the span on the folded clock (time/folds.ts).
    const span = () => {
      const { timeWindow: w, limits } = store.getState();
      return foldTime(w!.to, limits.folds) - foldTime(w!.from, limits.folds);
    };
    const full = span();
    await user.keyboard('+');
    expect(span()).toBeCloseTo(full / 2, -3);
    const from = store.getState().timeWindow!.from;
    await user.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    expect(store.getState().timeWindow!.from).toBeLessThan(from);
    await user.keyboard('0');
    expect(span()).toBe(full);
  });

  it('keyboard: arrows and J/K step through events in time order, Home and End jump to the ends', async () => {
    const user = userEvent.setup();
    const { store } = renderBundled();
    await user.keyboard('{ArrowRight}');
    expect(store.getState().selectedId).toBe('microsoft-investment-2019');
    await user.keyboard('k');
    expect(store.getState().selectedId).toBe('cumulative-investment');
    await user.keyboard('j');
    expect(store.getState().selectedId).toBe('microsoft-investment-2019');
    await user.keyboard('{End}');
    expect(store.getState().selectedId).toBe('google-reviews-terms');
    await user.keyboard('{ArrowLeft}');
    expect(store.getState().selectedId).toBe('aws-event-2026-04-28');
    await user.keyboard('{Home}');
    expect(store.getState().selectedId).toBe('microsoft-investment-2019');
  });

  it('/ focuses search and ? opens the shortcut sheet, built from the command table', async () => {
    const user = userEvent.setup();
    renderBundled();
    await user.keyboard('?');
    const sheet = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(sheet).getByText('Select the next event')).toBeInTheDocument();
    expect(within(sheet).getByText('Search')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.keyboard('/');
    expect(screen.getByRole('searchbox', { name: 'Search events' })).toHaveFocus();
  });

  it('the list view shows the filtered events by period and shares the selection', async () => {
    const user = userEvent.setup();
    const { store } = renderBundled();
    await user.click(screen.getByRole('button', { name: 'List' }));
    const list = await screen.findByRole('region', { name: '29 events' });
    expect(within(list).getByRole('heading', { name: 'Months of legal tension' })).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'bedrock');
    expect(within(list).getAllByText('Bedrock', { selector: 'mark' }).length).toBeGreaterThan(0);
    await user.click(within(list).getByRole('button', { name: /Amended agreement ends Azure exclusivity/ }));
    expect(store.getState().selectedId).toBe('amendment-2026-04-27');
    // The timeline's mark for it is the selected option (and drawn as selected).
    expect(screen.getByRole('option', { name: /^27 Apr 2026: Amended agreement ends Azure exclusivity\./, selected: true })).toHaveClass('selected');
    act(() => store.getState().selectAdjacent(1));
    expect(within(list).getByRole('button', { current: true })).toHaveTextContent(/OpenAI models to arrive on Amazon Bedrock/);
  });

  it('selecting an event highlights its related events on the timeline and joins them with connectors', async () => {
    const { store, container } = renderBundled();
    act(() => store.getState().zoomTo(Date.UTC(2026, 1, 1), Date.UTC(2026, 3, 30)));
    act(() => store.getState().select('legal-threat-2026-03'));
    const related = [...container.querySelectorAll('.mark.related')].map((el) => el.getAttribute('data-event-id'));
    expect(related).toEqual(expect.arrayContaining(['amazon-investment-2026-02']));
    expect(container.querySelectorAll('.connectors path').length).toBe(related.length);
    const panel = await screen.findByRole('complementary');
    expect(within(panel).getByText('resolved by')).toBeInTheDocument();
  });

  it('search highlights matches in mark labels', async () => {
    const user = userEvent.setup();
    const { container } = renderBundled();
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'jassy');
    expect([...container.querySelectorAll('.mark-label .match')].map((el) => el.textContent)).toContain('Jassy');
  });

  it('typing in search does not trigger shortcuts', async () => {
    const user = userEvent.setup();
    const { store } = renderBundled();
    const before = store.getState().timeWindow;
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), '+0-');
    expect(store.getState().timeWindow).toEqual(before);
  });

  it('lane mode switches lanes to categories', async () => {
    const user = userEvent.setup();
    const { container } = renderBundled();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Lanes' }), 'By category');
    const labels = [...container.querySelectorAll('.lane-label')].map((el) => el.textContent);
    expect(labels).toEqual(expect.arrayContaining(['Investment', 'Agreement', 'Legal']));
  });

  it('renders dataset text as text, never as markup', async () => {
    const { store, container } = renderBundled();
    const { parseJsonDataset } = await import('../../src/data/parseJson');
    act(() =>
      store.getState().setLoaded(
        parseJsonDataset(
          JSON.stringify({
            title: '<img src=x onerror=alert(1)>',
            events: [{ id: 'x', start: '2026', title: '<b>bold</b>', summary: '<script>alert(1)</script>' }],
          }),
          'hostile.json',
        ),
      ),
    );
    act(() => store.getState().select('x'));
    expect(container.querySelector('img, b, script')).toBeNull();
    expect(await screen.findByRole('heading', { level: 2 })).toHaveTextContent('<b>bold</b>');
  });
});
