/**
 * The journalist's embed in Chromium: an article page on another origin frames the built app with
 * the documented snippet; the frame sizes itself, talks only the documented messages, fits 320 px,
 * works by touch, and the page itself works without JavaScript.
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { actorChip, clickFirstLabelledMark, openApp, SHOTS, useBrowser, gesturesReady, watchedPage } from './helpers';
import { frameOf, startHostPage } from './hostPage';
import { embedSnippet } from '../../src/ui/publish/snippet';

const baseURL = inject('baseURL');
const chromium = useBrowser();

async function openArticle(query: string, viewport = { width: 1000, height: 800 }, hasTouch = false, snippet?: string) {
  const host = await startHostPage(baseURL, query, snippet);
  const { context, page, errors } = await watchedPage(chromium(), { viewport, hasTouch, isMobile: hasTouch });
  await page.goto(host.url);
  const frame = await frameOf(page, baseURL);
  await frame.locator('[data-testid=timeline][data-state=ready]').waitFor();
  // d3-zoom arrives a frame later and marks the svg: wait, so gestures work and the DOM holds still.
  await gesturesReady(frame);
  const done = async () => {
    await context.close();
    await host.close();
  };
  return { page, frame, errors, done };
}

async function openArticleExpectingError(query: string) {
  const host = await startHostPage(baseURL, query);
  const context = await chromium().newContext();
  const page = await context.newPage();
  await page.goto(host.url);
  const frame = await frameOf(page, baseURL);
  await frame.locator('[data-testid=timeline][data-state=error]').waitFor();
  return {
    page,
    frame,
    done: async () => {
      await context.close();
      await host.close();
    },
  };
}

const frameHeight = (page: Page) => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
const contentHeight = (frame: Frame) => frame.locator('.app').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
const messages = (page: Page) => page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages);

describe('embedded in an article', () => {
  it('sizes the iframe to its content, and again when details open', async () => {
    const { page, frame, errors, done } = await openArticle('?embed=1&period=renegotiation');
    await expect.poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame)))).toBeLessThanOrEqual(1);
    const closed = await frameHeight(page);
    expect(await messages(page)).toContainEqual({ sentinel: 'amp', type: 'embed-size', height: expect.any(Number) });
    await frame.locator('[data-event-id="amazon-investment-2026-02"]').click();
    await expect.poll(() => frameHeight(page)).toBeGreaterThan(closed + 100);
    expect(Math.abs((await frameHeight(page)) - (await contentHeight(frame)))).toBeLessThanOrEqual(1);
    await page.screenshot({ path: `${SHOTS}/embed-article.png`, fullPage: true });
    expect(errors).toEqual([]);
    await done();
  });

  it('posts chronicle:select when the reader selects, and obeys chronicle:select from the host', async () => {
    const { page, frame, done } = await openArticle('?embed=1&period=renegotiation');
    await frame.locator('[data-event-id="amazon-investment-2026-02"]').click();
    await expect.poll(() => messages(page)).toContainEqual({ type: 'chronicle:select', id: 'amazon-investment-2026-02' });
    await page.evaluate(() => document.querySelector('iframe')!.contentWindow!.postMessage({ type: 'chronicle:select', id: 'amendment-2026-04-27' }, '*'));
    await expect.poll(() => frame.locator('.detail h2').textContent()).toBe('Amended agreement ends Azure exclusivity');
    await page.evaluate(() => document.querySelector('iframe')!.contentWindow!.postMessage({ type: 'chronicle:select', id: null }, '*'));
    await expect.poll(() => frame.locator('.detail').count()).toBe(0);
    await done();
  });

  it('ignores every other message', async () => {
    const { page, frame, done } = await openArticle('?embed=1&event=legal-threat-2026-03');
    const before = await frame.getByTestId('timeline').evaluate((el) => el.outerHTML.length);
    await page.evaluate(() => {
      const w = document.querySelector('iframe')!.contentWindow!;
      w.postMessage({ type: 'chronicle:zoom', id: 'amendment-2026-04-27' }, '*');
      w.postMessage({ type: 'chronicle:select', id: 42 }, '*');
      w.postMessage('chronicle:select', '*');
      w.postMessage({ type: 'chronicle:select', id: '<img src=x onerror=alert(1)>' }, '*');
    });
    await page.waitForTimeout(300);
    expect(await frame.locator('.detail h2').textContent()).toBe('Microsoft weighs legal action over the Amazon deal');
    expect(await frame.getByTestId('timeline').evaluate((el) => el.outerHTML.length)).toBe(before);
    await done();
  });

  it('asks for nothing but its own files and the dataset: no third parties', async () => {
    const host = await startHostPage(baseURL, '?embed=1');
    const context = await chromium().newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(host.url);
    await (await frameOf(page, baseURL)).locator('[data-testid=timeline][data-state=ready]').waitFor();
    await page.waitForTimeout(800); // idle prefetches included
    const origins = new Set(requested.map((u) => new URL(u).origin));
    expect([...origins].sort()).toEqual([new URL(host.url).origin, new URL(baseURL).origin].sort());
    await context.close();
    await host.close();
  });

  it('a dataset that cannot be fetched says so inside the frame', async () => {
    const { frame, done } = await openArticleExpectingError('?embed=1&data=http%3A%2F%2F127.0.0.1%3A9%2Fnowhere.json');
    expect(await frame.getByRole('alert').textContent()).toMatch(/could not be shown: .*nowhere\.json could not be fetched/);
    expect(await frame.locator('.problems').textContent()).toMatch(/cross-origin/);
    await done();
  });

  it('cites its sources and links to the full view', async () => {
    const { frame, done } = await openArticle('?embed=1&period=renegotiation');
    expect(await frame.locator('.embed-footer').textContent()).toMatch(/Sources: .*Axios/);
    const href = await frame.getByRole('link', { name: 'Open full view' }).getAttribute('href');
    expect(href).toContain('period=renegotiation');
    expect(href).not.toContain('embed=1');
    await done();
  });

  it('at 320 px the frame has no horizontal scroll', async () => {
    const { page, frame, done } = await openArticle('?embed=1', { width: 352, height: 700 });
    expect(await frame.evaluate(() => window.innerWidth)).toBe(320);
    expect(await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await page.screenshot({ path: `${SHOTS}/embed-320.png`, fullPage: true });
    await done();
  });

  it.each(['vertical', 'horizontal'])(
    'on a phone (%s): one finger scrolls the article past it, two fingers pan, pinch zooms, a tap selects, Explore gives the timeline one finger',
    async (orientation) => {
      const query = `?embed=1&from=2025-09-01&to=2026-06-01&orientation=${orientation}`;
      // An article long enough to scroll, the embed in its middle.
      const snippet = `<div style="height:300px"></div>${embedSnippet({ src: `${baseURL}${query}`, title: 'Timeline', height: 'auto' })}<div style="height:1600px"></div>`;
      const { page, frame, done } = await openArticle(query, { width: 390, height: 800 }, true, snippet);
      const vertical = orientation === 'vertical';
      const articleUrl = page.url();
      const timeline = frame.getByTestId('timeline');
      await gesturesReady(frame);
      const window0 = await timeline.getAttribute('data-from');
      // Bounding boxes of elements inside the frame are already in page coordinates. The canvas is
      // what shows of the drawing (its lanes may scroll inside it).
      const canvas = frame.locator('.timeline-canvas');
      const box = (await canvas.boundingBox())!;
      const cdp = await page.context().newCDPSession(page);
      const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: [number, number][]) =>
        cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
      // Along the time axis: x for a horizontal timeline, y for a vertical one.
      const at = (t: number, across = 0.5): [number, number] => (vertical ? [box.x + box.width * across, box.y + t] : [box.x + t, box.y + box.height * across]);
      const drag = async (from: (i: number) => [number, number][]) => {
        await touch('touchStart', from(0));
        for (let i = 1; i <= 8; i++) await touch('touchMove', from(i));
        await touch('touchEnd', []);
      };

      // One finger up the screen: the article scrolls on (once any lanes below have scrolled into the
      // canvas, as any box that scrolls in an article does), and the timeline stays where it was.
      const scrolled = await page.evaluate(() => scrollY);
      await expect
        .poll(
          async () => {
            await drag((i) => [[box.x + box.width * 0.6, box.y + box.height * 0.8 - i * 25]]);
            return page.evaluate(() => scrollY);
          },
          { timeout: 15_000 },
        )
        .toBeGreaterThan(scrolled + 50);
      expect(await timeline.getAttribute('data-from')).toBe(window0);
      // The timeline's canvas brought near the top of the screen, every touch below on it, once the
      // fling has died down (a fling outlasts a short wait, and would carry the page on under the touches).
      // Measured afresh each time: the frame's content above the canvas may still settle by a few pixels.
      await expect
        .poll(async () => {
          const now = (await canvas.boundingBox())!;
          await page.evaluate((dy) => scrollBy(0, dy), Math.round(now.y - 60));
          await page.waitForTimeout(150);
          return Math.abs((await canvas.boundingBox())!.y - 60);
        })
        .toBeLessThan(2);
      Object.assign(box, (await canvas.boundingBox())!);

      // One finger along time on a horizontal timeline: a hint says how, and nothing moves.
      if (!vertical) {
        await drag((i) => [at(100 + i * 20, 0.3)]);
        await expect.poll(() => frame.locator('.gesture-hint').textContent()).toBe('Use two fingers to move the timeline');
        expect(await timeline.getAttribute('data-from')).toBe(window0);
        // …and a sideways swipe is not the browser's "back": the reader keeps the article.
        expect(page.url()).toBe(articleUrl);
      }

      // Two fingers along time pan; spread apart they zoom in.
      await drag((i) => [at(100 + i * 20, 0.3), at(100 + i * 20, 0.6)]);
      await expect.poll(() => timeline.getAttribute('data-from')).not.toBe(window0);
      expect((await timeline.getAttribute('data-from'))! < window0!).toBe(true);
      const span = async () => Date.parse((await timeline.getAttribute('data-to'))!) - Date.parse((await timeline.getAttribute('data-from'))!);
      const before = await span();
      const mid = (vertical ? box.height : box.width) / 2;
      // Pinched again if a busy machine let the first one through unseen (it has, under load, in vertical).
      await expect
        .poll(
          async () => {
            await drag((i) => [at(mid - 30 - i * 12, 0.3), at(mid + 30 + i * 12, 0.3)]);
            return span();
          },
          { timeout: 10_000 },
        )
        .toBeLessThan(before * 0.7);

      const id = await clickFirstLabelledMark(frame, page, true);
      await expect.poll(() => messages(page)).toContainEqual({ type: 'chronicle:select', id });

      // Explore: one finger moves the timeline until the reader is done.
      await frame.getByRole('button', { name: 'Explore' }).tap();
      expect(await frame.getByRole('button', { name: 'Done' }).getAttribute('aria-pressed')).toBe('true');
      Object.assign(box, (await canvas.boundingBox())!);
      const window1 = await timeline.getAttribute('data-from');
      await drag((i) => [at(100 + i * 20, 0.3)]);
      await expect.poll(() => timeline.getAttribute('data-from')).not.toBe(window1);
      await frame.getByRole('button', { name: 'Done' }).tap();
      expect(await frame.locator('.app.embed').getAttribute('data-gestures')).toBe('cooperative');
      await page.screenshot({ path: `${SHOTS}/embed-touch-${orientation}.png` });
      await done();
    },
  );

  it('gestures=greedy: one finger moves the timeline from the start, with no Explore to press', async () => {
    const { page, frame, done } = await openArticle(
      '?embed=1&from=2025-09-01&to=2026-06-01&orientation=horizontal&gestures=greedy',
      { width: 390, height: 800 },
      true,
    );
    const timeline = frame.getByTestId('timeline');
    const window0 = await timeline.getAttribute('data-from');
    const box = (await frame.locator('svg.timeline-svg').boundingBox())!;
    const cdp = await page.context().newCDPSession(page);
    const point = (i: number) => [{ x: box.x + 100 + i * 20, y: box.y + box.height * 0.3, id: 0 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(0) });
    for (let i = 1; i <= 8; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(i) });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => timeline.getAttribute('data-from')).not.toBe(window0);
    expect(await frame.getByRole('button', { name: 'Explore' }).count()).toBe(0);
    await done();
  });

  it('on a desktop: a plain wheel scrolls the article and says how to zoom; Ctrl + wheel zooms; a click into the timeline gives it the wheel', async () => {
    const snippet = `${embedSnippet({ src: `${baseURL}?embed=1&period=renegotiation`, title: 'Timeline', height: 'auto' })}<div style="height:1600px"></div>`;
    const { page, frame, done } = await openArticle('?embed=1&period=renegotiation', { width: 1000, height: 800 }, false, snippet);
    const timeline = frame.getByTestId('timeline');
    const window0 = await timeline.getAttribute('data-from');
    const box = (await frame.locator('.timeline-canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // The wheel scrolls what scrolls: any lanes below in the canvas, then the article.
    await expect
      .poll(
        async () => {
          await page.mouse.wheel(0, 300);
          return page.evaluate(() => scrollY);
        },
        { timeout: 10_000 },
      )
      .toBeGreaterThan(100);
    expect(await timeline.getAttribute('data-from')).toBe(window0);
    await expect.poll(() => frame.locator('.gesture-hint').textContent()).toMatch(/^Use (Ctrl|⌘) \+ scroll to zoom the timeline$/);
    await page.evaluate(() => scrollTo(0, 0));
    const top = (await frame.locator('.timeline-canvas').boundingBox())!;
    await page.mouse.move(top.x + top.width / 2, top.y + top.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await expect.poll(() => timeline.getAttribute('data-from')).not.toBe(window0);
    // A click into the timeline (not on a mark): the plain wheel zooms there until the mouse leaves.
    const window1 = await timeline.getAttribute('data-from');
    await page.mouse.click(top.x + top.width / 2, top.y + top.height / 2);
    expect(await frame.locator('.app.embed').getAttribute('data-gestures')).toBe('greedy');
    await page.mouse.wheel(0, 400);
    await expect.poll(() => timeline.getAttribute('data-from')).not.toBe(window1);
    await page.mouse.move(5, 5);
    await expect.poll(() => frame.locator('.app.embed').getAttribute('data-gestures')).toBe('cooperative');
    await done();
  });
});

describe('the embed builder', () => {
  it('a journalist builds a dark embed of the renegotiation, pastes it into an article, and it works on a phone', async () => {
    const context = await chromium().newContext({ viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    await page.goto(baseURL);
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    await page.getByRole('button', { name: 'Export' }).click();
    const [builder] = await Promise.all([context.waitForEvent('page'), page.getByRole('menuitem', { name: 'Embed in a page…' }).click()]);
    await builder.getByText('Microsoft and OpenAI: the end of exclusivity: 29 events').waitFor();
    await builder.getByLabel('Period').selectOption({ label: 'Months of legal tension' });
    await builder.getByLabel('Theme').selectOption('dark');
    const snippet = await builder.getByRole('textbox', { name: 'Embed snippet' }).inputValue();
    expect(snippet).toMatch(/embed=1/);
    expect(snippet).toMatch(/period=renegotiation/);
    expect(snippet).toMatch(/theme=dark/);
    // The preview is the snippet as pasted into a page of that width: the Chronicle is the frame inside it.
    const preview = builder.frameLocator('iframe[title="Preview at phone width"]').frameLocator('iframe');
    await preview.locator('[data-testid=timeline][data-state=ready]').waitFor();
    // The preview reloads with each choice: the frame's page may still be the one before the last.
    await expect.poll(() => preview.locator('html').getAttribute('data-theme'), { timeout: 10_000 }).toBe('dark');
    await builder.screenshot({ path: `${SHOTS}/builder.png`, fullPage: true });
    // For a CMS that strips inline scripts: the same view as a div and one script tag.
    await builder.getByLabel('Paste as').selectOption({ label: 'One script tag, for sites that remove inline scripts' });
    const oneTag = await builder.getByRole('textbox', { name: 'Embed snippet' }).inputValue();
    const address = /^<div data-chronicle-src="([^"]*)"/.exec(oneTag)?.[1] ?? '';
    for (const part of ['embed=1', 'period=renegotiation', 'theme=dark']) expect(address).toContain(part);
    expect(oneTag).toContain(`<script src="${baseURL}embed.js" async></script>`);
    expect(oneTag).not.toContain('<script>');
    await context.close();

    const { page: article, frame, done } = await openArticle('', { width: 390, height: 800 }, true, snippet);
    expect(await frame.locator('html').getAttribute('data-theme')).toBe('dark');
    await expect.poll(async () => Math.abs((await frameHeight(article)) - (await contentHeight(frame)))).toBeLessThanOrEqual(1);
    expect(await frame.getByTestId('timeline').getAttribute('data-orientation')).toBe('vertical');
    expect(await frame.locator('.period-label').allTextContents()).toContain('Months of legal tension');
    expect(await frame.locator('.embed-footer').textContent()).toMatch(/Sources: /);
    await clickFirstLabelledMark(frame, article, true);
    await expect.poll(() => frame.locator('.detail').count()).toBe(1);
    await article.screenshot({ path: `${SHOTS}/embed-phone-dark.png`, fullPage: true });
    await done();
  });
});

describe('the embed builder from the header', () => {
  it('is one click away, opens on the view on screen, and shows examples as placeholders, not as settings', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '?actors=amazon');
    await page.getByRole('toolbar', { name: 'View' }).getByRole('link', { name: 'Embed' }).click();
    await page.getByRole('heading', { name: 'Embed builder' }).waitFor();
    expect(new URL(page.url()).searchParams.get('actors')).toBe('amazon');
    // The fields the reader has not set are empty; what they show is an example, said to be one.
    for (const [name, example] of [
      ['URL (empty: the bundled timeline)', 'e.g. https://example.com/timeline.json'],
      ['From', 'e.g. 2026-02'],
      ['To', 'e.g. 2026-04-30'],
    ]) {
      const field = page.getByRole('textbox', { name, exact: true });
      expect(await field.inputValue()).toBe('');
      expect(await field.getAttribute('placeholder')).toBe(example);
    }
    await page.screenshot({ path: `${SHOTS}/builder-from-header.png`, fullPage: true });
    await page.getByRole('link', { name: 'Back to the timeline' }).click();
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    expect(await actorChip(page, 'Amazon').getAttribute('aria-pressed')).toBe('true');
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('the built page still lists the chronology, with sources', async () => {
    const context = await chromium().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(baseURL);
    const titles = await page.locator('.static-list h2').allTextContents();
    expect(titles).toHaveLength(29);
    expect(titles).toContain('Amended agreement ends Azure exclusivity');
    expect(await page.locator('#event-amendment-2026-04-27 .static-sources').textContent()).toMatch(/^Sources: .*Axios/);
    expect(await page.title()).toBe('Microsoft and OpenAI: the end of exclusivity · Chronicle');
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe('Microsoft and OpenAI: the end of exclusivity');
    await context.close();
  });

  it('with JavaScript the app replaces that list and runs under its Content-Security-Policy', async () => {
    const context = await chromium().newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => /Content Security Policy|Refused to/.test(m.text()) && violations.push(m.text()));
    await page.goto(`${baseURL}?event=amendment-2026-04-27`);
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    expect(await page.locator('.static-list').count()).toBe(0);
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("script-src 'self'");
    await page.getByRole('button', { name: 'Export' }).click();
    // A linked dataset is asked for by the page's one inline script, which the policy allows by its hash.
    await page.goto(`${baseURL}?data=example.json`);
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    expect(await page.evaluate(() => (window as unknown as { __chronicleEarlyFetch?: { url: string } }).__chronicleEarlyFetch?.url)).toBe(
      `${baseURL}example.json`,
    );
    expect(violations).toEqual([]);
    await context.close();
  });
});
