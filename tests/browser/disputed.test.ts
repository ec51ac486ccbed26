/**
 * A student who wants only the contested events: the Disputed chip narrows the timeline to events
 * with a `disputed` note, goes into the link (Back undoes it, the link reopens it), and works from
 * the keyboard. Which events are disputed is read from the bundled data, which is being rewritten.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openApp, SHOTS, useBrowser } from './helpers';

const baseURL = inject('baseURL');
const chromium = useBrowser();

const bundled = JSON.parse(readFileSync(resolve(process.cwd(), 'data/events.json'), 'utf8')) as { events: { id: string; disputed?: string }[] };
const disputedIds = new Set(bundled.events.filter((e) => e.disputed?.trim()).map((e) => e.id));

const chip = (page: Page) => page.getByRole('button', { name: `Disputed ${disputedIds.size}`, exact: true });
const drawnIds = (page: Page) =>
  page.locator('[data-testid=timeline] [data-event-id]').evaluateAll((marks) => marks.map((m) => m.getAttribute('data-event-id')!));
const visibleCount = async (page: Page) => Number(await page.getByTestId('timeline').getAttribute('data-visible-count'));

describe('the Disputed filter', () => {
  it('shows only disputed events, goes into the link, Back undoes it, and the link reopens it', async () => {
    expect(disputedIds.size).toBeGreaterThan(0);
    const { page, context, errors } = await openApp(chromium(), baseURL);
    const before = await drawnIds(page);
    expect(before.some((id) => !disputedIds.has(id))).toBe(true);
    expect(await chip(page).getAttribute('aria-pressed')).toBe('false');

    await chip(page).click();
    await expect.poll(() => page.url()).toContain('disputed=1');
    expect(await chip(page).getAttribute('aria-pressed')).toBe('true');
    // The whole dataset is in view, so every disputed event is drawn or counted in a cluster.
    await expect.poll(() => visibleCount(page)).toBe(disputedIds.size);
    const drawn = await drawnIds(page);
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.filter((id) => !disputedIds.has(id))).toEqual([]);
    expect(await page.locator('.match-count').textContent()).toBe(`${disputedIds.size} of ${bundled.events.length} events match`);
    await page.locator('.filters').screenshot({ path: `${SHOTS}/disputed-filter-on.png` });

    await page.goBack();
    await expect.poll(() => chip(page).getAttribute('aria-pressed')).toBe('false');
    expect(page.url()).not.toContain('disputed');
    await expect.poll(() => visibleCount(page)).toBe(bundled.events.length);
    expect((await drawnIds(page)).sort()).toEqual([...before].sort());
    expect(errors).toEqual([]);
    await context.close();

    const opened = await openApp(chromium(), baseURL, '?disputed=1&view=list');
    expect(await chip(opened.page).getAttribute('aria-pressed')).toBe('true');
    expect(await visibleCount(opened.page)).toBe(disputedIds.size);
    expect((await drawnIds(opened.page)).filter((id) => !disputedIds.has(id))).toEqual([]);
    // The list shows the same events.
    await opened.page.locator('.list-item').first().waitFor();
    expect(await opened.page.locator('.list-item').count()).toBe(disputedIds.size);
    expect(opened.warnings).toEqual([]);
    await opened.context.close();
  });

  it('a malformed value is ignored with a warning', async () => {
    const { page, context, warnings } = await openApp(chromium(), baseURL, '?disputed=yes');
    expect(await chip(page).getAttribute('aria-pressed')).toBe('false');
    expect(await visibleCount(page)).toBe(bundled.events.length);
    await expect.poll(() => warnings.join('\n'), { timeout: 3000 }).toContain('Chronicle: ignoring disputed=yes: use 1 or 0');
    await context.close();
  });

  it('keyboard only: Tab reaches the chip, Space and Enter toggle it, focus stays on it and shows', async () => {
    const { page, context } = await openApp(chromium(), baseURL);
    const onChip = () => page.evaluate(() => document.activeElement?.classList.contains('chip-disputed') ?? false);
    for (let tabs = 0; tabs < 60 && !(await onChip()); tabs++) await page.keyboard.press('Tab');
    expect(await onChip()).toBe(true);
    // Keyboard focus is drawn: the house focus ring, not the browser's default or nothing.
    expect(
      await page.evaluate(() => {
        const el = document.activeElement!;
        return el.matches(':focus-visible') && getComputedStyle(el).outlineStyle === 'solid' && parseFloat(getComputedStyle(el).outlineWidth) >= 2;
      }),
    ).toBe(true);

    await page.keyboard.press('Space');
    await expect.poll(() => chip(page).getAttribute('aria-pressed')).toBe('true');
    expect(await onChip()).toBe(true);
    await expect.poll(() => visibleCount(page)).toBe(disputedIds.size);

    await page.keyboard.press('Enter');
    await expect.poll(() => chip(page).getAttribute('aria-pressed')).toBe('false');
    expect(await onChip()).toBe(true);
    await expect.poll(() => visibleCount(page)).toBe(bundled.events.length);
    await context.close();
  });

  it('in an embed the chip filters without adding to the host page’s history', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '?embed=1', { width: 375, height: 800 });
    const start = await page.evaluate(() => history.length);
    await chip(page).click();
    await expect.poll(() => page.url()).toContain('disputed=1');
    await expect.poll(() => visibleCount(page)).toBe(disputedIds.size);
    expect(await page.evaluate(() => history.length)).toBe(start);
    await page.screenshot({ path: `${SHOTS}/disputed-embed-375.png` });
    await context.close();
  });
});
