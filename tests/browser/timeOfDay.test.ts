/**
 * Times of day in Chromium (issue 20): a launch day's sheet with times written three ways and a
 * declared time zone is drawn by the hour, zooms to an hour, and says each time in its details.
 */
import { describe, expect, inject, it } from 'vitest';
import { SHOTS, useBrowser } from './helpers';

const baseURL = inject('baseURL');
const chromium = useBrowser();
const launch = `type,id,start,title,summary
title,,,Launch day,A day of announcements
setting,timeZone,,America/Los_Angeles
,close,2026-04-27T22:45:00Z,Markets close,Shares end the day up
,press,27 April 2026 2:30 pm,Press release,The terms are published
,demo,2026-04-27 10:15,Live demo,The new model is shown
,keynote,2026-04-27T09:00-07:00,Keynote begins,The CEO opens the conference
,next,2026-04-28,Analysts weigh in,Day-after coverage
`;

describe('times of day', () => {
  it.each([
    [1280, 800],
    [375, 740],
  ])('at %d px: ordered and drawn by time in the declared zone, hours on the axis, the time in the details', async (width, height) => {
    const context = await chromium().newContext({ viewport: { width, height } });
    await context.route('**/launch.csv', (route) => route.fulfill({ body: launch, contentType: 'text/csv' }));
    const page = await context.newPage();
    await page.goto(`${baseURL}?data=launch.csv&from=2026-04-27T07:00&to=2026-04-27T17:00`);
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    expect(await page.locator('.problem').count()).toBe(0);
    // 22:45 UTC is 3:45 PM in Los Angeles; -07:00 is already its summer time.
    expect(await page.locator('[data-event-id]').evaluateAll((marks) => [...new Set(marks.map((m) => m.getAttribute('data-event-id')))])).toEqual([
      'keynote',
      'demo',
      'press',
      'close',
    ]);
    const axis = await page.locator('.axis').first().textContent();
    expect(axis).toMatch(/9 AM/);
    expect(axis).toMatch(/27 Apr 2026/);
    await page.screenshot({ path: `${SHOTS}/times-of-day-${width}.png` });
    await page.locator('[data-event-id="close"]').first().click();
    await expect.poll(() => page.locator('.detail').first().textContent()).toContain('27 Apr 2026, 3:45 PM');
    // The link keeps the window to the minute.
    expect(new URL(page.url()).searchParams.get('from')).toBe('2026-04-27T07:00');
    await context.close();
  });
});
