/**
 * A history teacher's "Ancient Rome" sheet in Chromium (issue 20): BCE dates written as people write
 * them load without a problem, on an axis in BCE years, in the reader's language.
 */
import { describe, expect, inject, it } from 'vitest';
import { SHOTS, useBrowser } from './helpers';

const baseURL = inject('baseURL');
const chromium = useBrowser();
const rome = `Date,Event,Description
,Ancient Rome,From the founding legend to the fall of the West
753 BC,Founding of Rome,"The traditional date, by Varro's reckoning"
509 BC,The Republic,The last king is expelled
c. 390 BC,Sack of Rome by the Gauls,Brennus and the geese of the Capitol
264–146 BC,Punic Wars,Three wars with Carthage
15 March 44 BC,Ides of March,Julius Caesar is assassinated
27 BC,Augustus,The Principate begins
AD 79,Vesuvius,Pompeii and Herculaneum are buried
476 CE,Fall of the West,Romulus Augustulus is deposed
`;

describe('before the common era', () => {
  it.each([
    ['en', 1280, /500 BCE.*100 BCE/, '15 Mar 44 BCE'],
    ['de', 1280, /500 v\. Chr\..*100 v\. Chr\./, '15. März 44 v. Chr.'],
    ['ja', 375, /紀元前/, '紀元前44年3月15日'],
  ])('in %s at %d px: the sheet loads whole, the axis counts BCE years, the details say the date', async (lang, width, axis, ides) => {
    const context = await chromium().newContext({ viewport: { width, height: 800 } });
    await context.route('**/rome.csv', (route) => route.fulfill({ body: rome, contentType: 'text/csv' }));
    const page = await context.newPage();
    await page.goto(`${baseURL}?data=rome.csv&lang=${lang}`);
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    expect(await page.locator('.problem').count()).toBe(0);
    expect(await page.getByTestId('timeline').getAttribute('data-event-count')).toBe('8');
    page.setDefaultTimeout(8000);
    expect(await page.locator('.axis').first().textContent()).toMatch(axis);
    await page.screenshot({ path: `${SHOTS}/ancient-rome-${lang}-${width}.png` });
    await page.locator('[data-event-id="row-7"]').first().click();
    await expect.poll(() => page.locator('.detail').first().textContent()).toContain(ides);
    // The link names the event chosen.
    expect(new URL(page.url()).searchParams.get('event')).toBe('row-7');
    await context.close();
  });
});
