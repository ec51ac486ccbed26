/**
 * An embed's first paint comes from its HTML (issue 23): before any script of the app has run, the
 * frame shows the chronology as dated lines under the title, in the link's theme, under the page's
 * Content-Security-Policy; the app's first render replaces it; the full page never lays it out.
 * The entry script is held back here, as a slow phone network would.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { SHOTS, useBrowser, watchViolations } from './helpers';

const baseURL = inject('baseURL');
const chromium = useBrowser();

/** Opens `query` with the app's entry held back until `release()` is called. */
async function openHeld(query: string, width: number) {
  const context = await chromium().newContext({ viewport: { width, height: 640 } });
  const page = await context.newPage();
  const violations = await watchViolations(page);
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  // Not DOMContentLoaded: it waits for the module scripts, which are held.
  await page.goto(baseURL + query, { waitUntil: 'commit' });
  await page.locator('#root').waitFor({ state: 'attached' });
  return { page, violations, release, close: () => context.close() };
}

const shown = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0);

describe("an embed's first paint, from HTML", () => {
  it.each([
    ['', 375],
    ['&theme=dark', 375],
    ['&period=renegotiation', 1000],
  ])('?embed=1%s at %i px: the title and the dated chronology before any script, then the app in its place', async (extra, width) => {
    const { page, violations, release, close } = await openHeld(`?embed=1${extra}`, width);
    // Painted, with words, while the app's code has not even arrived.
    await expect.poll(() => page.evaluate(() => performance.getEntriesByType('paint').some((p) => p.name === 'first-contentful-paint'))).toBe(true);
    expect(await page.locator('[data-testid=timeline]').count()).toBe(0);
    expect(await shown(page, '.first-paint')).toBe(true);
    expect(await page.locator('.first-paint-title').textContent()).toBe('Microsoft and OpenAI: the end of exclusivity');
    const lines = await page.locator('.first-paint li').allTextContents();
    expect(lines.length).toBeGreaterThan(20);
    expect(lines).toContain('27 Apr 2026Amended agreement ends Azure exclusivity');
    // It fills the frame, so nothing below it moves when the app takes its place.
    expect(await page.locator('.first-paint').evaluate((el) => Math.round(el.getBoundingClientRect().height))).toBe(640);
    if (extra.includes('dark')) expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 255, 255)');
    await page.screenshot({ path: `${SHOTS}/first-paint-${width}${extra.replace(/[^a-z]/g, '-')}.png` });

    release();
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    expect(await page.locator('.first-paint').count()).toBe(0);
    expect(await violations()).toEqual([]);
    await close();
  });

  it('an embed of a linked dataset paints bars of the right place, without words it does not have yet', async () => {
    const { page, release, close } = await openHeld(`?embed=1&data=${encodeURIComponent(`${baseURL}example.json`)}`, 375);
    expect(await shown(page, '.first-paint-linked')).toBe(true);
    expect(await shown(page, '.first-paint')).toBe(false);
    release();
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    expect(await page.locator('.first-paint-linked').count()).toBe(0);
    await close();
  });

  it('the full page never lays it out', async () => {
    const { page, release, close } = await openHeld('', 1280);
    expect(await shown(page, '.first-paint')).toBe(false);
    expect(await shown(page, '.first-paint-linked')).toBe(false);
    release();
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    await close();
  });
});
