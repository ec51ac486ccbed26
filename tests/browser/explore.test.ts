/**
 * Exploring and sharing in Chromium: links restore views, Back and Forward step through them,
 * the overview brush drives the window, keys step through events, and the event lists download (the images: export.test.ts).
 */
import { SHEET_COLUMNS } from '../../src/data/formats/sheetLayout';
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { actorChip, openApp, SHOTS, selectedTitle, useBrowser, windowOf } from './helpers';

const baseURL = inject('baseURL');
const chromium = useBrowser();

const STUDENT_LINK = '?event=amendment-2026-04-27&from=2026-04-20&to=2026-05-03&q=Bedrock&actors=amazon';

describe('explore and share', () => {
  it('a deep link restores selection, window and filters', async () => {
    const { page, context, errors } = await openApp(chromium(), baseURL, STUDENT_LINK);
    expect(await selectedTitle(page)).toBe('Amended agreement ends Azure exclusivity');
    expect(await windowOf(page)).toEqual({ from: '2026-04-20', to: '2026-05-04' });
    expect(await page.getByRole('searchbox', { name: 'Search events' }).inputValue()).toBe('Bedrock');
    expect(await actorChip(page, 'Amazon').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.match-count').textContent()).toMatch(/^\d+ of 29 events match$/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('with an actor filter on, an event of several actors sits in the lane of the chosen actor', async () => {
    // "Microsoft weighs legal action over the Amazon deal": Microsoft, OpenAI and Amazon, in that order.
    const { page, context } = await openApp(chromium(), baseURL, '?actors=amazon&from=2026-02-20&to=2026-04-10');
    await actorChip(page, 'Amazon').waitFor();
    expect(await page.locator('.lane-label').allTextContents()).toEqual(['Amazon']);
    const lane = (await page.locator('.lane-bg').first().boundingBox())!;
    const mark = (await page.locator('[data-event-id="legal-threat-2026-03"]').boundingBox())!;
    expect(mark.y).toBeGreaterThanOrEqual(lane.y);
    expect(mark.y + mark.height).toBeLessThanOrEqual(lane.y + lane.height + 1);
    // Choosing Microsoft too puts it back in Microsoft's lane, its first actor's.
    await actorChip(page, 'Microsoft').click();
    await expect.poll(() => page.locator('.lane-label').allTextContents()).toEqual(['Microsoft', 'Amazon']);
    const microsoft = (await page.locator('.lane-bg').first().boundingBox())!;
    const moved = (await page.locator('[data-event-id="legal-threat-2026-03"]').boundingBox())!;
    expect(moved.y + moved.height).toBeLessThanOrEqual(microsoft.y + microsoft.height + 1);
    await context.close();
  });

  it('malformed and unknown parameters are ignored with a warning; the rest still applies', async () => {
    const { page, context, warnings } = await openApp(
      chromium(),
      baseURL,
      '?from=last-tuesday&lanes=diagonal&actors=amazon,nobody&event=legal-threat-2026-03&colour=red',
    );
    expect(await selectedTitle(page)).toBe('Microsoft weighs legal action over the Amazon deal');
    expect(await actorChip(page, 'Amazon').getAttribute('aria-pressed')).toBe('true');
    expect(warnings.join('\n')).toMatch(/from=last-tuesday/);
    expect(warnings.join('\n')).toMatch(/lanes=diagonal/);
    expect(warnings.join('\n')).toMatch(/nobody/);
    expect(warnings.join('\n')).toMatch(/colour=red/);
    expect(page.url()).not.toContain('last-tuesday');
    await context.close();
  });

  it('Back and Forward step through filters and selections, not through zooming', async () => {
    const { page, context } = await openApp(chromium(), baseURL);
    await actorChip(page, 'Amazon').click();
    await expect.poll(() => page.url()).toContain('actors=amazon');
    await page.keyboard.press('End');
    await expect.poll(() => page.url()).toContain('event=');
    const box = (await page.locator('svg.timeline-svg').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 100);
    for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200);
    await expect.poll(() => page.url()).toContain('from=');
    await page.goBack();
    await expect.poll(() => page.locator('.detail').count()).toBe(0);
    expect(page.url()).toContain('actors=amazon');
    await page.goBack();
    await expect.poll(() => actorChip(page, 'Amazon').getAttribute('aria-pressed')).toBe('false');
    await page.goForward();
    await expect.poll(() => actorChip(page, 'Amazon').getAttribute('aria-pressed')).toBe('true');
    await context.close();
  });

  it('dragging the overview brush moves the main window; a click re-centres it', async () => {
    // Unfolded, so the window keeps its length in days (folding is tested in folds.test.ts).
    const { page, context } = await openApp(chromium(), baseURL, '?from=2020-01-01&to=2021-01-01&fold=0');
    const selection = page.locator('.brush .selection');
    const s = (await selection.boundingBox())!;
    await page.mouse.move(s.x + s.width / 2, s.y + s.height / 2);
    await page.mouse.down();
    await page.mouse.move(s.x + s.width / 2 + 300, s.y + s.height / 2, { steps: 6 });
    await page.mouse.up();
    const moved = await windowOf(page);
    expect(moved.from > '2022-01-01').toBe(true);
    const span = Date.parse(moved.to) - Date.parse(moved.from);
    expect(Math.abs(span - 366 * 86_400_000)).toBeLessThanOrEqual(3 * 86_400_000);

    const overview = (await page.locator('.overview svg').boundingBox())!;
    await page.mouse.click(overview.x + 20, overview.y + 10);
    const jumped = await windowOf(page);
    expect(jumped.from < '2019-06-01').toBe(true);
    await context.close();
  });

  it('the main window drives the brush', async () => {
    const { page, context } = await openApp(chromium(), baseURL);
    const full = (await page.locator('.brush .selection').boundingBox())!;
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    const zoomed = (await page.locator('.brush .selection').boundingBox())!;
    expect(zoomed.width).toBeLessThan(full.width / 3);
    await context.close();
  });

  it('arrow keys step through events and pan them into view; Escape clears; ? lists the keys', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '?from=2026-04-01&to=2026-05-01');
    await page.keyboard.press('ArrowRight');
    const first = await selectedTitle(page);
    await page.keyboard.press('ArrowRight');
    expect(await selectedTitle(page)).not.toBe(first);
    await page.keyboard.press('Home');
    expect(await selectedTitle(page)).toBe('Microsoft invests $1 billion in OpenAI');
    const w = await windowOf(page);
    expect(w.from <= '2019-06-01').toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.detail').count()).toBe(0);
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Search events');
    await context.close();
  });

  it('downloads the filtered events as CSV and JSON', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '?actors=google');
    const csv = await download(page, 'Events as CSV');
    const lines = csv.trim().split('\r\n');
    // One sheet: the header, a title row, the events (no type), then the records they cite.
    expect(lines[0]).toBe(SHEET_COLUMNS.join(','));
    expect(lines[1]!.split(',')[SHEET_COLUMNS.indexOf('title')]).toBe('Microsoft and OpenAI: the end of exclusivity');
    expect(lines[1]!.startsWith('title,')).toBe(true);
    const events = lines.filter((l) => l.startsWith(','));
    expect(events.map((l) => l.split(',')[1]).sort()).toEqual(['google-reviews-terms', 'six-month-share-moves']);
    expect(events.find((l) => l.startsWith(',six-month-share-moves'))).toContain(',2025-10,2026-04-27,');
    expect(lines.filter((l) => l.startsWith('actor,')).map((l) => l.split(',')[1])).toContain('google');
    const json = JSON.parse(await download(page, 'Events as JSON'));
    expect(json.events.map((e: { id: string }) => e.id).sort()).toEqual(['google-reviews-terms', 'six-month-share-moves']);
    await context.close();
  });

  it('printing shows the title, the timeline and the list, without the controls', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '?actors=amazon');
    await page.emulateMedia({ media: 'print' });
    // The list's chunk is prefetched once the page is idle; a reader's print comes later than that.
    await expect
      .poll(() =>
        page.evaluate(() => {
          window.dispatchEvent(new Event('afterprint'));
          window.dispatchEvent(new Event('beforeprint'));
          return document.querySelectorAll('.list-item').length;
        }),
      )
      .toBe(12);
    expect(await page.locator('.list-view').isVisible()).toBe(true);
    expect(await page.locator('.filters').isVisible()).toBe(false);
    expect(await page.locator('svg.timeline-svg').isVisible()).toBe(true);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    await expect.poll(() => page.locator('.list-view').count()).toBe(0);
    await context.close();
  });

  it('a student filters, searches, selects and copies the link; a classmate sees the same', async () => {
    const { page, context } = await openApp(chromium(), baseURL);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL).origin });
    await actorChip(page, 'Amazon').click();
    await page.getByRole('searchbox', { name: 'Search events' }).fill('Bedrock');
    await page.getByRole('button', { name: 'List' }).click();
    await page
      .locator('.list-view')
      .getByRole('button', { name: /Amended agreement ends Azure exclusivity/ })
      .click();
    expect(await selectedTitle(page)).toBe('Amended agreement ends Azure exclusivity');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Link copied' }).count()).toBe(1);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(page.url());
    await page.screenshot({ path: `${SHOTS}/student-list.png` });

    const classmate = await openApp(chromium(), '', link);
    expect(await selectedTitle(classmate.page)).toBe('Amended agreement ends Azure exclusivity');
    expect(await classmate.page.getByRole('searchbox', { name: 'Search events' }).inputValue()).toBe('Bedrock');
    expect(await actorChip(classmate.page, 'Amazon').getAttribute('aria-pressed')).toBe('true');
    expect(await windowOf(classmate.page)).toEqual(await windowOf(page));
    expect(await classmate.page.locator('.list-item[aria-current=true]').textContent()).toContain('Amended agreement');
    await classmate.context.close();
    await context.close();
  });
});

async function downloadPath(page: import('playwright-core').Page, item: string): Promise<string> {
  await page.getByRole('button', { name: 'Export' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  return await file.path();
}

async function download(page: import('playwright-core').Page, item: string): Promise<string> {
  return readFileSync(await downloadPath(page, item), 'utf8');
}
