/**
 * The Open dialog's column step in Chromium: a newsroom's sheet whose headers Chronicle does not know
 * is read as the reader says, and reads the same way after a reload (a file) or for anyone who opens
 * the link (a URL, `columns=`).
 */
import { describe, expect, inject, it } from 'vitest';
import { dropFile, openApp, SHOTS, useBrowser } from './helpers';
import type { Page } from 'playwright-core';

const baseURL = inject('baseURL');
const chromium = useBrowser();
const newsroom = 'Datum,Ereignis,Ort,Notizen\n27.04.2026,Vertrag geändert,Redmond,laut Axios\n03.11.2025,AWS-Vertrag,Seattle,\n';

/** Says what each column holds, as a reader would: one select per column of the file. */
async function choose(page: Page, choices: Record<string, string>) {
  for (const [header, field] of Object.entries(choices)) await page.getByLabel(`What “${header}” holds`).selectOption(field);
}

describe('what the columns hold', () => {
  it('a pasted sheet with unknown headers asks, loads as chosen, and reads the same after a reload', async () => {
    const { page, context, errors } = await openApp(chromium(), baseURL);
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.getByLabel('Or paste the data').fill(newsroom);
    await page.getByRole('button', { name: 'Load pasted data' }).click();
    await page.getByRole('heading', { name: 'What do the columns hold?' }).waitFor();
    // The step starts on its first choice, from what the cells suggest: the dates' column, the first with words.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('What “Datum” holds');
    const value = (header: string) => page.getByLabel(`What “${header}” holds`).inputValue();
    expect([await value('Datum'), await value('Ereignis'), await value('Ort'), await value('Notizen')]).toEqual(['start', 'title', '', '']);
    expect(await page.locator('tr.unsure').count()).toBe(2);
    expect(await page.getByRole('row', { name: /Datum/ }).textContent()).toContain('27.04.2026 · 03.11.2025');
    await page.screenshot({ path: `${SHOTS}/column-step.png` });
    // Without a date column nothing loads, and the step says why.
    const load = page.getByRole('button', { name: 'Load with these columns' });
    await choose(page, { Datum: '' });
    expect(await load.isDisabled()).toBe(true);
    expect(await page.locator('.column-missing li').allTextContents()).toEqual(['Choose the column that holds each event’s date (start).']);

    await choose(page, { Datum: 'start', Ort: 'summary' });
    expect(await load.isDisabled()).toBe(false);
    // Notizen stays "Not read": chosen, so no warning about it.
    await load.click();
    await expect.poll(() => page.getByTestId('timeline').getAttribute('data-event-count')).toBe('2');
    expect(await page.locator('.problem').count()).toBe(0);
    await page.reload();
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    expect(await page.getByTestId('timeline').getAttribute('data-event-count')).toBe('2');
    expect(await page.locator('.problem').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.evaluate(() => localStorage.clear());
    await context.close();
  });

  it('Back returns to the dialog with focus on its first field, and the keyboard alone gets through the step', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '', { width: 375, height: 740 });
    // On a phone, Open… waits in the header's menu.
    await page.getByRole('button', { name: 'More actions' }).click();
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.getByLabel('Or paste the data').fill(newsroom);
    await page.getByRole('button', { name: 'Load pasted data' }).click();
    await page.getByRole('heading', { name: 'What do the columns hold?' }).waitFor();
    // The step fits a phone: no sideways scrolling inside the dialog.
    expect(await page.locator('.open-dataset').evaluate((d) => d.scrollWidth <= d.clientWidth)).toBe(true);
    await page.screenshot({ path: `${SHOTS}/column-step-375.png` });
    await page.getByRole('button', { name: 'Back' }).click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('file');

    await page.getByRole('button', { name: 'Load pasted data' }).click();
    await page.getByRole('heading', { name: 'What do the columns hold?' }).waitFor();
    // Keys only: the focused select takes a field by typing its first letters, Tab moves on.
    await page.keyboard.type('start');
    await page.keyboard.press('Tab');
    await page.keyboard.type('title');
    // Ort and Notizen stay unread; past them, Back, then Load.
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Load with these columns');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('timeline').getAttribute('data-event-count')).toBe('2');
    await page.evaluate(() => localStorage.clear());
    await context.close();
  });

  it('a sheet dropped on the page opens Open… on its column step', async () => {
    const { page, context } = await openApp(chromium(), baseURL);
    await dropFile(page, newsroom, 'chronik.csv');
    await page.getByRole('dialog', { name: 'Open a dataset' }).getByRole('heading', { name: 'What do the columns hold?' }).waitFor();
    expect(await page.locator('.column-step .hint').textContent()).toContain('chronik.csv');
    await choose(page, { Datum: 'start', Ereignis: 'title' });
    await page.getByRole('button', { name: 'Load with these columns' }).click();
    await expect.poll(() => page.getByTestId('timeline').getAttribute('data-event-count')).toBe('2');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await page.evaluate(() => localStorage.clear());
    await context.close();
  });

  it('a linked sheet asks once, and the link it opens carries the choice for everyone', async () => {
    const { page, context } = await openApp(chromium(), baseURL);
    page.setDefaultTimeout(8000);
    await context.route('https://news.example/**', (route) =>
      route.fulfill({ body: newsroom, contentType: 'text/csv', headers: { 'access-control-allow-origin': '*' } }),
    );
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.getByLabel('A URL (served with CORS)').fill('https://news.example/chronik.csv');
    await page.getByRole('button', { name: 'Open URL' }).click();
    await page.getByRole('heading', { name: 'What do the columns hold?' }).waitFor();
    await choose(page, { Datum: 'start', Ereignis: 'title', Notizen: 'summary' });
    await page.getByRole('button', { name: 'Load with these columns' }).click();
    await page.waitForURL(/columns=/);
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    expect(new URL(page.url()).searchParams.get('columns')).toBe('datum:start,ereignis:title,ort:,notizen:summary');
    expect(await page.getByTestId('timeline').getAttribute('data-event-count')).toBe('2');
    expect(await page.locator('.problem').count()).toBe(0);

    // Someone else opening that link reads the sheet the same way, with no question.
    const other = await context.newPage();
    await other.goto(page.url());
    await other.locator('[data-testid=timeline][data-state=ready]').waitFor();
    expect(await other.getByTestId('timeline').getAttribute('data-event-count')).toBe('2');
    expect(await other.locator('.problem').count()).toBe(0);
    await context.close();
  });
});
