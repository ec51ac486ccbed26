/**
 * Modal dialogs are modal: in the Open dialog and the shortcut sheet, Tab stays inside, the page
 * behind does not react to a click, Escape closes from wherever focus is, and focus returns to the
 * button that opened it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openApp, useBrowser } from './helpers';

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
