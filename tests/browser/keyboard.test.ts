/**
 * A reader with only a keyboard and a screen reader: the timeline is one tab stop, the arrow keys
 * move from event to event with focus following, each mark's name is its date and title, the
 * selection is announced, and from the April 27 amendment the details' sources and the link to the
 * related legal threat are reached by Tab. Names are read through the accessibility tree.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openApp, selectedTitle, useBrowser } from './helpers';

const baseURL = inject('baseURL');
const chromium = useBrowser();

/** The focused element as a screen reader names it, from Chromium's accessibility tree. */
async function focusedName(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { node } = await cdp.send('DOM.describeNode', {
    objectId: (await cdp.send('Runtime.evaluate', { expression: 'document.activeElement' })).result.objectId!,
  });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { backendNodeId: node.backendNodeId, fetchRelatives: false });
  await cdp.detach();
  const ax = nodes[0] as { role?: { value?: string }; name?: { value?: string } } | undefined;
  return `${ax?.role?.value ?? '?'}: ${ax?.name?.value ?? ''}`;
}

const focusedEventId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? null);

describe('keyboard and screen reader', () => {
  it('find the April 27 amendment, hear its date and sources, and move to the related legal threat', async () => {
    const { page, context, errors } = await openApp(chromium(), baseURL);
    // One tab stop for the whole timeline, however many marks.
    expect(await page.locator('[data-event-id][tabindex="0"]').count()).toBe(1);
    expect(await page.locator('[data-event-id]').count()).toBeGreaterThan(10);

    // The page's first Tab offers a way past the toolbar and filters, straight to the events.
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('link: Skip to the timeline');
    await page.keyboard.press('Enter');
    expect(await focusedEventId(page)).toBe('microsoft-investment-2019');
    const svg = page.getByRole('group', { name: 'Microsoft and OpenAI: the end of exclusivity: timeline' });
    expect(await svg.getAttribute('aria-describedby')).toBeTruthy();
    expect(await page.locator(`#${await svg.getAttribute('aria-describedby')}`).textContent()).toMatch(
      /^From \d+ \w+ \d{4} to \d+ \w+ \d{4}, \d+ of \d+ events in view\. Left and right arrows/,
    );

    // Arrow keys walk through time, focus following the selection, until the amendment.
    for (let i = 0; i < 40 && (await focusedEventId(page)) !== 'amendment-2026-04-27'; i++) await page.keyboard.press('ArrowRight');
    expect(await focusedEventId(page)).toBe('amendment-2026-04-27');
    // An option of the events, named by its date and title, then its actors, category and period.
    expect(await focusedName(page)).toBe(
      'option: 27 Apr 2026: Amended agreement ends Azure exclusivity. Actors: Microsoft, OpenAI, Amazon. Category: Agreement. Period: Non-exclusive licence to 2032',
    );
    expect(await page.locator('[data-event-id="amendment-2026-04-27"]').getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('[aria-live=polite]').filter({ hasText: 'Selected:' }).textContent()).toBe(
      'Selected: 27 Apr 2026, Amended agreement ends Azure exclusivity.',
    );
    expect(await page.locator('[data-event-id][tabindex="0"]').getAttribute('data-event-id')).toBe('amendment-2026-04-27');

    // The details are a region named by the event; a screen reader's heading keys reach its sources.
    const details = page.getByRole('complementary', { name: 'Amended agreement ends Azure exclusivity' });
    await details.getByRole('heading', { name: 'Sources' }).waitFor();
    const sources = await details.getByRole('region', { name: 'Sources' }).getByRole('listitem').allTextContents();
    expect(sources).toContain("Axios“OpenAI breaks free of Microsoft's cloud” · 28 Apr 2026");
    expect(sources).toContain('Ars Technica, as reported by OpenAI Breaks Microsoft Exclusivity, Models Headed to Amazon Bedrock and Beyond');
    expect(sources.length).toBe(8);

    // Tab on from the timeline, past the breaks of folded time and its scrollbar (the overview's brush), into the details, to the related events' buttons.
    const heard: string[] = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const name = await focusedName(page);
      heard.push(name);
      if (name.includes('Microsoft weighs legal action over the Amazon deal')) break;
    }
    const breaks = heard.findIndex((name) => !/^button: \d+ yrs: \d+ years with no events, folded; unfold$/.test(name));
    expect(breaks).toBeGreaterThanOrEqual(1);
    expect(heard[breaks]).toBe('button: Fold empty time');
    expect(heard[breaks + 1]).toMatch(/^scrollbar: Shown period/);
    expect(heard[breaks + 2]).toBe('button: Close details');
    expect(heard.at(-1)).toBe('button: Mar 2026 Microsoft weighs legal action over the Amazon deal');
    await page.keyboard.press('Enter');
    expect(await selectedTitle(page)).toBe('Microsoft weighs legal action over the Amazon deal');
    // Focus stays in the panel, on the new event's heading.
    expect(await focusedName(page)).toBe('heading: Microsoft weighs legal action over the Amazon deal');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without the skip link, Tab reaches the timeline after the toolbar and filters, and leaves it in one step', async () => {
    const { page, context } = await openApp(chromium(), baseURL);
    let tabs = 0;
    while (!(await focusedEventId(page)) && tabs < 40) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    expect(await focusedEventId(page)).toBe('microsoft-investment-2019');
    await page.keyboard.press('Tab');
    expect(await focusedEventId(page)).toBeNull();
    await page.keyboard.press('Shift+Tab');
    expect(await focusedEventId(page)).toBe('microsoft-investment-2019');
    await context.close();
  });

  it('Home and End reach the first and last events, and Escape clears the selection with focus kept', async () => {
    const { page, context } = await openApp(chromium(), baseURL);
    await page.locator('[data-event-id][tabindex="0"]').focus();
    await page.keyboard.press('End');
    await expect.poll(() => focusedEventId(page)).toBe('google-reviews-terms');
    await page.keyboard.press('Home');
    await expect.poll(() => focusedEventId(page)).toBe('microsoft-investment-2019');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.detail').count()).toBe(0);
    expect(await focusedEventId(page)).toBe('microsoft-investment-2019');
    await context.close();
  });
  it('after the timeline, Tab reaches the overview’s brush, a scrollbar the arrow keys move', async () => {
    // Unfolded: no break buttons between the marks and the brush (folds.test.ts walks those), only the fold toggle.
    const { page, context } = await openApp(chromium(), baseURL, '?from=2025-06-01&to=2026-01-01&fold=0');
    const brush = page.getByRole('scrollbar', { name: /^Shown period/ });
    await brush.waitFor();
    expect(await brush.getAttribute('aria-controls')).toBe('timeline');
    await page.locator('[data-event-id][tabindex="0"]').focus();
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('button: Fold empty time');
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toMatch(/^scrollbar: Shown period/);
    expect(await brush.getAttribute('aria-valuetext')).toBe('1 Jun 2025 to 1 Jan 2026');
    // Its focus is a ring of its own around the window, with a gap: not the selection's edge thickened.
    const ring = await page.evaluate(() => {
      const box = (s: string) => document.querySelector(s)!.getBoundingClientRect();
      const r = box('.brush-focus .ring');
      const sel = box('.brush .selection');
      return { shown: getComputedStyle(document.querySelector('.brush-focus')!).display !== 'none', gapLeft: sel.left - r.left, gapRight: r.right - sel.right };
    });
    expect(ring.shown).toBe(true);
    expect(ring.gapLeft).toBeGreaterThanOrEqual(3);
    expect(ring.gapRight).toBeGreaterThanOrEqual(3);
    const now = async () => Number(await brush.getAttribute('aria-valuenow'));
    const before = await now();
    // Arrows move the window, not the selection.
    await page.keyboard.press('ArrowRight');
    await expect.poll(now).toBeGreaterThan(before);
    expect(await brush.getAttribute('aria-valuetext')).toBe('22 Jun 2025 to 23 Jan 2026');
    expect(page.url()).not.toContain('event=');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    await expect.poll(now).toBeLessThan(before);
    await page.keyboard.press('Home');
    await expect.poll(() => brush.getAttribute('aria-valuetext')).toMatch(/^\d+ \w+ 2018 to /);
    await page.keyboard.press('End');
    await expect.poll(now).toBeGreaterThan(90);
    // The timeline follows: its description names the new window.
    await expect.poll(() => page.url()).toMatch(/from=20(2[6-9]|3)/);
    await context.close();
  });

  it('on a phone, the badges are the tab stop after the cards: named with their dates, walked by the arrow keys, opened in place', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '', { width: 375, height: 740 });
    await page.locator('svg.vertical [data-event-id][tabindex="0"]').focus();
    await page.keyboard.press('Tab');
    const first = await focusedName(page);
    expect(first).toMatch(/^button: \d+ events grouped here, .*\d{4}.*; show them here$/);
    await page.keyboard.press('ArrowDown');
    const second = await focusedName(page);
    expect(second).toMatch(/^button: \d+ events grouped here, /);
    expect(second).not.toBe(first);
    // The arrow keys stayed with the badges: nothing was selected.
    expect(page.url()).not.toContain('event=');
    const held = Number(await page.evaluate(() => document.activeElement!.getAttribute('data-cluster-count')));
    await page.keyboard.press('Enter');
    // The badge opens into its cards in place, and focus goes to the first of them.
    await expect.poll(() => focusedEventId(page)).not.toBeNull();
    // Read again until the layout has settled: on a busy machine the card may be redrawn once more.
    await expect.poll(() => focusedName(page)).toMatch(/^option: /);
    expect(held).toBeGreaterThan(1);
    await context.close();
  });
});
