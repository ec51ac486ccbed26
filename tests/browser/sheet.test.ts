/**
 * WCAG 2.4.11 on phones and at 200% zoom: the details open as a bottom sheet, and the selected
 * event's mark (which holds focus while the arrow keys step) stays in view above it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { gesturesReady, SHOTS, useBrowser } from './helpers';

const baseURL = inject('baseURL');
const chromium = useBrowser();

/** How far the element's box runs under the sheet (0 when it is wholly above it and on screen). */
async function underSheet(page: Page, selector: string): Promise<number> {
  return page.evaluate((css) => {
    const el = document.querySelector(css);
    const sheet = document.querySelector('.detail');
    if (!el || !sheet) return Infinity;
    const box = (el.querySelector('.card-bg') ?? el.querySelector('.mark-label') ?? el).getBoundingClientRect();
    if (box.top < 0) return -box.top;
    return Math.max(0, box.bottom - sheet.getBoundingClientRect().top);
  }, selector);
}

async function open(width: number, height: number) {
  const context = await chromium().newContext({ viewport: { width, height }, hasTouch: true, isMobile: width < 560 });
  const page = await context.newPage();
  await page.goto(baseURL);
  await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
  await gesturesReady(page);
  return { page, context };
}

/** The id of the drawn event lowest on the screen: the one a sheet would cover first. */
const lowestEvent = (page: Page) =>
  page.evaluate(() => {
    const marks = [...document.querySelectorAll('[data-testid=timeline] [data-event-id]')];
    const bottom = (m: Element) => (m.querySelector('.card-bg') ?? m.querySelector('.mark-label') ?? m).getBoundingClientRect().bottom;
    // On the screen: lanes taller than the canvas scroll, and a mark scrolled out of it is not one a reader taps.
    const canvas = document.querySelector('.timeline-canvas')!.getBoundingClientRect();
    const seen = marks.filter((m) => bottom(m) <= Math.min(canvas.bottom, innerHeight));
    return seen.sort((a, b) => bottom(b) - bottom(a))[0]!.getAttribute('data-event-id')!;
  });

describe('the details sheet never hides the selected mark', () => {
  it.each([
    ['a phone', 375, 740],
    ['200% zoom', 640, 400],
  ])('on %s (%d×%d): a tap on the lowest event, then the arrow keys', async (name, width, height) => {
    const { page, context } = await open(width, height);
    const id = await lowestEvent(page);
    const mark = page.locator(`[data-testid=timeline] [data-event-id="${id}"]`);
    const target = mark.locator('.card-bg, .mark-label').first();
    const box = (await target.boundingBox())!;
    await page.touchscreen.tap(box.x + Math.min(20, box.width / 2), box.y + box.height / 2);
    await page.locator('.detail h2').waitFor();
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.detail')!).position)).toBe('fixed');
    await expect.poll(() => underSheet(page, `[data-testid=timeline] [data-event-id="${id}"]`)).toBe(0);
    await page.screenshot({ path: `${SHOTS}/sheet-${width}.png` });
    // Keyboard: focus on the selected mark, then step; the focused mark is never under the sheet.
    await mark.focus();
    for (const key of ['ArrowLeft', 'ArrowLeft', 'ArrowRight']) {
      await page.keyboard.press(key);
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event-id') ?? null)).not.toBeNull();
      const focused = await page.evaluate(() => document.activeElement!.getAttribute('data-event-id')!);
      await expect.poll(() => underSheet(page, `[data-testid=timeline] [data-event-id="${focused}"]`), { message: `${name}: ${focused}` }).toBe(0);
    }
    await context.close();
  });
});
