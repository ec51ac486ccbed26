/**
 * Publishing one HTML file (issue 21): made in the editor, its size said before download, then opened
 * from disk with the network blocked: the timeline is ready and whole, nothing is requested from
 * anywhere, no policy is broken; and the file opens again in Chronicle as its dataset.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { dropFile, openApp, SHOTS, useBrowser } from './helpers';

const baseURL = inject('baseURL');

describe('publish as one HTML file', () => {
  const chromium = useBrowser();

  it('downloads a file of the size it says, which opens from disk with no network and opens again in Chronicle', async () => {
    const { page, context, errors } = await openApp(chromium(), baseURL, '?edit=1');
    await expect.poll(() => page.url()).toMatch(/draft=/);
    // A title with markup in it stays text in the file.
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByLabel('Title', { exact: true }).fill('Microsoft & OpenAI </script><script>window.hacked=1</script>');
    await page.getByRole('button', { name: 'Publish' }).click();
    const button = page.getByRole('button', { name: /^Download the file \(\d+(\.\d)? [KM]B\)$/ });
    await button.waitFor();
    const [, number, unit] = /\(([\d.]+) ([KM])B\)/.exec((await button.textContent())!)!;
    // In KB, as said: "1.1 MB" is 1,126 KB give or take 51.
    const said = Number(number) * (unit === 'M' ? 1024 : 1);
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('microsoft-openai-script-script-window-hacked-1-script.html');
    const html = readFileSync(await download.path(), 'utf8');
    // Saved where a mail program would put an attachment (the download goes with its context).
    const path = join(mkdtempSync(join(tmpdir(), 'chronicle-')), download.suggestedFilename());
    writeFileSync(path, html);
    expect(Math.abs(Buffer.byteLength(html) / 1024 - said)).toBeLessThan(unit === 'M' ? 52 : 0.1);
    expect(errors).toEqual([]);
    await context.close();

    // Opened from an email attachment on a train: a file, and no network at all.
    const offline = await chromium().newContext({ offline: true, viewport: { width: 1280, height: 800 } });
    const requests: string[] = [];
    await offline.route('**/*', (route) =>
      route.request().url().startsWith('file:') ? route.continue() : (requests.push(route.request().url()), route.abort()),
    );
    const reader = await offline.newPage();
    const problems: string[] = [];
    reader.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    reader.on('pageerror', (e) => problems.push(e.message));
    await reader.goto(`file://${path}`);
    const timeline = reader.locator('[data-testid=timeline][data-state=ready]');
    await timeline.waitFor();
    expect(await timeline.getAttribute('data-event-count')).toBe('29');
    expect(await reader.title()).toBe('Microsoft & OpenAI </script><script>window.hacked=1</script> · Chronicle');
    expect(await reader.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    expect(await reader.locator('h1').first().textContent()).toBe('Microsoft & OpenAI </script><script>window.hacked=1</script>');
    // The details open, with their sources, as in the app.
    await reader.locator('.timeline [data-event-id]:has(.mark-label)').first().click();
    await reader.locator('.detail-panel, [role=dialog], aside').first().waitFor();
    await reader.screenshot({ path: `${SHOTS}/publish-file-offline.png` });
    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
    await offline.close();

    // Brought back to Chronicle (a drop, or Open…), the file is its dataset.
    const again = await openApp(chromium(), baseURL);
    await dropFile(again.page, html, 'timeline.html', 'text/html');
    await expect.poll(() => again.page.locator('h1').first().textContent()).toBe('Microsoft & OpenAI </script><script>window.hacked=1</script>');
    expect(await again.page.getByTestId('timeline').getAttribute('data-event-count')).toBe('29');
    await again.context.close();
  });

  it('carries its pictures inside when the author asks: they show from the file with no network', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '?edit=1&draft=new');
    await expect.poll(() => page.url()).toMatch(/draft=/);
    await page.getByRole('button', { name: 'Add event' }).click();
    // Its Start cell takes focus a frame after the click.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Start, row 1');
    await page.keyboard.type('2026-04-27');
    const cell = (column: string) => page.getByRole('textbox', { name: `${column}, row 1`, exact: true });
    await cell('Title').fill('The signing');
    // A picture on the app's own site, described.
    await cell('Media').fill('screenshot.png');
    await cell('Media alt text').fill('The timeline on a laptop');
    await page.getByRole('button', { name: 'Publish' }).click();
    const button = page.getByRole('button', { name: /^Download the file/ });
    await button.waitFor();
    // The size on the button, in KB.
    const size = async () => {
      const [, amount, unit] = /\(([\d.]+) (KB|MB)\)/.exec((await button.textContent())!)!;
      return Number(amount) * (unit === 'MB' ? 1024 : 1);
    };
    const without = await size();
    await page.getByRole('checkbox', { name: 'Carry the pictures inside the file' }).check();
    // The picture's bytes are in the file, and the size said grows by them.
    await expect.poll(size).toBeGreaterThan(without + 20);
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const path = join(mkdtempSync(join(tmpdir(), 'chronicle-')), 'with-pictures.html');
    writeFileSync(path, readFileSync(await download.path()));
    await context.close();

    const offline = await chromium().newContext({ offline: true, viewport: { width: 1280, height: 800 } });
    const requests: string[] = [];
    await offline.route('**/*', (route) =>
      route.request().url().startsWith('file:') || route.request().url().startsWith('data:')
        ? route.continue()
        : (requests.push(route.request().url()), route.abort()),
    );
    const reader = await offline.newPage();
    await reader.goto(`file://${path}?event=event`);
    const image = reader.locator('aside.detail').getByRole('img', { name: 'The timeline on a laptop' });
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 10_000 }).toBe(true);
    expect(await image.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(requests).toEqual([]);
    await offline.close();
  });
});
