/**
 * Issue 22's "done when", as a journalist moving from TimelineJS meets it: a TimelineJS3 timeline full
 * of photos, clips and posts, opened in Chronicle, shows every item with its caption and credit, asks
 * nothing of any third party until the reader clicks one, and passes axe with every picture described.
 * Pictures come from an https: host that Playwright answers (images.example); every other host is
 * recorded, so a request that should not happen fails the test.
 */
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { SHOTS, useBrowser, watchViolations } from './helpers';

const baseURL = inject('baseURL');
const PNG = readFileSync(new URL('../../public/screenshot.png', import.meta.url));
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const slide = (id: string, day: number, headline: string, media: Record<string, string>, extra: Record<string, unknown> = {}) => ({
  unique_id: id,
  start_date: { year: '2026', month: '4', day: String(day) },
  text: { headline, text: `<p>What happened on day ${day}.</p>` },
  media,
  ...extra,
});

/** As TimelineJS's authoring tools write it: HTML credits, embed codes pasted as media, a background. */
const timeline = {
  title: {
    text: { headline: 'A newsroom’s week', text: '<p>Photos, clips and posts, as <b>TimelineJS</b> shows them.</p>' },
    media: { url: 'https://images.example/cover.png', alt: 'The newsroom at night', caption: 'Our newsroom', credit: 'Staff photographer' },
  },
  events: [
    slide('photo', 1, 'The signing', {
      url: 'https://images.example/signing.png',
      alt: 'Two executives sign a contract',
      caption: 'Signed at <i>noon</i>',
      credit: '<a href="https://apnews.com/">AP Photo</a>',
    }),
    slide('clip', 2, 'The announcement', { url: 'https://www.youtube.com/watch?v=pi2v1m6gmD8', caption: 'The keynote', credit: 'Microsoft' }),
    slide('post', 3, 'The reply', { url: 'https://twitter.com/OpenAI/status/1916947241086095434', caption: 'OpenAI’s post', credit: 'OpenAI on X' }),
    slide('talk', 4, 'The panel', { url: 'https://vimeo.com/20839673', caption: 'The panel, in full', credit: 'Vimeo' }),
    slide('map', 5, 'Where it happened', { url: 'https://www.openstreetmap.org/#map=15/47.6397/-122.1280', caption: 'Redmond', credit: 'OpenStreetMap' }),
    slide(
      'scene',
      6,
      'The scene',
      { url: 'https://images.example/scene.png', alt: 'Reporters outside', caption: 'Outside', credit: 'Reuters' },
      { background: { color: '#0a3d62' } },
    ),
  ],
};

describe('a TimelineJS timeline full of media, opened in Chronicle', () => {
  const chromium = useBrowser();

  it('shows every item with its caption and credit, asks no third party before a click, and passes axe', async () => {
    const context = await chromium().newContext({ viewport: { width: 1280, height: 800 } });
    const outside: string[] = [];
    await context.route('**/newsroom-week.json', (route) => route.fulfill({ body: JSON.stringify(timeline), contentType: 'application/json' }));
    await context.route('https://images.example/**', (route) => route.fulfill({ body: PNG, contentType: 'image/png' }));
    await context.route(/^https:\/\/(?!images\.example\/)/, (route) => {
      outside.push(route.request().url());
      return route.fulfill({ body: '<!doctype html><title>embed</title><p>player</p>', contentType: 'text/html' });
    });
    const page = await context.newPage();
    const violations = await watchViolations(page);
    await page.goto(`${baseURL}?data=newsroom-week.json`);
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    expect(await page.locator('h1').textContent()).toBe('A newsroom’s week');
    expect(await page.getByTestId('timeline').getAttribute('data-event-count')).toBe('6');
    // Nothing the dataset carries is a problem: every picture is described.
    expect(await page.locator('.problem').count()).toBe(0);

    const panel = page.locator('aside.detail');
    const expected: [string, string, string, RegExp | null][] = [
      ['photo', 'Signed at noon', 'Credit: AP Photo', null],
      ['clip', 'The keynote', 'Credit: Microsoft', /Play video · YouTube/],
      ['post', 'OpenAI’s post', 'Credit: OpenAI on X', /Show post · X \(Twitter\)/],
      ['talk', 'The panel, in full', 'Credit: Vimeo', /Play video · Vimeo/],
      ['map', 'Redmond', 'Credit: OpenStreetMap', /Show map · OpenStreetMap/],
      ['scene', 'Outside', 'Credit: Reuters', null],
    ];
    for (const [id, caption, credit, facade] of expected) {
      await page.locator(`[data-event-id="${id}"]`).click();
      await expect.poll(() => page.url()).toMatch(new RegExp(`event=${id}`));
      await expect.poll(() => panel.locator('.media-credit').first().textContent(), { timeout: 10_000 }).toBe(credit);
      expect(await panel.innerText()).toContain(caption);
      if (facade) expect(await panel.getByRole('button', { name: facade }).count()).toBe(1);
      const axe = await new AxeBuilder({ page }).withTags(TAGS).include('aside.detail').analyze();
      expect(axe.violations.map((v) => `${id}: ${v.id}`)).toEqual([]);
    }
    // The credit's link came over with it; the backdrop's colour is the panel's accent.
    await page.locator('[data-event-id="photo"]').click();
    await expect.poll(() => panel.getByRole('link', { name: 'AP Photo' }).getAttribute('href')).toBe('https://apnews.com/');
    await page.locator('[data-event-id="scene"]').click();
    await expect.poll(() => panel.evaluate((el) => getComputedStyle(el).borderTopColor)).toBe('rgb(10, 61, 98)');
    // Every picture on the page says what it shows, or is marked as decoration inside a named control.
    const pictures = await page.locator('img').evaluateAll((images) => images.map((i) => ({ alt: i.getAttribute('alt'), named: !!i.closest('[aria-label]') })));
    expect(pictures.every((p) => (p.alt !== null && p.alt !== '') || p.named)).toBe(true);

    // The list: the timeline's picture at its head, each photo beside its event.
    await page.getByRole('button', { name: 'List' }).click();
    const cover = page.locator('.list-cover').getByRole('img', { name: 'The newsroom at night' });
    await expect.poll(() => cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 10_000 }).toBe(true);
    await page.screenshot({ path: `${SHOTS}/timelinejs-media-list-1280.png` });
    const listAxe = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(listAxe.violations.map((v) => v.id)).toEqual([]);

    // After all that reading, no third party has been asked for anything; one click asks one.
    expect(outside).toEqual([]);
    await page.getByRole('button', { name: 'Timeline' }).click();
    await page.locator('[data-event-id="clip"]').click();
    await panel.getByRole('button', { name: /Play video · YouTube/ }).click();
    await expect.poll(() => outside, { timeout: 10_000 }).toEqual(['https://www.youtube-nocookie.com/embed/pi2v1m6gmD8']);
    expect(await violations()).toEqual([]);
    await context.close();
  });
});
