/**
 * Hostile data in a real browser: markup, event handlers, script and data: URLs, CSS in colours,
 * prototype-pollution keys and huge strings, in events and in the dataset's sources list. Nothing may execute, no markup may appear, and the page
 * keeps working.
 */
import { describe, expect, inject, it } from 'vitest';
import { openApp, useBrowser } from './helpers';

const baseURL = inject('baseURL');
const chromium = useBrowser();

const hostile: Record<string, unknown> = {
  title: '<img src=x onerror="window.__pwned=1">Hostile',
  description: '<script>window.__pwned=1</script>',
  actors: [{ id: 'evil', label: '<b onmouseover="window.__pwned=1">evil</b>', color: 'red;background:url(javascript:window.__pwned=1)' }],
  categories: [{ id: 'x', label: '<svg onload="window.__pwned=1">' }],
  periods: [{ id: 'p', title: '<iframe src="javascript:window.__pwned=1">', start: '2020', end: '2021', sources: ['evil-source'] }],
  sources: [
    { id: 'evil-source', name: '<img src=x onerror="window.__pwned=1">', title: '<script>window.__pwned=1</script>', url: 'javascript:window.__pwned=1' },
    { id: 'evil-report', name: '<b>report</b>', via: 'evil-source' },
  ],
  events: [
    {
      id: 'xss',
      start: '2020-05',
      title: '<img src=x onerror="window.__pwned=1">',
      summary: '"><script>window.__pwned=1</script>',
      actors: ['evil'],
      category: 'x',
      sources: [
        { name: 'js link', url: 'javascript:window.__pwned=1' },
        { name: 'data link', url: 'data:text/html,<script>window.__pwned=1</script>' },
        { name: 'vbscript', url: 'vbscript:msgbox(1)' },
        { name: 'fine', url: 'https://example.com/' },
        'evil-source',
        'evil-report',
      ],
      quotes: [{ text: '<a href="javascript:window.__pwned=1">click</a>', by: '<i>x</i>', source: 'evil-report' }],
      amounts: [{ value: 1e9, currency: 'USD', label: '<u>label</u>' }],
      constructor: { prototype: { polluted: true } },
    },
    { id: 'huge', start: '2020-06', title: 'A'.repeat(200_000), summary: 'B'.repeat(1_000_000) },
  ],
};

describe('hostile data', () => {
  it('is shown as text only, runs nothing, and keeps only safe links', async () => {
    const { page, context, errors } = await openApp(chromium(), baseURL);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.getByRole('button', { name: 'Open…' }).click();
    // JSON.stringify drops the __proto__ key of an object literal; write it into the text by hand.
    const text = JSON.stringify(hostile).replace('"id":"xss",', '"id":"xss","__proto__":{"polluted":true},');
    await page.getByLabel('Or paste the data').fill(text);
    await page.getByRole('button', { name: 'Load pasted data' }).click();
    await expect.poll(() => page.getByTestId('timeline').getAttribute('data-event-count')).toBe('2');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Home');
    await page.locator('.detail').waitFor();
    // Over the mark, whose label shows the hostile title (the label lets the pointer through to its mark).
    await page.locator('[data-event-id]').first().hover();

    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.locator('#root script, #root iframe, #root img, #root [onerror], #root [onload], #root [onmouseover]').count()).toBe(0);
    expect(await page.locator('h1').textContent()).toBe('<img src=x onerror="window.__pwned=1">Hostile');
    const hrefs = await page.locator('#root a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    // The app's own links (the skip link, relative ones) and the data's safe ones only.
    expect(hrefs.filter((h) => !/^(https?:|mailto:|\.\/|\/|\?|#timeline$|template\.csv|example\.json)/.test(h))).toEqual([]);
    expect(await page.locator('.detail .sources a').allTextContents()).toEqual(['fine']);
    expect(await page.locator('.detail .sources li').allTextContents()).toEqual([
      'js link',
      'data link',
      'vbscript',
      'fine',
      '<img src=x onerror="window.__pwned=1">“<script>window.__pwned=1</script>”',
      '<b>report</b>, as reported by <img src=x onerror="window.__pwned=1">',
    ]);
    expect(await page.locator('.detail figcaption').textContent()).toBe(
      '— <i>x</i>, quoted in <b>report</b>, as reported by <img src=x onerror="window.__pwned=1">',
    );
    const swatch = await page
      .locator('.chip .swatch')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundImage);
    expect(swatch).toBe('none');
    expect(errors.filter((e) => !/favicon/.test(e))).toEqual([]);
    await context.close();
  });
});
