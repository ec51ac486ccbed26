/**
 * A science teacher's deep-time sheet in Chromium (issue 20): billions of years, drawn on an axis of
 * years ago, zoomable down to the last million years, said in the reader's language.
 */
import { describe, expect, inject, it } from 'vitest';
import { SHOTS, useBrowser } from './helpers';

const baseURL = inject('baseURL');
const chromium = useBrowser();
const cosmos = `When,What,Notes
13.8 billion years ago,Big Bang,The universe begins
13.6 billion years ago,First stars,
4.6 billion years ago,The Sun forms,
4.54 billion years ago,Earth forms,
3.7 billion years ago,First life,Stromatolites
540 Ma,Cambrian explosion,
66 Ma,Chicxulub impact,The end of the dinosaurs
300 ka,Homo sapiens,
10000 BCE,Farming begins,
`;

describe('deep time', () => {
  it.each([
    ['en', 1280, /\d+(\.\d)?B yrs ago/, '66 million years ago'],
    ['de', 375, /vor\s?[\d,]+\sMrd\./, 'vor 66 Millionen Jahren'],
  ])('in %s at %d px: every row loads, the axis counts years ago, the details say when', async (lang, width, axis, impact) => {
    const context = await chromium().newContext({ viewport: { width, height: 800 } });
    await context.route('**/cosmos.csv', (route) => route.fulfill({ body: cosmos, contentType: 'text/csv' }));
    const page = await context.newPage();
    page.setDefaultTimeout(8000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${baseURL}?data=cosmos.csv&lang=${lang}`);
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    expect(await page.locator('.problem').count()).toBe(0);
    expect(await page.getByTestId('timeline').getAttribute('data-event-count')).toBe('9');
    expect(await page.locator('.axis').first().textContent()).toMatch(axis);
    await page.screenshot({ path: `${SHOTS}/deep-time-${lang}-${width}.png` });
    // As a reader does: on its title (a card on a phone).
    const card = page.locator('[data-event-id="row-8"] .card-bg');
    await ((await card.count()) ? card : page.locator('[data-event-id="row-8"]')).first().click();
    await expect.poll(() => page.locator('.detail').first().textContent()).toContain(impact);
    // The link's window reads back: the same view for whoever opens it.
    const link = page.url();
    await page.goto(link);
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    await expect.poll(() => page.locator('.detail').first().textContent()).toContain(impact);
    expect(errors).toEqual([]);
    await context.close();
  });
});
