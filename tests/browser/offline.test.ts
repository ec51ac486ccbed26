/**
 * Offline for classrooms (issue 21): after one visit the app runs with its server gone, the timelines
 * opened before still load, the page says it is offline, and the shortcut sheet says the app is kept.
 * The test serves the build itself and then stops the server: no emulation, a real absence.
 */
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, useBrowser } from './helpers';

describe('offline', () => {
  const chromium = useBrowser();
  let server: PreviewServer;
  let base = '';

  beforeAll(async () => {
    server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
    const address = server.httpServer.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    base = `http://127.0.0.1:${address.port}/`;
  });
  /** Gone at once: the worker keeps connections alive, which a plain close would wait for. */
  const stop = async () => {
    if (!server.httpServer.listening) return;
    const closed = server.close();
    (server.httpServer as import('node:http').Server).closeAllConnections();
    await closed;
  };
  afterAll(stop);

  it('after one visit the app, the bundled timeline and a linked one load with the server gone', async () => {
    const context = await chromium().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // A lesson's dataset, linked (?data=), opened once with the network there.
    await page.goto(`${base}?data=example.json`);
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    const linked = await page.getByTestId('timeline').getAttribute('data-event-count');
    // The worker has kept the app once it controls the page.
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 20_000 });
    await page.goto(base);
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    await page.keyboard.press('?');
    await expect
      .poll(() => page.locator('.works-offline').textContent())
      .toBe('This browser keeps Chronicle for use without a network: the app, and each timeline opened here.');
    await page.keyboard.press('Escape');
    // The dataset is kept by the time the worker says so; give it the moment its message takes.
    await page.waitForFunction(async () => (await caches.open('chronicle-data').then((c) => c.keys())).length > 0, undefined, { timeout: 10_000 });

    await stop();
    for (const [query, count] of [
      ['', '29'],
      ['?data=example.json', linked],
    ] as const) {
      await page.goto(`${base}${query}`);
      const timeline = page.locator('[data-testid=timeline][data-state=ready]');
      await timeline.waitFor();
      expect(await timeline.getAttribute('data-event-count')).toBe(count);
    }
    // Every lazy part still comes: the details of an event, the list view.
    await page.locator('.timeline [data-event-id]:has(.mark-label)').first().click();
    await page.locator('aside.detail').waitFor();
    // With the device itself offline, the page says where what it shows comes from.
    await context.setOffline(true);
    await page.reload();
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    await expect
      .poll(() => page.locator('.notice').textContent())
      .toBe('No network: Chronicle runs from the copy kept in this browser, and the timelines opened here before still load.');
    await page.screenshot({ path: `${SHOTS}/offline-1280.png` });
    expect(errors).toEqual([]);
    await context.close();
  });
});
