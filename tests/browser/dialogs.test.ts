/**
 * Modal dialogs are modal: in the Open dialog and the shortcut sheet, Tab stays inside, the page
 * behind does not react to a click, Escape closes from wherever focus is, and focus returns to the
 * button that opened it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openApp, SHOTS, useBrowser } from './helpers';

const baseURL = inject('baseURL');
const chromium = useBrowser();

/**
 * Inside the open dialog, or out in the browser's own controls: after a modal dialog's last control,
 * Tab visits the browser's toolbar (the page then has no focus at all) and comes back to the dialog,
 * never to the page behind.
 */
const focusInDialog = (page: Page) => page.evaluate(() => !document.hasFocus() || !!document.activeElement?.closest('dialog[open]'));

describe('modal dialogs', () => {
  it('the Open dialog keeps focus, shields the page, and closes on Escape back to its button', async () => {
    const { page, context, errors } = await openApp(chromium(), baseURL);
    const open = page.getByRole('button', { name: 'Open…' });
    await open.click();
    const dialog = page.getByRole('dialog', { name: 'Open a dataset' });
    await dialog.waitFor();
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      expect(await focusInDialog(page), `after ${i + 1} Tab presses`).toBe(true);
    }
    // A chip behind the dialog, clicked where it is drawn, does nothing.
    const chip = page.getByRole('group', { name: 'Categories' }).getByRole('button', { name: 'Legal' });
    const box = (await chip.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    expect(await chip.getAttribute('aria-pressed')).toBe('false');
    expect(page.url()).not.toContain('categories=');
    // A click on the backdrop, away from the panel, closes it; open it again for Escape.
    if ((await dialog.count()) > 0) await page.mouse.click(4, 4);
    await expect.poll(() => dialog.count()).toBe(0);
    await open.click();
    await dialog.waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Open…');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the Open dialog shows what was wrong with a file inside itself, where it can be read', async () => {
    const { page, context } = await openApp(chromium(), baseURL);
    await page.getByRole('button', { name: 'Open…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open a dataset' });
    await dialog.getByLabel('Or paste the data').fill('id,start,title\nx,someday,No date\ny,,No start either\n');
    await dialog.getByRole('button', { name: 'Load pasted data' }).click();
    // The located problems are in the dialog (on top), each with where it is, and the dialog stays open.
    const problems = dialog.locator('.problem');
    await expect.poll(() => problems.count()).toBeGreaterThanOrEqual(2);
    expect(await problems.first().textContent()).toMatch(/pasted data.*row 2/);
    const box = (await problems.first().boundingBox())!;
    const onTop = await page.evaluate(([x, y]) => !!document.elementFromPoint(x!, y!)?.closest('dialog[open]'), [box.x + 4, box.y + box.height / 2]);
    expect(onTop).toBe(true);
    await page.screenshot({ path: `${SHOTS}/open-problems.png` });
    await context.close();
  });

  it('the reader renames their own dataset in the Open dialog, and the new title comes back on reload', async () => {
    const { page, context, errors } = await openApp(chromium(), baseURL);
    const open = page.getByRole('button', { name: 'Open…' });
    await open.click();
    // The bundled chronology is nobody's to rename.
    expect(await page.getByRole('textbox', { name: 'Title' }).count()).toBe(0);
    await page
      .getByLabel('A file')
      .setInputFiles({ name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from('id,start,title\na,2020,First\nb,2021,Second\n') });
    await expect.poll(() => page.locator('h1').textContent()).toBe('mine');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await open.click();
    const title = page.getByRole('textbox', { name: 'Title' });
    expect(await title.inputValue()).toBe('mine');
    await title.fill('Our club’s history');
    await page.getByRole('button', { name: 'Rename' }).click();
    await expect.poll(() => page.locator('.open-status').textContent()).toBe('Renamed: “Our club’s history”.');
    await page.keyboard.press('Escape');
    expect(await page.locator('h1').textContent()).toBe('Our club’s history');
    await page.screenshot({ path: `${SHOTS}/renamed.png` });
    await page.reload();
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    expect(await page.locator('h1').textContent()).toBe('Our club’s history');
    expect(await page.getByTestId('timeline').getAttribute('data-event-count')).toBe('2');
    // The file itself is kept as it was brought.
    const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('chronicle:user-dataset')!) as { name: string; text: string; title: string });
    expect(kept).toEqual({ name: 'mine.csv', text: 'id,start,title\na,2020,First\nb,2021,Second\n', title: 'Our club’s history' });
    expect(errors).toEqual([]);
    await page.evaluate(() => localStorage.clear());
    await context.close();
  });

  it('the shortcut sheet keeps focus on its one button and closes with ? or Escape', async () => {
    const { page, context } = await openApp(chromium(), baseURL);
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      expect(await focusInDialog(page)).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => sheet.count()).toBe(0);
    await page.keyboard.press('?');
    await sheet.waitFor();
    await page.keyboard.press('?');
    await expect.poll(() => sheet.count()).toBe(0);
    await context.close();
  });
});
