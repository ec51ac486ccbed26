/**
 * The rest of the reading experience (issue 19): on a phone the list replaces the timeline and
 * each keeps its place; focus never drops to the page when the control that had it goes away, and
 * what happened is said in a polite live region.
 */
import { describe, expect, inject, it } from 'vitest';
import { openApp, SHOTS, useBrowser, windowOf } from './helpers';

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
