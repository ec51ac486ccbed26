/** Folded time in Chromium: breaks on the bundled chronology, unfolding one, the option, and gestures across a break. */
import { describe, expect, inject, it } from 'vitest';
import { openApp, SHOTS, useBrowser, windowMs } from './helpers';

const baseURL = inject('baseURL');
const BREAK = /^\d+ yrs: \d+ years with no events, folded; unfold$/;

describe('folded time', () => {
  const chromium = useBrowser();

  it('folds the empty years of the bundled chronology, so its dense months get the room', async () => {
    const { page, context, errors } = await openApp(chromium(), baseURL);
    const breaks = page.getByRole('button', { name: BREAK });
    // The unfold buttons are a part that arrives just after the timeline is ready (ui/lazyPart.ts).
    await expect.poll(() => breaks.count()).toBe(3);
    expect(await breaks.allTextContents()).toEqual(['5 yrs', '4 yrs', '2 yrs']);
    // October 2025 to the amendment, seven months of fourteen years (4% of the width unfolded), takes over 10%.
    const x = async (id: string) => (await page.locator(`[data-event-id="${id}"]`).boundingBox())!.x;
    const axis = (await page.locator('.axis-svg').boundingBox())!;
    expect((await x('amendment-2026-04-27')) - (await x('musk-lawsuit'))).toBeGreaterThan(axis.width / 10);
    // The overview folds the same way: its brush covers the whole strip.
    expect(await page.locator('.overview .fold-band').count()).toBe(3);
    await page.screenshot({ path: `${SHOTS}/folds-1280.png` });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a tap on a break unfolds it; focus moves to the timeline and the change is announced', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '', { width: 1280, height: 800 });
    const first = page.getByRole('button', { name: BREAK }).first();
    const name = await first.getAttribute('aria-label');
    await first.click();
    await expect.poll(() => page.getByRole('button', { name: BREAK }).count()).toBe(2);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('timeline');
    await expect
      .poll(() => page.locator('[aria-live=polite]').filter({ hasText: 'unfolded' }).textContent())
      .toBe(`${name!.split(': ')[1]!.split(' with')[0]} unfolded`);
    await context.close();
  });

  it('the option turns folding off and on, and the link keeps it', async () => {
    const { page, context } = await openApp(chromium(), baseURL);
    const option = page.getByRole('button', { name: 'Fold empty time' });
    expect(await option.getAttribute('aria-pressed')).toBe('true');
    await option.click();
    await expect.poll(() => page.getByRole('button', { name: BREAK }).count()).toBe(0);
    expect(await option.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => page.url()).toContain('fold=0');
    await page.reload();
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    // The bands are drawn with the timeline (the unfold buttons come a moment later), so none is none.
    expect(await page.locator('.fold-band').count()).toBe(0);
    await page.getByRole('button', { name: 'Fold empty time' }).click();
    await expect.poll(() => page.getByRole('button', { name: BREAK }).count()).toBe(3);
    await expect.poll(() => page.url()).not.toContain('fold=');
    await context.close();
  });

  it('the overview brush keeps its width while it is dragged across a break', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '?from=2026-01-01&to=2026-09-01');
    const selection = page.locator('.brush .selection');
    const s = (await selection.boundingBox())!;
    const before = await windowMs(page);
    await page.mouse.move(s.x + s.width / 2, s.y + s.height / 2);
    await page.mouse.down();
    await page.mouse.move(s.x + s.width / 2 + 250, s.y + s.height / 2, { steps: 8 });
    await page.mouse.up();
    const after = await windowMs(page);
    // Past the four folded years: the window now ends beyond 2029, yet the brush is as wide as before.
    expect(after.to).toBeGreaterThan(Date.UTC(2029, 0, 1));
    expect(after.to - after.from).toBeGreaterThan(before.to - before.from);
    expect(Math.abs((await selection.boundingBox())!.width - s.width)).toBeLessThanOrEqual(2);
    await context.close();
  });

  it('keyboard stepping crosses a break: from 2019 the next event is in October 2025, brought into view', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '?event=microsoft-investment-2019&from=2019-01-01&to=2020-01-01');
    await page.locator('[data-event-id="microsoft-investment-2019"]').focus();
    for (let i = 0; i < 3 && (await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'))) !== 'musk-lawsuit'; i++) {
      await page.keyboard.press('ArrowRight');
    }
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-event-id'))).toMatch(/-2025-10$|musk-lawsuit|six-month/);
    const w = await windowMs(page);
    expect(w.to).toBeGreaterThan(Date.UTC(2025, 9, 1));
    await context.close();
  });
});
