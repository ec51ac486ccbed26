/**
 * The load path cannot hang (issue 18), against a server that misbehaves on purpose
 * (unreliableServer.ts): a body cut off, a hang, a drip, a late answer racing a paste, a body with no
 * Content-Length past the limit, a gzip bomb, a web page. Each ends in a clear message and a defined
 * `data-state`, with no uncaught error, and what was shown before stays. Cancel works from the keyboard.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SHOTS, useBrowser } from './helpers';
import { serveShortStallBuild } from './shortStallBuild';
import { startUnreliableServer, type UnreliableServer } from './unreliableServer';

const baseURL = inject('baseURL');
const chromium = useBrowser();
let server: UnreliableServer;
let short: Awaited<ReturnType<typeof serveShortStallBuild>>;

beforeAll(async () => {
  [server, short] = await Promise.all([startUnreliableServer(), serveShortStallBuild()]);
}, 120_000);
afterAll(async () => {
  await server?.close();
  await short?.close();
});

/** The page on `?data=` a path of the server, not waiting for it to be ready; `errors` holds what the page threw or logged. */
async function openLink(browser: Browser, path: string, { base = baseURL, query = '', width = 1280 } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  // The browser's own line for a failed request ("Failed to load resource: net::ERR_…") is not the page's error.
  page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
  await page.goto(`${base}?data=${encodeURIComponent(server.url(path))}${query}`);
  return { page, context, errors };
}

const timeline = (page: Page) => page.getByTestId('timeline');
const state = (page: Page) => timeline(page).getAttribute('data-state');

async function expectError(page: Page, message: RegExp, timeout = 10_000) {
  await page.locator('[data-testid=timeline][data-state=error]').waitFor({ timeout });
  expect(await timeline(page).getByRole('alert').textContent()).toMatch(message);
}

describe('a dataset link that misbehaves', () => {
  it('a body cut off mid-download: a located message and Try again, no uncaught "Failed to fetch"', async () => {
    const { page, context, errors } = await openLink(chromium(), '/truncated.json');
    await expectError(
      page,
      /^This dataset could not be shown: http:\/\/127\.0\.0\.1:\d+\/truncated\.json broke off after \d+ bytes: the connection closed before the whole file arrived; try again\.$/,
    );
    expect(await timeline(page).getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
    expect(await page.locator('.problem').first().textContent()).toMatch(/^error http:.*truncated\.json, loading: broke off/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a server that answers, then sends nothing: loading with Cancel, then a clear message once it has stalled', async () => {
    const { page, context, errors } = await openLink(chromium(), '/hang.json', { base: short.baseURL });
    await timeline(page).getByRole('button', { name: 'Cancel' }).waitFor();
    expect(await timeline(page).getByRole('status').textContent()).toMatch(/^Loading the timeline…/);
    await expectError(page, /hang\.json stalled: next to nothing arrived for 1\.5 s \(0 bytes in all\); the server may be busy, try again later\.$/);
    await page.screenshot({ path: `${SHOTS}/load-stalled.png` });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a drip of a byte a second is given up on too, and the request is closed', async () => {
    const { page, context, errors } = await openLink(chromium(), '/drip.json', { base: short.baseURL });
    await expectError(page, /drip\.json stalled: next to nothing arrived for 1\.5 s \(\d bytes in all\)/);
    await expect.poll(() => server.sent.get('/drip.json')?.hungUp).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows what has arrived, and of how much when the size is known, in the page’s language', async () => {
    const { page, context, errors } = await openLink(chromium(), '/slow.json?every=150');
    const status = timeline(page).getByRole('status');
    await expect.poll(() => status.textContent(), { timeout: 5000 }).toMatch(/^Loading the timeline… \d+(\.\d)? KB of \d+(\.\d)? KB \(\d+%\)$/);
    await page.screenshot({ path: `${SHOTS}/load-progress.png` });
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    expect(await timeline(page).getAttribute('data-event-count')).toBe('400');

    await page.goto(`${baseURL}?lang=de&data=${encodeURIComponent(server.url('/slow.json?length=no&every=150'))}`);
    await expect.poll(() => status.textContent(), { timeout: 5000 }).toMatch(/^Die Zeitleiste wird geladen… \d+(,\d)? kB empfangen$/);
    expect(await timeline(page).getByRole('button', { name: 'Abbrechen' }).isVisible()).toBe(true);
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Cancel from the keyboard leaves a usable page: the bundled timeline, a notice that says so, and the way back', async () => {
    const { page, context, errors } = await openLink(chromium(), '/hang.json');
    const cancel = timeline(page).getByRole('button', { name: 'Cancel' });
    await cancel.waitFor();
    // Tab from the top of the page until Cancel has focus, as a keyboard user would.
    for (let i = 0; i < 40 && !(await cancel.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await cancel.evaluate((b) => b === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    expect(await timeline(page).getAttribute('data-event-count')).toBe('29');
    const notice = page.getByRole('region', { name: 'Notices' });
    expect(await notice.textContent()).toMatch(/^Loading hang\.json was cancelled; the bundled timeline is shown instead\.Try againDismiss$/);
    // Focus is not lost to the page's top: it is on what the notice says.
    expect(await notice.evaluate((n) => n === document.activeElement)).toBe(true);
    // The link no longer names the dataset that is not shown; Try again does.
    expect(new URL(page.url()).searchParams.has('data')).toBe(false);
    expect(decodeURIComponent((await notice.getByRole('link', { name: 'Try again' }).getAttribute('href'))!)).toContain(server.url('/hang.json'));
    await expect.poll(() => server.sent.get('/hang.json')?.hungUp).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await notice.count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Cancel in an embed ends in the error state, saying so, not in someone else’s chronology', async () => {
    const { page, context, errors } = await openLink(chromium(), '/hang.json', { query: '&embed=1' });
    await timeline(page).getByRole('button', { name: 'Cancel' }).click();
    await expectError(page, /hang\.json was not loaded: loading was cancelled\.$/);
    expect(await timeline(page).getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a late answer racing a paste: the paste wins, and stays when the answer comes', async () => {
    const { page, context, errors } = await openLink(chromium(), '/late.json?ms=2500');
    await timeline(page).getByRole('button', { name: 'Cancel' }).waitFor();
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.getByLabel('Or paste the data').fill('id,start,title\npasted-1,2021,Pasted one\npasted-2,2022,Pasted two\n');
    await page.getByRole('button', { name: 'Load pasted data' }).click();
    await expect.poll(() => timeline(page).getAttribute('data-event-count')).toBe('2');
    expect(await state(page)).toBe('ready');
    // The late answer was aborted, or arrives and is ignored: either way the paste stays.
    await page.waitForTimeout(3000);
    expect(await timeline(page).getAttribute('data-event-count')).toBe('2');
    expect(await page.locator('h1').textContent()).toBe('pasted data');
    await expect.poll(() => new URL(page.url()).searchParams.has('data')).toBe(false);
    expect(errors).toEqual([]);
    await page.evaluate(() => localStorage.clear());
    await context.close();
  });

  it('no Content-Length and past the limit: reading stops at 64 MB, long before the whole body would arrive', async () => {
    const { page, context, errors } = await openLink(chromium(), '/endless.json');
    const t0 = Date.now();
    await expectError(page, /endless\.json is larger than the 64 MB limit; reading stopped there\.$/, 20_000);
    const seconds = (Date.now() - t0) / 1000;
    const sent = server.sent.get('/endless.json')!;
    // The server had 512 MB to give; the page hung up after the limit and what the network had in flight.
    await expect.poll(() => server.sent.get('/endless.json')?.hungUp).toBe(true);
    expect(sent.bytes).toBeLessThan(128 * 1024 * 1024);
    console.log(`endless body: rejected after ${seconds.toFixed(1)} s, ${(sent.bytes / 1024 / 1024).toFixed(0)} MB sent of 512`);
    expect(seconds).toBeLessThan(10);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a gzip bomb (a ~100 KB body that inflates to 100 MB) stops at 64 MB of decoded text', async () => {
    const { page, context, errors } = await openLink(chromium(), '/bomb.json');
    await expectError(page, /bomb\.json is larger than the 64 MB limit; reading stopped there\.$/, 20_000);
    expect(server.sent.get('/bomb.json')!.bytes).toBeLessThan(1024 * 1024);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a web page given as a dataset is named for what it is, not quoted back', async () => {
    const { page, context, errors } = await openLink(chromium(), '/page.html');
    await expectError(
      page,
      /^This dataset could not be shown: page\.html, file: this is a web page \(HTML or XML\), not a dataset; use the address of the JSON or CSV file itself\.$/,
    );
    expect(await page.locator('.problems').textContent()).not.toContain('Lorem');
    await page.screenshot({ path: `${SHOTS}/load-web-page.png` });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('keeping the reader’s dataset', () => {
  it('storage full: the new file is shown, the one kept before stays, and a notice says why and what a reload shows', async () => {
    const context = await chromium().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(baseURL);
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    const open = async (name: string, text: string) => {
      await page.getByRole('button', { name: 'Open…' }).click();
      await page.getByLabel('A file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
      await expect.poll(() => page.locator('h1').textContent()).toBe(name.replace(/\.csv$/, ''));
    };
    await open('old.csv', 'id,start,title\nold,2020,The old file\n');
    // Fill the rest of this site's storage, as months of other use might.
    await page.evaluate(() => {
      let n = 0;
      for (let size = 4 * 1024 * 1024; size >= 64;) {
        try {
          localStorage.setItem(`filler-${n++}`, 'x'.repeat(size));
        } catch {
          size = Math.floor(size / 2);
        }
      }
    });
    await open('new.csv', `id,start,title,summary\nnew,2021,The new file,${'y'.repeat(200_000)}\n`);
    const notice = page.getByRole('region', { name: 'Notices' });
    expect(await notice.getByRole('alert').textContent()).toBe(
      'new.csv could not be kept in this browser: its storage for this site is full. A reload will show old.csv, kept from before.',
    );
    expect(await page.locator('.user-dataset').textContent()).not.toMatch(/stays here/);
    await page.waitForTimeout(4500);
    expect(await notice.getByRole('alert').isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/load-storage-full.png` });
    await page.reload();
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    expect(await page.locator('h1').textContent()).toBe('old');
    await page.evaluate(() => localStorage.clear());
    await context.close();
  });

  it('a kept dataset that no longer reads: the bundled timeline, and a notice naming it and why, until it is forgotten', async () => {
    const context = await chromium().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(baseURL);
    await page.evaluate(() =>
      localStorage.setItem('chronicle:user-dataset', JSON.stringify({ name: 'mine.json', text: '{ "events": [ { "id": 1, "title": "x" } ] }' })),
    );
    await page.reload();
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    expect(await timeline(page).getAttribute('data-event-count')).toBe('29');
    const notice = page.getByRole('region', { name: 'Notices' });
    expect(await notice.getByRole('status').textContent()).toMatch(
      /^Your saved dataset mine\.json could not be read, so the bundled timeline is shown; mine\.json is still kept in this browser\. What is wrong: events\[0\] › id: .*this event was left out\.Download itForget it$/,
    );
    const download = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Download it' }).click();
    expect((await download).suggestedFilename()).toBe('mine.json');
    await notice.getByRole('button', { name: 'Forget it' }).click();
    expect(await notice.count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('chronicle:user-dataset'))).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });
});
