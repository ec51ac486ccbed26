/**
 * Publishing a folder for a web host (issue 21, `npm run publish`): a newsroom's sheet published, then
 * published again over itself, served as a static host serves it and opened in Chromium with every
 * other address blocked. The page, its embed view and embed.html show that dataset whole and ask
 * nothing of anywhere else; a shared view link, read raw as a link preview crawler reads it, names the
 * dataset and an image and an oEmbed file that are really there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, useBrowser } from './helpers';
import { serveFolder } from './staticHost';

const TITLE = 'Port strike: 60 days </script><b>on the docks</b>';
const SHEET = `type,id,start,end,title,summary,actors,sources
title,,,,"${TITLE}","Sixty days ""on"" the docks, & after.",,
,walkout,2026-01-15,,Dockers walk out,The union calls a strike.,union,Harbour Gazette
,talks,2026-02-03,2026-02-20,Talks under a mediator,,union;port,Harbour Gazette
,lockout,2026-02-25,,The port locks out the night shift,,port,Evening Post
,deal,2026-03-16,,A deal is signed,,union;port,Evening Post
`;

const publish = (input: string, out: string, url: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/publish.ts', input, out, '--url', url], { encoding: 'utf8', timeout: 60_000 });

describe('a folder published for a web host', () => {
  const chromium = useBrowser();
  const folder = mkdtempSync(join(tmpdir(), 'chronicle-site-'));
  const sheet = join(mkdtempSync(join(tmpdir(), 'chronicle-sheet-')), 'strike.csv');
  let site: Awaited<ReturnType<typeof serveFolder>>;

  beforeAll(async () => {
    writeFileSync(sheet, SHEET);
    site = await serveFolder(folder);
    const first = publish(sheet, folder, site.url);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    // A correction, published over the first: a folder published before is updated, not refused.
    const again = publish(sheet, folder, site.url);
    expect(again.stderr).toBe('');
    expect(again.stdout).toMatch(/4 events, to be served at http:\/\/127\.0\.0\.1:\d+\/\n[\s\S]*og-image\.png[\s\S]*total/);
  });
  afterAll(() => site?.close());

  /** A reader's tab that can reach the folder's host and nothing else. */
  async function openOffline(path: string) {
    const context = await chromium().newContext({ viewport: { width: 1280, height: 800 } });
    const blocked: string[] = [];
    await context.route('**/*', (route) =>
      route.request().url().startsWith(site.url) ? route.continue() : (blocked.push(route.request().url()), route.abort()),
    );
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(site.url + path);
    const timeline = page.locator('[data-testid=timeline][data-state=ready]');
    await timeline.waitFor();
    return { page, context, timeline, blocked, errors };
  }

  it('carries the library, whose bundled dataset is the published one: a <chronicle-timeline> with no src shows it', () => {
    expect(existsSync(join(folder, 'lib/chronicle.js'))).toBe(true);
    expect((JSON.parse(readFileSync(join(folder, 'lib/events.json'), 'utf8')) as { title: string; events: unknown[] }).events).toHaveLength(4);
  });

  it('the page shows the published dataset whole, from the folder alone', async () => {
    const { page, context, timeline, blocked, errors } = await openOffline('');
    expect(await timeline.getAttribute('data-event-count')).toBe('4');
    expect(await page.title()).toBe(`${TITLE} · Chronicle`);
    await expect.poll(() => page.locator('h1').first().textContent()).toBe(TITLE);
    expect(await page.locator('.app.embed').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/publish-folder.png` });
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each(['?embed=1', 'embed.html'])('%s: the embed view of the published dataset, from the folder alone', async (path) => {
    const { page, context, timeline, blocked, errors } = await openOffline(path);
    expect(page.url()).toBe(`${site.url}?embed=1`);
    expect(await timeline.getAttribute('data-event-count')).toBe('4');
    await page.locator('.app.embed').waitFor();
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the data goes along: Chronicle JSON of the dataset, and the sheet as given', async () => {
    const json = (await (await fetch(`${site.url}data.json`)).json()) as { title: string; events: unknown[] };
    expect(json.title).toBe(TITLE);
    expect(json.events).toHaveLength(4);
    expect(await (await fetch(`${site.url}data.csv`)).text()).toBe(readFileSync(sheet, 'utf8'));
  });

  it('a shared view link, read raw as a link preview crawler reads it: the dataset’s title, its image, its oEmbed', async () => {
    const html = await (await fetch(`${site.url}?event=lockout&lanes=category`)).text();
    const meta = (key: string) =>
      [...html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)">/g)].filter((m) => m[1] === key).map((m) => decode(m[2]!));
    expect(meta('og:title')).toEqual([TITLE]);
    expect(meta('twitter:title')).toEqual([TITLE]);
    expect(meta('og:description')).toEqual(['Sixty days "on" the docks, & after.']);
    expect(meta('og:url')).toEqual([site.url]);
    expect(meta('twitter:card')).toEqual(['summary_large_image']);
    expect(meta('twitter:image')).toEqual(meta('og:image'));

    // The image a crawler fetches: a PNG of 1200 × 630, as the tags say.
    const image = await fetch(meta('og:image')[0]!);
    expect(image.headers.get('content-type')).toBe('image/png');
    const png = Buffer.from(await image.arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect([meta('og:image:width'), meta('og:image:height')]).toEqual([['1200'], ['630']]);

    // oEmbed: discovered from the page, it frames the embed view itself.
    const discovery = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)![1]!;
    const oembed = (await (await fetch(decode(discovery))).json()) as { type: string; title: string; html: string; thumbnail_url: string };
    expect(oembed).toMatchObject({ type: 'rich', title: TITLE, thumbnail_url: meta('og:image')[0] });
    expect(oembed.html).toContain(`<iframe src="${site.url}?embed=1"`);
  });
});

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
