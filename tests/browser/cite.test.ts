/**
 * A student cites an event: from the keyboard alone (the disclosure, the style's radio group, the
 * copy button; focus never lost) and by touch on a phone. What lands on the clipboard is the text shown.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openApp, SHOTS, useBrowser } from './helpers';

const baseURL = inject('baseURL');
const chromium = useBrowser();

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el
      ? `${el.tagName.toLowerCase()}${el.getAttribute('type') ? `[${el.getAttribute('type')}]` : ''}: ${(el as HTMLElement).innerText?.trim() || (el as HTMLInputElement).value || ''}`
      : '';
  });

describe('Cite this event', () => {
  it('works from the keyboard alone, and copies what it shows', async () => {
    const { page, context, errors } = await openApp(chromium(), baseURL, '?event=legal-threat-2026-03');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL).origin });
    await page.locator('#detail-title').focus();
    // Tab through the panel to the disclosure.
    for (let i = 0; i < 30 && !(await focused(page)).startsWith('summary'); i++) await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('summary: Cite this event');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('input[radio]: apa');
    // A radio group: the arrow keys choose, and the choice is the citation shown.
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toBe('input[radio]: mla');
    const text = await page.locator('.cite-text').textContent();
    expect(text).toMatch(
      /^“Microsoft weighs legal action over the Amazon deal \(Mar 2026\)\.” Microsoft and OpenAI: the end of exclusivity, interactive timeline, http:\/\/127\.0\.0\.1:\d+\/\?event=legal-threat-2026-03\. Accessed /,
    );
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('button[button]: Copy citation');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.cite-status').textContent()).toBe('Citation copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    // Focus stays where it was, visibly.
    expect(await focused(page)).toBe('button[button]: Copy citation');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
    // The style is remembered for the next event.
    await page.goto(`${baseURL}?event=amendment-2026-04-27`);
    await page.locator('.cite summary').click();
    expect(await page.getByRole('radio', { name: 'MLA' }).isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works by touch on a phone, in the bottom sheet', async () => {
    const context = await chromium().newContext({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL).origin });
    const page = await context.newPage();
    await page.goto(`${baseURL}?event=amendment-2026-04-27`);
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    const summary = page.locator('.cite summary');
    await summary.scrollIntoViewIfNeeded();
    await summary.tap();
    await page.getByRole('radio', { name: 'Chicago' }).tap();
    const text = await page.locator('.cite-text').textContent();
    expect(text).toMatch(
      /^“Amended agreement ends Azure exclusivity \(27 Apr 2026\)\.” In Microsoft and OpenAI: the end of exclusivity, interactive timeline\. Sources: Moccet, /,
    );
    await page.getByRole('button', { name: 'Copy citation' }).tap();
    await expect.poll(() => page.locator('.cite-status').textContent()).toBe('Citation copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    await page.screenshot({ path: `${SHOTS}/cite-375.png` });
    await context.close();
  });
});
