/**
 * Phones first: below 560 px the timeline runs vertically; `orientation` overrides. The screenshots
 * orientation-*.png put both orientations side by side at phone and small-tablet widths: the evidence
 * for the breakpoint.
 */
import { describe, expect, inject, it } from 'vitest';
import { openApp, SHOTS, selectedTitle, useBrowser, windowMs } from './helpers';

const baseURL = inject('baseURL');
const chromium = useBrowser();

describe('orientation', () => {
  it.each([
    [375, 'vertical'],
    [559, 'vertical'],
    [560, 'horizontal'],
    [1280, 'horizontal'],
  ])('at %d px wide the timeline is %s by default', async (width, orientation) => {
    const { page, context } = await openApp(chromium(), baseURL, '?period=renegotiation', { width, height: 900 });
    expect(await page.getByTestId('timeline').getAttribute('data-orientation')).toBe(orientation);
    await context.close();
  });

  it.each([375, 600])('screenshots of both orientations at %d px', async (width) => {
    for (const orientation of ['horizontal', 'vertical']) {
      const { page, context } = await openApp(chromium(), baseURL, `?embed=1&period=renegotiation&orientation=${orientation}`, { width, height: 900 });
      expect(await page.getByTestId('timeline').getAttribute('data-orientation')).toBe(orientation);
      const visible = await page.locator('[data-event-id] .mark-label').count();
      console.log(`${width} px, ${orientation}: ${visible} labelled events in the renegotiation view`);
      await page.screenshot({ path: `${SHOTS}/orientation-${width}-${orientation}.png`, fullPage: true });
      await context.close();
    }
  });

  it('vertical: the wheel zooms in time, a drag pans it, a tap selects, keys step', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '?period=renegotiation', { width: 390, height: 900 });
    const svg = (await page.locator('svg.timeline-svg').boundingBox())!;
    const w0 = await windowMs(page);
    await page.mouse.move(svg.x + 30, svg.y + svg.height / 2);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -200);
    await expect.poll(async () => (await windowMs(page)).to - (await windowMs(page)).from).toBeLessThan(w0.to - w0.from);
    const w1 = await windowMs(page);
    await page.mouse.move(svg.x + 30, svg.y + 200);
    await page.mouse.down();
    await page.mouse.move(svg.x + 30, svg.y + 420, { steps: 6 });
    await page.mouse.up();
    expect((await windowMs(page)).from).toBeLessThan(w1.from);
    // Tap the label end of a mark's hit area: a long bar's centre can lie far outside the window.
    const label = (await page.locator('[data-event-id] .mark-label').first().boundingBox())!;
    await page.mouse.click(label.x + 20, label.y + label.height / 2);
    expect(await selectedTitle(page)).toBeTruthy();
    const first = await selectedTitle(page);
    await page.keyboard.press('ArrowRight');
    expect(await selectedTitle(page)).not.toBe(first);
    await context.close();
  });

  it('filters apply the same way in both', async () => {
    for (const orientation of ['horizontal', 'vertical']) {
      const { page, context } = await openApp(chromium(), baseURL, `?actors=google&orientation=${orientation}`, { width: 400, height: 900 });
      expect(await page.getByTestId('timeline').getAttribute('data-visible-count')).toBe('2');
      await context.close();
    }
  });
});
