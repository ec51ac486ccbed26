/**
 * Media on events (issue 22) in a real browser: pictures lazy, in their kept space, described, a
 * failed one shown as its alt text and credit; third-party media makes no request before the reader
 * asks, then loads sandboxed; no Content-Security-Policy violation; axe finds nothing. Pictures come
 * from an https: host that Playwright answers (images.example), so nothing leaves the machine.
 */
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { SHOTS, useBrowser, watchViolations } from './helpers';

const baseURL = inject('baseURL');
const PNG = readFileSync(new URL('../../public/screenshot.png', import.meta.url));
const THIRD_PARTY = /youtube|ytimg|vimeo|twitter|x\.com|google|openstreetmap/;

const dataset = {
  title: 'Media on events',
  description: 'Pictures, a clip and a post',
  events: [
    {
      id: 'picture',
      start: '2026-04-27',
      title: 'A picture of a known size',
      summary: 'The amendment, **signed**. See [the filing](https://example.org/filing.pdf), then <img src=x onerror=alert(1)>\n\n- one\n- two',
      media: {
        url: 'https://images.example/signing.png',
        alt: 'Two executives shake hands',
        caption: 'The signing',
        credit: 'AP',
        creditUrl: 'https://apnews.com/',
      },
    },
    {
      id: 'broken',
      start: '2026-03-10',
      title: 'A picture that fails',
      media: { url: 'https://images.example/missing.jpg', alt: 'A courtroom sketch', credit: 'Reuters' },
    },
    {
      id: 'hostile',
      start: '2026-01-05',
      title: 'Hostile pictures',
      media: [
        { url: 'https://images.example/evil.svg', alt: 'An SVG with a script in it' },
        { url: 'https://images.example/redirect.png', alt: 'A picture that redirects to a data: URL' },
      ],
    },
    {
      id: 'clip',
      start: '2026-02-27',
      title: 'A clip',
      media: [
        { url: 'https://www.youtube.com/watch?v=pi2v1m6gmD8', caption: 'The announcement', credit: 'Microsoft' },
        { url: 'https://x.com/OpenAI/status/1916947241086095434', caption: 'OpenAI’s post' },
      ],
    },
  ],
};

/** A page on the media dataset, with every request to another host recorded and answered here. */
async function open(context: BrowserContext, query: string, delayPictures = 0) {
  const outside: string[] = [];
  await context.route('**/media.json', (route) => route.fulfill({ body: JSON.stringify(dataset), contentType: 'application/json' }));
  await context.route('https://images.example/**', async (route) => {
    await new Promise((done) => setTimeout(done, delayPictures));
    const url = route.request().url();
    if (url.endsWith('signing.png')) await route.fulfill({ body: PNG, contentType: 'image/png' });
    else if (url.endsWith('evil.svg'))
      await route.fulfill({
        body: '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" onload="top.__pwned=1"><script>top.__pwned=2</script><rect width="40" height="40" fill="red"/></svg>',
        contentType: 'image/svg+xml',
      });
    else if (url.endsWith('redirect.png')) await route.fulfill({ status: 302, headers: { location: `data:image/png;base64,${PNG.toString('base64')}` } });
    else await route.fulfill({ status: 404, body: 'not here' });
  });
  await context.route(THIRD_PARTY, (route) => {
    outside.push(route.request().url());
    return route.fulfill({ body: '<!doctype html><title>embed</title><p>player</p>', contentType: 'text/html' });
  });
  const page = await context.newPage();
  const violations = await watchViolations(page);
  await page.goto(`${baseURL}?data=media.json${query}`);
  await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
  return { page, outside, violations };
}

const panel = (page: Page) => page.locator('aside.detail');

describe('media on events', () => {
  const chromium = useBrowser();

  it('a picture: lazy, described, in the space kept for it, credited with its link, whole on a click', async () => {
    const context = await chromium().newContext({ viewport: { width: 1280, height: 800 } });
    const { page, violations } = await open(context, '&event=picture', 600);
    const image = panel(page).getByRole('img', { name: 'Two executives shake hands' });
    await image.waitFor({ state: 'attached' });
    expect(await image.getAttribute('loading')).toBe('lazy');
    // Its space is there before the picture arrives, and the same after: nothing below it moves.
    const before = (await image.boundingBox())!;
    expect(before.height).toBeGreaterThan(100);
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const after = (await image.boundingBox())!;
    expect(Math.abs(after.height - before.height)).toBeLessThan(1);
    expect(await panel(page).locator('figcaption').textContent()).toBe('The signingCredit: AP');
    // The summary's rich text as elements: bold, a link, a list; markup in it stays words.
    const summary = panel(page).locator('.detail-summary');
    expect(await summary.locator('strong').textContent()).toBe('signed');
    expect(await summary.getByRole('link', { name: 'the filing' }).getAttribute('href')).toBe('https://example.org/filing.pdf');
    expect(await summary.locator('p').first().textContent()).toBe('The amendment, signed. See the filing, then <img src=x onerror=alert(1)>');
    expect(await summary.locator('li').allTextContents()).toEqual(['one', 'two']);
    expect(await summary.locator('img').count()).toBe(0);
    expect(await panel(page).getByRole('link', { name: 'AP' }).getAttribute('href')).toBe('https://apnews.com/');
    await page.screenshot({ path: `${SHOTS}/media-picture-1280.png` });
    // Whole, in a dialog; Escape brings the reader back to the picture's button.
    await panel(page).getByRole('button', { name: 'View full size: Two executives shake hands' }).click();
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('View full size: Two executives shake hands');
    const axe = await new AxeBuilder({ page }).include('aside.detail').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    expect(await violations()).toEqual([]);
    await context.close();
  });

  it('a picture that fails leaves its alt text and credit, never a broken image', async () => {
    const context = await chromium().newContext({ viewport: { width: 375, height: 740 } });
    const { page } = await open(context, '&event=broken');
    await panel(page).locator('.media-failed').waitFor();
    expect(await panel(page).locator('.media-failed').textContent()).toBe('A courtroom sketchThe picture did not load.');
    expect(await panel(page).locator('img').count()).toBe(0);
    expect(await panel(page).locator('.media-credit').textContent()).toBe('Credit: Reuters');
    await page.screenshot({ path: `${SHOTS}/media-failed-375.png` });
    await context.close();
  });

  it('hostile pictures are neutralised: an SVG’s script never runs, a redirect to a data: URL shows the alt text', async () => {
    const context = await chromium().newContext({ viewport: { width: 1280, height: 800 } });
    const { page } = await open(context, '&event=hostile');
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await panel(page).getByRole('img', { name: 'An SVG with a script in it' }).waitFor();
    await panel(page).locator('.media-failed').waitFor();
    expect(await panel(page).locator('.media-failed').textContent()).toContain('A picture that redirects to a data: URL');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await context.close();
  });

  it('third-party media: nothing asked of the provider until the reader clicks, then a sandboxed frame from its privacy-enhanced address', async () => {
    const context = await chromium().newContext({ viewport: { width: 1280, height: 800 } });
    const { page, outside, violations } = await open(context, '&event=clip');
    const play = panel(page).getByRole('button', { name: 'Play video · YouTube' });
    await play.waitFor();
    expect(await panel(page).getByText('Loads from YouTube, which then sees your IP address and may set cookies.').count()).toBe(1);
    await page.waitForTimeout(500);
    expect(outside).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/media-facade-1280.png` });
    await play.click();
    const frame = panel(page).locator('iframe').first();
    await frame.waitFor();
    expect(await frame.getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/pi2v1m6gmD8');
    expect(await frame.getAttribute('sandbox')).toContain('allow-scripts');
    expect(await frame.getAttribute('title')).toBe('The announcement');
    await expect.poll(() => outside, { timeout: 10_000 }).toEqual(['https://www.youtube-nocookie.com/embed/pi2v1m6gmD8']);
    // The post beside it is still a facade: one click, one provider.
    expect(await panel(page).getByRole('button', { name: 'Show post · X (Twitter)' }).count()).toBe(1);
    expect(await violations()).toEqual([]);
    await context.close();
  });

  it('on stage: the step’s picture large beside its words, with caption and credit; in the list, a thumbnail', async () => {
    const context = await chromium().newContext({ viewport: { width: 1280, height: 720 } });
    const { page, violations } = await open(context, '&present=1&step=4');
    const picture = page.locator('.caption-picture img');
    await picture.waitFor();
    expect(await picture.getAttribute('alt')).toBe('Two executives shake hands');
    expect((await picture.boundingBox())!.width).toBeGreaterThan(300);
    expect(await page.locator('.caption-picture figcaption').textContent()).toBe('The signingCredit: AP');
    await page.screenshot({ path: `${SHOTS}/media-present-1280.png` });
    await page.goto(`${baseURL}?data=media.json&view=list`);
    await page.locator('.list-item').first().waitFor();
    // The failed pictures leave no broken icon; the good ones are there, its button named by its words alone.
    await expect.poll(() => page.locator('.list-thumb').count()).toBe(2);
    expect(
      await page
        .getByRole('button', { name: /A picture of a known size/ })
        .locator('img')
        .getAttribute('alt'),
    ).toBe('');
    expect(await violations()).toEqual([]);
    await context.close();
  });

  it('a picture by a path is the dataset’s: read beside a dataset linked from another site', async () => {
    const context = await chromium().newContext({ viewport: { width: 1280, height: 800 } });
    const asked: string[] = [];
    const story = {
      title: 'Elsewhere',
      events: [{ id: 'a', start: '2026-04-27', title: 'Beside its data', media: { url: 'img/signing.png', alt: 'The signing' } }],
    };
    await context.route('https://data.example/**', (route) => {
      asked.push(route.request().url());
      return route.request().url().endsWith('.json')
        ? route.fulfill({ body: JSON.stringify(story), contentType: 'application/json', headers: { 'access-control-allow-origin': '*' } })
        : route.fulfill({ body: PNG, contentType: 'image/png' });
    });
    const page = await context.newPage();
    await page.goto(`${baseURL}?data=${encodeURIComponent('https://data.example/story/data.json')}&event=a`);
    const image = page.locator('aside.detail').getByRole('img', { name: 'The signing' });
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 10_000 }).toBe(true);
    expect(asked).toEqual(['https://data.example/story/data.json', 'https://data.example/story/img/signing.png']);
    await context.close();
  });

  it('media=auto: a newsroom with its readers’ consent loads the frames at once', async () => {
    const context = await chromium().newContext({ viewport: { width: 1280, height: 800 } });
    const { page, outside, violations } = await open(context, '&event=clip&media=auto');
    await expect.poll(() => panel(page).locator('iframe').count()).toBe(2);
    // Lazy frames: fetched as they near the viewport, which takes its time under load.
    await expect.poll(() => outside.length, { timeout: 10_000 }).toBe(2);
    expect(await violations()).toEqual([]);
    await context.close();
  });
});

/** A story whose timeline, period and events have pictures and a backdrop, and one picture too large to show. */
const story = {
  title: 'A story with pictures',
  media: { url: 'https://images.example/cover.png', alt: 'The cover picture', credit: 'AP' },
  periods: [
    { id: 'talks', start: '2026-02', end: '2026-03', title: 'The talks', media: { url: 'https://images.example/period.png', alt: 'The negotiating table' } },
  ],
  events: [
    { id: 'backdrop', start: '2026-02-10', title: 'An event with a backdrop', backdrop: { color: '#0a3d62', url: 'https://images.example/back.png' } },
    { id: 'huge', start: '2026-04-01', title: 'A picture past the limit', media: { url: 'https://images.example/huge.png', alt: 'A very large scan' } },
  ],
};

describe('the timeline’s, a period’s and an event’s pictures, and a picture too large', () => {
  const chromium = useBrowser();

  async function openStory(context: BrowserContext, query: string) {
    await context.route('**/story.json', (route) => route.fulfill({ body: JSON.stringify(story), contentType: 'application/json' }));
    await context.route('https://images.example/**', (route) =>
      route.request().url().endsWith('huge.png')
        ? // A real picture followed by 33 MB of padding (a PNG ends at IEND; browsers ignore what follows), its size readable by the page.
          route.fulfill({ body: Buffer.concat([PNG, Buffer.alloc(33 * 1024 * 1024)]), contentType: 'image/png', headers: { 'timing-allow-origin': '*' } })
        : route.fulfill({ body: PNG, contentType: 'image/png' }),
    );
    const page = await context.newPage();
    await page.goto(`${baseURL}?data=story.json${query}`);
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    return page;
  }

  it('an event’s backdrop: its colour the panel’s accent, its picture a band above the heading, hidden from assistive technology', async () => {
    const context = await chromium().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await openStory(context, '&event=backdrop');
    const band = panel(page).locator('.backdrop-banner');
    await expect.poll(() => band.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 10_000 }).toBe(true);
    expect(await band.getAttribute('aria-hidden')).toBe('true');
    expect(await panel(page).evaluate((el) => getComputedStyle(el).borderTopColor)).toBe('rgb(10, 61, 98)');
    await page.screenshot({ path: `${SHOTS}/media-backdrop-1280.png` });
    const axe = await new AxeBuilder({ page }).include('aside.detail').analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await context.close();
  });

  it('a picture over 32 MB is not shown: its alt text says it is too large', async () => {
    const context = await chromium().newContext({ viewport: { width: 375, height: 740 } });
    const page = await openStory(context, '&event=huge');
    await panel(page).locator('.media-failed').waitFor({ timeout: 20_000 });
    expect(await panel(page).locator('.media-failed').textContent()).toBe('A very large scanThe picture is too large to show (over 32 MB or 100 megapixels).');
    expect(await panel(page).locator('img').count()).toBe(0);
    await context.close();
  });

  it('a timeline that asks for them shows each picture on its mark, over the mark, never in its name; the export carries none', async () => {
    const context = await chromium().newContext({ viewport: { width: 1280, height: 800 } });
    await context.route('**/thumbs.json', (route) =>
      route.fulfill({
        body: JSON.stringify({ ...story, thumbnails: true, events: [...story.events.slice(0, 1), ...dataset.events.slice(0, 2)] }),
        contentType: 'application/json',
      }),
    );
    await context.route('https://images.example/**', (route) => route.fulfill({ body: PNG, contentType: 'image/png' }));
    const page = await context.newPage();
    await page.goto(`${baseURL}?data=thumbs.json`);
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    const layer = page.locator('.timeline-svg .mark-pictures');
    await expect.poll(() => layer.locator('image').count(), { timeout: 10_000 }).toBe(2);
    expect(await layer.getAttribute('aria-hidden')).toBe('true');
    expect(await layer.locator('image').evaluateAll((images) => images.map((i) => i.getAttribute('href')).sort())).toEqual([
      'https://images.example/missing.jpg',
      'https://images.example/signing.png',
    ]);
    // Each picture sits on its own mark's point.
    const [mark, picture] = await Promise.all([
      page.locator('[data-event-id=picture] .mark-dot').boundingBox(),
      layer.locator('g', { has: page.locator('image[href$="signing.png"]') }).boundingBox(),
    ]);
    expect(Math.abs(mark!.x + mark!.width / 2 - (picture!.x + picture!.width / 2))).toBeLessThan(1.5);
    expect(Math.abs(mark!.y + mark!.height / 2 - (picture!.y + picture!.height / 2))).toBeLessThan(1.5);
    // The mark is still what a click and a screen reader reach.
    await page.locator('[data-event-id=picture]').click();
    await expect.poll(() => page.url()).toMatch(/event=picture/);
    await page.screenshot({ path: `${SHOTS}/media-mark-pictures-1280.png` });
    // On a phone the vertical timeline puts each picture on its knob.
    await page.setViewportSize({ width: 375, height: 740 });
    const knob = page.locator('svg.vertical [data-event-id=broken] .mark-dot');
    await knob.waitFor({ timeout: 10_000 });
    const onKnob = page.locator('svg.vertical .mark-pictures g', { has: page.locator('image[href$="missing.jpg"]') });
    await expect.poll(() => onKnob.count(), { timeout: 10_000 }).toBe(1);
    const [dot, ring] = [await knob.boundingBox(), await onKnob.boundingBox()];
    expect(Math.abs(dot!.x + dot!.width / 2 - (ring!.x + ring!.width / 2))).toBeLessThan(1.5);
    expect(Math.abs(dot!.y + dot!.height / 2 - (ring!.y + ring!.height / 2))).toBeLessThan(1.5);
    await page.screenshot({ path: `${SHOTS}/media-mark-pictures-375.png` });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: 'Export' }).click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Timeline as SVG' }).click()]);
    const svg = readFileSync(await file.path(), 'utf8');
    expect(svg).toMatch(/A story with pictures/);
    expect(svg).not.toMatch(/images\.example|<image/);
    await context.close();
  });

  it('the timeline’s picture heads the list; a period’s is on its step on stage', async () => {
    const context = await chromium().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await openStory(context, '&view=list');
    const cover = page.locator('.list-cover').getByRole('img', { name: 'The cover picture' });
    await expect.poll(() => cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 10_000 }).toBe(true);
    expect(await page.locator('.list-cover .media-credit').textContent()).toBe('Credit: AP');
    await page.screenshot({ path: `${SHOTS}/media-list-cover-1280.png` });
    await page.goto(`${baseURL}?data=story.json&present=1&step=0`);
    const picture = page.locator('.caption-picture img');
    await picture.waitFor();
    expect(await picture.getAttribute('alt')).toBe('The negotiating table');
    expect(await page.locator('.caption-title').textContent()).toBe('The talks');
    await context.close();
  });
});
