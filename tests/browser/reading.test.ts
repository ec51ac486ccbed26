/**
 * The rest of the reading experience (issue 19): on a phone the list replaces the timeline and
 * each keeps its place; focus never drops to the page when the control that had it goes away, and
 * what happened is said in a polite live region.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { actorChip, openApp, SHOTS, useBrowser, windowOf } from './helpers';

const baseURL = inject('baseURL');
const chromium = useBrowser();

const PHONE = { width: 375, height: 740 };

describe('the list on a phone', () => {
  it('List replaces the timeline on screen, Timeline brings it back, and each keeps its place', async () => {
    const { page, context, errors } = await openApp(chromium(), baseURL, '?from=2025-09&to=2026-06', PHONE);
    const window = await windowOf(page);
    const views = page.getByRole('group', { name: 'View' });
    await views.getByRole('button', { name: 'List' }).click();
    const list = page.getByRole('region', { name: /events$/ });
    await list.waitFor();
    // The list has the timeline's place; the timeline is neither seen nor reachable by Tab or a screen reader.
    expect(await page.getByTestId('timeline').isVisible()).toBe(false);
    expect(await page.locator('main').ariaSnapshot()).not.toMatch(/Timeline of/);
    const listBox = (await list.boundingBox())!;
    expect(listBox.height).toBeGreaterThan(PHONE.height * 0.4);
    expect(page.url()).toContain('view=list');
    await page.screenshot({ path: `${SHOTS}/list-phone.png` });
    // Scroll the list down, switch away and back.
    await list.evaluate((el) => (el.scrollTop = 600));
    await list.dispatchEvent('scroll');
    const top = await list.evaluate((el) => el.scrollTop);
    expect(top).toBeGreaterThan(300);
    await views.getByRole('button', { name: 'Timeline' }).click();
    await expect.poll(() => page.getByTestId('timeline').isVisible()).toBe(true);
    expect(await list.count()).toBe(0);
    expect(await windowOf(page)).toEqual(window);
    expect(await page.getByTestId('timeline').getAttribute('data-state')).toBe('ready');
    await views.getByRole('button', { name: 'List' }).click();
    await list.waitFor();
    expect(await list.evaluate((el) => el.scrollTop)).toBe(top);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a link to the list on a phone opens on the list, with the timeline ready beneath', async () => {
    const context = await chromium().newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${baseURL}?view=list`);
    await page.getByRole('region', { name: /events$/ }).waitFor();
    // Unseen, but drawn and ready: readiness (data-state) is a contract embedders and tests rely on.
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor({ state: 'attached' });
    expect(await page.getByTestId('timeline').isVisible()).toBe(false);
    await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Timeline' }).click();
    await expect.poll(() => page.locator('[data-event-id]').first().isVisible()).toBe(true);
    await context.close();
  });

  it('on a desktop the list still shares the screen with the timeline', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '?view=list');
    await page.getByRole('region', { name: /events$/ }).waitFor();
    expect(await page.getByTestId('timeline').isVisible()).toBe(true);
    await context.close();
  });
});

/** The element with focus, as a test can name it; 'body' when focus fell to the page. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return el.getAttribute('data-event-id') ?? el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName;
  });

/** What the page's polite live region says. */
const said = (page: Page) => page.locator('.app > .visually-hidden[role=status]').textContent();

describe('focus never falls to the page', () => {
  it('closing the details returns focus to the event’s mark, and says so', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '?event=legal-threat-2026-03&from=2026-02-20&to=2026-04-10');
    const close = page.getByRole('button', { name: 'Close details' });
    await close.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.detail').count()).toBe(0);
    await expect.poll(() => focused(page)).toBe('legal-threat-2026-03');
    await expect.poll(() => said(page)).toBe('Details closed');
    // The mark is found by its data-event-id, whatever its role.
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid=timeline]') !== null)).toBe(true);
    await context.close();
  });

  it('on a phone showing the list, closing the details returns focus to the list item', async () => {
    const context = await chromium().newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${baseURL}?view=list`);
    const item = page.locator('[data-list-id="legal-threat-2026-03"] button');
    await item.click();
    const close = page.getByRole('button', { name: 'Close details' });
    await close.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.detail').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-list-id]')?.getAttribute('data-list-id'))).toBe('legal-threat-2026-03');
    await context.close();
  });

  it('Clear filters leaves focus in the filter group and says how many events show', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '?actors=amazon');
    const clear = page.getByRole('button', { name: 'Clear filters' });
    await clear.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => clear.count()).toBe(0);
    expect(await focused(page)).not.toBe('body');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.filters'))).toBe(true);
    await expect.poll(() => said(page)).toBe('Filters cleared: 29 events');
    expect(await actorChip(page, 'Amazon').getAttribute('aria-pressed')).toBe('false');
    await context.close();
  });

  it('the Export menu gives focus back to its button when an item is chosen or the menu dismissed, and says when the export is done', async () => {
    const { page, context } = await openApp(chromium(), baseURL);
    const exportButton = page.getByRole('button', { name: 'Export' });
    await exportButton.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('menu').count()).toBe(0);
    expect(await focused(page)).toBe('Export');
    await page.keyboard.press('Enter');
    await page.getByRole('menuitem', { name: 'Events as CSV' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    expect(await focused(page)).toBe('Export');
    await expect.poll(() => said(page)).toBe('Exported as CSV');
    await context.close();
  });

  it('a period jump from the select is said', async () => {
    const { page, context } = await openApp(chromium(), baseURL);
    await page.getByRole('combobox', { name: 'Zoom to a period' }).selectOption({ label: 'Azure exclusivity' });
    await expect.poll(() => said(page)).toBe('Showing the period Azure exclusivity');
    await context.close();
  });

  it('Back to the bundled timeline shows it in place and leaves focus on Open…', async () => {
    const { page, context } = await openApp(chromium(), baseURL);
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.getByLabel('A file').setInputFiles({ name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from('id,start,title\na,2020,First\n') });
    await expect.poll(() => page.locator('h1').textContent()).toBe('mine');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    const back = page.getByRole('button', { name: 'Back to the bundled timeline' });
    await back.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('timeline').getAttribute('data-event-count')).toBe('29');
    await expect.poll(() => focused(page)).toBe('Open…');
    await expect.poll(() => said(page)).toBe('Showing the bundled timeline');
    expect(await page.evaluate(() => localStorage.getItem('chronicle:user-dataset'))).toBeNull();
    await context.close();
  });
});
