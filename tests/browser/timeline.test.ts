/**
 * The built app in Debian's Chromium: it becomes ready, zooms and pans with real gestures,
 * opens details on click, and fits a phone. Screenshots land in test-results/screenshots/.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { clickFirstLabelledMark, gesturesReady, openApp, SHOTS, useBrowser, windowMs as windowOf } from './helpers';

const baseURL = inject('baseURL');
const chromium = useBrowser();

async function open(width: number, height: number, query = '') {
  const { page, errors, readyMs } = await openApp(chromium(), baseURL, query, { width, height });
  return { page, errors, readyMs };
}

const tickLabels = (page: Page) => page.locator('.tick-label').allTextContents();

/** Wheel-zoom with the pointer over a given day until the window is shorter than `spanDays`. */
async function wheelZoomTo(page: Page, day: number, spanDays: number) {
  const box = (await page.locator('svg.timeline-svg').boundingBox())!;
  for (let i = 0; i < 60; i++) {
    const w = await windowOf(page);
    if (w.to - w.from <= spanDays * 86_400_000) return;
    const x = box.x + ((day - w.from) / (w.to - w.from)) * box.width;
    await page.mouse.move(x, box.y + box.height / 2);
    await page.mouse.wheel(0, -240);
    await page.waitForTimeout(30);
  }
}

describe('Chronicle in Chromium', () => {
  it('becomes ready on the bundled dataset, with every event counted', async () => {
    const { page, errors, readyMs } = await open(1280, 800);
    const timeline = page.getByTestId('timeline');
    expect(await timeline.getAttribute('data-event-count')).toBe('29');
    expect(Number(await timeline.getAttribute('data-visible-count'))).toBe(29);
    const marks = await page.locator('[data-event-id]').count();
    const clustered = await page
      .locator('[data-cluster-count]')
      .evaluateAll((els) => els.reduce((n, el) => n + Number(el.getAttribute('data-cluster-count')), 0));
    expect(marks + clustered).toBe(29);
    expect(errors).toEqual([]);
    console.log(`bundled timeline ready ${readyMs} ms after navigation (1280×800)`);
    await page.screenshot({ path: `${SHOTS}/desktop.png` });
    await page.context().close();
  });

  it('wheel zoom narrows the window and the axis moves from years to months and days', async () => {
    // Unfolded: the axis shows every year (folding is tested in folds.test.ts).
    const { page } = await open(1280, 800, '?fold=0');
    const before = await windowOf(page);
    expect(await tickLabels(page)).toContain('2020');
    await wheelZoomTo(page, Date.UTC(2026, 3, 27), 200);
    const after = await windowOf(page);
    expect(after.to - after.from).toBeLessThan((before.to - before.from) / 10);
    expect(after.from).toBeLessThan(Date.UTC(2026, 3, 27));
    expect(after.to).toBeGreaterThan(Date.UTC(2026, 3, 27));
    expect(await tickLabels(page)).not.toContain('2020');
    await wheelZoomTo(page, Date.UTC(2026, 3, 27), 20);
    expect(await page.locator('.major-label').allTextContents()).toContain('Apr 2026');
    await page.context().close();
  });

  it('drag pans back in time; a sideways trackpad swipe pans too', async () => {
    // Unfolded, so a pan keeps the window's length in days (folding is tested in folds.test.ts).
    const { page } = await open(1280, 800, '?fold=0');
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    const w0 = await windowOf(page);
    // The canvas, not the SVG: lanes with many rows make the SVG taller than the canvas it scrolls in.
    const box = (await page.locator('.timeline-canvas').boundingBox())!;
    await page.mouse.move(box.x + 300, box.y + box.height - 60);
    await page.mouse.down();
    await page.mouse.move(box.x + 700, box.y + box.height - 60, { steps: 8 });
    await page.mouse.up();
    const w1 = await windowOf(page);
    expect(w1.from).toBeLessThan(w0.from);
    expect(Math.abs(w1.to - w1.from - (w0.to - w0.from))).toBeLessThanOrEqual(2 * 86_400_000);
    await page.mouse.wheel(300, 0);
    await page.waitForTimeout(50);
    expect((await windowOf(page)).from).toBeGreaterThan(w1.from);
    await page.context().close();
  });

  it('a newcomer zooms into April 2026 and reads the amendment’s details and sources', async () => {
    const { page } = await open(1280, 800);
    await wheelZoomTo(page, Date.UTC(2026, 3, 27), 12);
    const mark = page.locator('[data-event-id="amendment-2026-04-27"]');
    await mark.click();
    const panel = page.getByRole('complementary', { name: 'Amended agreement ends Azure exclusivity' });
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await panel.locator('.detail-date').textContent()).toBe('27 Apr 2026');
    const sources = await panel.locator('.sources li').allTextContents();
    expect(sources.some((s) => s.startsWith('Axios'))).toBe(true);
    expect(sources.length).toBeGreaterThanOrEqual(5);
    await page.screenshot({ path: `${SHOTS}/desktop-amendment.png` });
    await panel.getByRole('button', { name: /Microsoft weighs legal action/ }).click();
    await expect.poll(() => page.locator('#detail-title').textContent()).toBe('Microsoft weighs legal action over the Amazon deal');
    await page.context().close();
  });

  it('clicking a cluster zooms into it', async () => {
    // Forty events in three weeks of an eight-year span, one lane: more than the lane's rows hold at fit-all.
    const events = Array.from({ length: 40 }, (_, i) => ({ id: `e${i}`, start: `2024-03-${String(1 + (i >> 1)).padStart(2, '0')}`, title: `Event ${i}` }));
    events.push({ id: 'first', start: '2020-01-01', title: 'First' }, { id: 'last', start: '2028-01-01', title: 'Last' });
    const context = await chromium().newContext({ viewport: { width: 1280, height: 800 } });
    await context.route('**/dense.json', (route) => route.fulfill({ body: JSON.stringify({ title: 'Dense', events }), contentType: 'application/json' }));
    const page = await context.newPage();
    await page.goto(`${baseURL}?data=dense.json&fold=0`);
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    await gesturesReady(page);
    const cluster = page.locator('[data-cluster-count]').first();
    const before = await windowOf(page);
    await cluster.click();
    const after = await windowOf(page);
    expect(after.to - after.from).toBeLessThan(before.to - before.from);
    await page.context().close();
  });

  it.each([
    [375, 740],
    [320, 640],
  ])('at %d px wide there is no horizontal page scroll, and details open as a bottom sheet', async (width, height) => {
    const { page } = await open(width, height);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    await page.screenshot({ path: `${SHOTS}/narrow-${width}.png`, fullPage: true });
    expect(await page.getByTestId('timeline').getAttribute('data-orientation')).toBe('vertical');
    await clickFirstLabelledMark(page, page);
    const panel = page.getByRole('complementary');
    const box = (await panel.boundingBox())!;
    expect(box.width).toBe(width);
    expect(Math.round(box.y + box.height)).toBe(height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await page.screenshot({ path: `${SHOTS}/narrow-${width}-details.png` });
    await page.context().close();
  });

  it('fills a 4K screen', async () => {
    const { page } = await open(3840, 2160);
    const box = (await page.locator('svg.timeline-svg').boundingBox())!;
    expect(box.width).toBeGreaterThan(3000);
    expect(box.height).toBeGreaterThan(1500);
    await page.screenshot({ path: `${SHOTS}/4k.png` });
    await page.context().close();
  });
});
