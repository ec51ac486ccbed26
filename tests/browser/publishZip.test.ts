/**
 * The editor's folder download (issue 21): the same folder `npm run publish` writes, made in the
 * browser as a zip, unzipped onto a static host and opened with every other address blocked; its
 * page, read raw as a link preview crawler reads it, names the draft and a picture that is there.
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, inject, it } from 'vitest';
import { openApp, SHOTS, useBrowser } from './helpers';
import { serveFolder } from './staticHost';

const baseURL = inject('baseURL');

describe('publish a folder from the editor', () => {
  const chromium = useBrowser();

  it('downloads a zip of the site, which a static host serves as the draft’s timeline with its own preview', async () => {
    const root = mkdtempSync(join(tmpdir(), 'chronicle-zip-'));
    const host = await serveFolder(root);
    const { page, context, errors } = await openApp(chromium(), baseURL, '?edit=1');
    await expect.poll(() => page.url()).toMatch(/draft=/);
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByLabel('Title', { exact: true }).fill('The partnership, retold');
    await page.getByRole('button', { name: 'Publish' }).click();
    const address = page.getByLabel('The address it will live at');
    await address.fill('ftp://example.org/');
    expect(await address.getAttribute('aria-invalid')).toBe('true');
    await address.fill(host.url.replace(/\/$/, ''));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the folder (.zip)' }).click()]);
    expect(download.suggestedFilename()).toBe('the-partnership-retold.zip');
    const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
    for (const [path, bytes] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), bytes);
    }
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        'index.html',
        'embed.html',
        'oembed.json',
        'og-image.png',
        'data.json',
        'data.csv',
        'sw.js',
        'favicon.svg',
        'embed.js',
        'lib/chronicle.js',
        'lib/events.json',
      ]),
    );
    // An article beside it with the builder's web component snippet, no src: the folder's own timeline.
    writeFileSync(
      join(root, 'article.html'),
      '<!doctype html><title>Article</title><script type="module" src="lib/chronicle.js"></script><chronicle-timeline></chronicle-timeline>',
    );
    expect(errors).toEqual([]);
    await context.close();

    // As a crawler reads it: no script run.
    const html = readFileSync(join(root, 'index.html'), 'utf8');
    const meta = (key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
    expect(meta('og:title')).toBe('The partnership, retold');
    expect(meta('og:image')).toBe(`${host.url}og-image.png`);
    expect(meta('twitter:card')).toBe('summary_large_image');
    expect(html).toContain(`<link rel="alternate" type="application/json+oembed" href="${host.url}oembed.json"`);
    const png = files['og-image.png']!;
    expect(new TextDecoder().decode(png.slice(1, 4))).toBe('PNG');
    // 1200 × 630, as its header says.
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);

    // A reader of the deployed folder, with every other address blocked.
    const reader = await chromium().newContext({ viewport: { width: 1280, height: 800 } });
    const blocked: string[] = [];
    await reader.route('**/*', (route) =>
      route.request().url().startsWith(host.url) ? route.continue() : (blocked.push(route.request().url()), route.abort()),
    );
    const tab = await reader.newPage();
    const problems: string[] = [];
    tab.on('pageerror', (e) => problems.push(e.message));
    tab.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await tab.goto(host.url);
    const timeline = tab.locator('[data-testid=timeline][data-state=ready]');
    await timeline.waitFor();
    expect(await timeline.getAttribute('data-event-count')).toBe('29');
    expect(await tab.locator('h1').first().textContent()).toBe('The partnership, retold');
    await tab.screenshot({ path: `${SHOTS}/publish-zip-site.png` });
    await tab.goto(`${host.url}?embed=1`);
    await tab.locator('[data-testid=timeline][data-state=ready]').waitFor();
    await tab.goto(`${host.url}article.html`);
    await tab.locator('chronicle-timeline [data-testid=timeline][data-state=ready]').waitFor();
    expect(await tab.locator('chronicle-timeline .embed-title').textContent()).toBe('The partnership, retold');
    expect(blocked).toEqual([]);
    expect(problems).toEqual([]);
    await reader.close();
    await host.close();
  });
});
