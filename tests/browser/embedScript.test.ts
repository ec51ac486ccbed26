/**
 * embed.js (issue 23) in an article on another origin, as a CMS that strips inline scripts leaves it:
 * a div and one script tag. The frame is made only as the reader nears it, in the space kept for it,
 * sizes itself, reports the reader's selection as a DOM event, and the same script sizes a Chronicle
 * iframe pasted on its own while leaving a fixed one as it was; loaded twice, it frames once.
 */
import { describe, expect, inject, it } from 'vitest';
import { SHOTS, useBrowser, watchedPage } from './helpers';
import { frameOf, startHostPage } from './hostPage';
import { embedSnippet } from '../../src/ui/publish/snippet';

const baseURL = inject('baseURL');

describe('embed.js, the one-line embed', () => {
  const chromium = useBrowser();

  it('frames a div as the reader nears it, sizes it, reports selections, and sizes pasted frames too', async () => {
    const src = `${baseURL}?embed=1&period=renegotiation`;
    const snippet = embedSnippet({ src, title: 'How exclusivity ended', height: 'auto', form: 'script' });
    const article = [
      // A pasted iframe with no script of its own, and a fixed one: the same embed.js looks after both.
      `<iframe id="pasted" src="${src}" title="Pasted" width="100%" height="300" style="width:100%;border:0;display:block"></iframe>`,
      embedSnippet({ src, title: 'Fixed', height: 400 }).replace('<iframe ', '<iframe id="fixed" '),
      '<div style="height:2400px">A long article.</div>',
      snippet,
      // Pasted twice, as two snippets in one article are.
      snippet.replace(/^<div[^>]*><\/div>\n/, ''),
      '<script>window.__selected = []; document.addEventListener("chronicle:select", function (e) { window.__selected.push([e.target.tagName, e.detail.id]); });</script>',
    ].join('\n');
    const host = await startHostPage(baseURL, '', article);
    const { context, page, errors } = await watchedPage(chromium(), { viewport: { width: 1000, height: 800 } });
    await page.goto(host.url);
    await page.waitForFunction(() => 'chronicleEmbed' in window);

    // Far below the fold: nothing framed yet, but its space is kept.
    const box = page.locator('[data-chronicle-src]');
    expect(await box.locator('iframe').count()).toBe(0);
    expect(await box.evaluate((el) => el.getBoundingClientRect().height)).toBe(520);

    // The pasted frame is sized by its content; the fixed one keeps its 400 px.
    const pasted = await frameOf(page, baseURL, '#pasted');
    await pasted.locator('[data-testid=timeline][data-state=ready]').waitFor();
    const pastedContent = () => pasted.locator('.app').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    await expect
      .poll(async () => Math.abs((await page.locator('#pasted').evaluate((f) => f.getBoundingClientRect().height)) - (await pastedContent())), {
        timeout: 10_000,
      })
      .toBeLessThanOrEqual(1);
    const fixed = await frameOf(page, baseURL, '#fixed');
    await fixed.locator('[data-testid=timeline][data-state=ready]').waitFor();
    await page.waitForTimeout(500);
    expect(await page.locator('#fixed').evaluate((f) => f.getBoundingClientRect().height)).toBe(400);

    // Scrolled near, the div becomes the embed: one frame, sandboxed, named, sized to its content.
    await box.scrollIntoViewIfNeeded();
    const frameEl = box.locator('iframe');
    await expect.poll(() => frameEl.count(), { timeout: 10_000 }).toBe(1);
    expect(await frameEl.getAttribute('title')).toBe('How exclusivity ended');
    expect(await frameEl.getAttribute('sandbox')).toBe('allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
    expect(await frameEl.getAttribute('src')).toBe(src);
    const frame = await frameOf(page, baseURL, '[data-chronicle-src] iframe');
    await frame.locator('[data-testid=timeline][data-state=ready]').waitFor();
    const content = () => frame.locator('.app').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    await expect
      .poll(async () => Math.abs((await frameEl.evaluate((f) => f.getBoundingClientRect().height)) - (await content())), { timeout: 10_000 })
      .toBeLessThanOrEqual(1);
    await expect.poll(async () => Math.abs((await box.evaluate((el) => el.getBoundingClientRect().height)) - (await content()))).toBeLessThanOrEqual(1);

    // The reader's selection reaches the host page as an event on the div.
    await frame.locator('[data-event-id="amazon-investment-2026-02"]').click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __selected: unknown[] }).__selected))
      .toContainEqual(['DIV', 'amazon-investment-2026-02']);
    await page.screenshot({ path: `${SHOTS}/embed-script-article.png` });
    expect(errors).toEqual([]);
    await context.close();
    await host.close();
  });

  it('lang=auto: the frame speaks the article’s language', async () => {
    const article = `<script>document.documentElement.lang = 'de-AT';</script>
<div data-chronicle-src="${baseURL}?embed=1&lang=auto&period=renegotiation" data-chronicle-title="Zeitleiste"></div>
<script src="${baseURL}embed.js" async></script>`;
    const host = await startHostPage(baseURL, '', article);
    const context = await chromium().newContext();
    const page = await context.newPage();
    await page.goto(host.url);
    const frameEl = page.locator('[data-chronicle-src] iframe');
    await expect.poll(() => frameEl.count(), { timeout: 10_000 }).toBe(1);
    expect(await frameEl.getAttribute('src')).toBe(`${baseURL}?embed=1&lang=de-AT&period=renegotiation`);
    const frame = await frameOf(page, baseURL, '[data-chronicle-src] iframe');
    await frame.locator('[data-testid=timeline][data-state=ready]').waitFor();
    await expect.poll(() => frame.locator('html').getAttribute('lang')).toBe('de-AT');
    await context.close();
    await host.close();
  });

  it('frames only web addresses', async () => {
    const article = `<div data-chronicle-src="javascript:alert(1)" data-chronicle-title="Bad"></div>
<script src="${baseURL}embed.js" async></script>`;
    const host = await startHostPage(baseURL, '', article);
    const context = await chromium().newContext();
    const page = await context.newPage();
    await page.goto(host.url);
    await page.waitForFunction(() => 'chronicleEmbed' in window);
    await page.waitForTimeout(300);
    expect(await page.locator('iframe').count()).toBe(0);
    await context.close();
    await host.close();
  });
});
