/**
 * `import { Timeline } from 'chronicle/react'` (issue 23), as a developer's React app gets it: a small
 * app (fixtures/react-host/) bundled by Vite with the built package (dist/lib/react.js and the
 * chronicle.js it imports), served from its own origin, showing the same timeline with no iframe,
 * its props driving it and its callbacks telling the app what the reader does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SHOTS, useBrowser, watchedPage } from './helpers';
import { serveFolder } from './staticHost';

const baseURL = inject('baseURL');
const chromium = useBrowser();
let app: { url: string; close: () => Promise<unknown> };
let out: string;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'chronicle-react-host-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    root: resolve('tests/browser/fixtures/react-host'),
    base: './',
    plugins: [react()],
    resolve: { alias: { 'chronicle/react': resolve('dist/lib/react.js') } },
    build: { outDir: out, emptyOutDir: true },
  });
  app = await serveFolder(out);
}, 120_000);

afterAll(async () => {
  await app?.close();
  rmSync(out, { recursive: true, force: true });
});

describe('<Timeline> in a React app', () => {
  it('draws the timeline with no iframe; props drive it, callbacks report the reader', async () => {
    const { context, page, errors } = await watchedPage(chromium(), { viewport: { width: 1100, height: 900 } });
    page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
    await page.goto(`${app.url}?data=${encodeURIComponent(`${baseURL}lib/events.json`)}`);
    const timeline = page.locator('chronicle-timeline [data-testid=timeline]');
    await timeline.and(page.locator('[data-state=ready]')).waitFor();
    expect(await page.locator('iframe').count()).toBe(0);
    // The props: two actors' events only, their chips pressed.
    expect(await page.locator('chronicle-timeline .embed-filters [aria-pressed=true]').allTextContents()).toEqual(['Microsoft', 'OpenAI']);
    expect(await page.locator('chronicle-timeline .match-count').textContent()).toMatch(/^\d+ of 29/);

    await page.locator('chronicle-timeline [data-event-id="amendment-2026-04-27"]').click();
    await expect.poll(() => page.locator('#selected').textContent()).toBe('amendment-2026-04-27');
    // A prop the app changes moves the timeline; the app hears the new window.
    const before = await timeline.getAttribute('data-from');
    await page.getByRole('button', { name: 'Show the exclusive years' }).click();
    await expect.poll(() => timeline.getAttribute('data-from'), { timeout: 3000 }).not.toBe(before);
    await expect.poll(() => page.locator('#window').textContent(), { timeout: 3000 }).toMatch(/^201\d-\d\d-\d\d – /);
    await page.screenshot({ path: `${SHOTS}/react-host.png`, fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});
