/**
 * `<chronicle-timeline>` (issue 23) in articles on another origin: no iframe, a shadow root whose
 * styles and the article's leave each other alone, sized by its content or by `height`, driven by its
 * attributes, telling the page `ready`, `select` and `view` and taking `select()`; usable with the
 * keyboard alone and by touch; inside another component's shadow root; under a strict
 * Content-Security-Policy, as an ES module and as a classic script.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { clickFirstLabelledMark, SHOTS, useBrowser, watchViolations, watchedPage } from './helpers';
import { stepShows } from './stepWindows';

const baseURL = inject('baseURL');
const chromium = useBrowser();
const MODULE = `${baseURL}lib/chronicle.js`;

/** An article on its own origin: `head` and `body` as given, and a Content-Security-Policy header if any. */
async function article(body: string, { head = `<script type="module" src="${MODULE}"></script>`, csp = '' } = {}) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>An article</title>${head}
<link rel="stylesheet" href="/article.css"></head>
<body><article><h1>How exclusivity ended</h1><p><a id="before" href="#top">A link before the timeline</a></p>
${body}
<p id="after">Paragraph after the timeline.</p></article></body></html>`;
  // The article's own styles, hostile to anything they could reach: none of it may show inside the timeline.
  const css = `body{margin:0 auto;max-width:760px;padding:0 16px;font:19px/2.2 Georgia,serif}
p,button,h1,h2,svg,text,input{color:#c00!important;fill:#c00!important;letter-spacing:3px!important}
*{box-sizing:content-box!important;border-radius:0!important}`;
  const server = createServer((req, res) => {
    if (req.url === '/article.css') return void res.writeHead(200, { 'content-type': 'text/css' }).end(css);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...(csp ? { 'content-security-policy': csp } : {}) });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

async function open(
  body: string,
  options: Parameters<typeof article>[1] & { width?: number; touch?: boolean; routes?: (context: BrowserContext) => Promise<void> } = {},
) {
  const host = await article(body, options);
  const { context, page, errors } = await watchedPage(chromium(), {
    viewport: { width: options.width ?? 1000, height: 800 },
    hasTouch: options.touch,
    isMobile: options.touch,
  });
  await options.routes?.(context);
  const violations = await watchViolations(page);
  // The page's own record of what the elements told it.
  await page.addInitScript(() => {
    const heard: unknown[] = ((window as unknown as { __heard: unknown[] }).__heard = []);
    for (const type of ['ready', 'select', 'view'])
      document.addEventListener(type, (e) => {
        // From inside another component's shadow root, the page sees that component as the target.
        if ((e.composedPath()[0] as Element).localName === 'chronicle-timeline') heard.push([type, (e as CustomEvent).detail]);
      });
  });
  await page.goto(host.url);
  return {
    page,
    errors,
    violations,
    done: async () => {
      await context.close();
      await host.close();
    },
  };
}

const heard = (page: Page) => page.evaluate(() => (window as unknown as { __heard: [string, unknown][] }).__heard);
/** The element with focus, through shadow roots. */
const focusedNode = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return null;
    // A mark shows focus by the ring of its hit area or card (styles.css, vertical.css); anything else by its outline.
    const ring = el.querySelector('.mark-hit, .card-bg, rect');
    return {
      tag: el.localName,
      id: el.getAttribute('data-event-id'),
      inShadow: el.getRootNode() instanceof ShadowRoot,
      shown: el.matches(':focus-visible') && (getComputedStyle(el).outlineStyle !== 'none' || (!!ring && getComputedStyle(ring).stroke !== 'none')),
      name: el.getAttribute('aria-label') ?? el.textContent?.slice(0, 40),
    };
  });

describe('<chronicle-timeline>, the web component', () => {
  it('renders in the article with no iframe, styles isolated both ways, sized to its content; says ready, select and view; takes select()', async () => {
    const { page, errors, violations, done } = await open('<chronicle-timeline period="renegotiation"></chronicle-timeline>');
    const timeline = page.locator('chronicle-timeline [data-testid=timeline]');
    await timeline.and(page.locator('[data-state=ready]')).waitFor();
    expect(await page.locator('iframe').count()).toBe(0);
    await expect.poll(() => heard(page)).toContainEqual(['ready', null]);

    // The article's red, letter-spaced type does not reach the timeline's words; the timeline's styles do not reach the article.
    const title = page.locator('chronicle-timeline .embed-title');
    expect(await title.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).letterSpacing, getComputedStyle(el).fontFamily])).toEqual([
      expect.not.stringMatching(/204, 0, 0/),
      'normal',
      expect.stringMatching(/system-ui/),
    ]);
    expect(await page.locator('#after').evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/Georgia/);
    // Sized by what it shows, in the flow of the article.
    const hostBox = (await page.locator('chronicle-timeline').boundingBox())!;
    const appBox = (await page.locator('chronicle-timeline .app').boundingBox())!;
    expect(Math.abs(hostBox.height - appBox.height)).toBeLessThanOrEqual(1);
    expect((await page.locator('#after').boundingBox())!.y).toBeGreaterThanOrEqual(hostBox.y + hostBox.height);

    // The reader selects: the page hears it; the page selects: the timeline shows it.
    await page.locator('chronicle-timeline [data-event-id="amazon-investment-2026-02"]').click();
    await expect.poll(() => heard(page)).toContainEqual(['select', { id: 'amazon-investment-2026-02' }]);
    await page.locator('chronicle-timeline').evaluate((el: HTMLElement & { select(id: string | null): void }) => el.select('amendment-2026-04-27'));
    await expect.poll(() => page.locator('chronicle-timeline .detail h2').textContent()).toBe('Amended agreement ends Azure exclusivity');
    expect(await page.locator('chronicle-timeline').evaluate((el: HTMLElement & { selected: string | null }) => el.selected)).toBe('amendment-2026-04-27');
    // Zooming out: the page hears the window once it settles.
    await page.locator('chronicle-timeline [data-testid=timeline]').focus();
    await page.keyboard.press('-');
    await expect
      .poll(() => heard(page), { timeout: 3000 })
      .toContainEqual(['view', { from: expect.stringMatching(/^\d{4}-\d\d-\d\d$/), to: expect.any(String) }]);

    // The full view is the app's own page, on the same dataset and view.
    const full = await page.locator('chronicle-timeline .embed-footer a').getAttribute('href');
    expect(full).toMatch(new RegExp(`^${baseURL.replace(/[.?]/g, '\\$&')}\\?`));
    expect(full).not.toContain('embed=1');
    await page.screenshot({ path: `${SHOTS}/component-article.png`, fullPage: true });
    expect(errors).toEqual([]);
    expect(await violations()).toEqual([]);
    await done();
  });

  it('far down the article it starts only as the reader nears it, in space kept for it out of sight', async () => {
    const { page, errors, done } = await open(
      `<div style="height:3000px">A long article.</div><chronicle-timeline period="renegotiation"></chronicle-timeline>`,
    );
    const element = page.locator('chronicle-timeline');
    await page.waitForFunction(() => customElements.get('chronicle-timeline') !== undefined);
    await page.waitForTimeout(500);
    expect(await element.evaluate((el) => el.shadowRoot?.childElementCount ?? 0)).toBe(0);
    expect((await element.boundingBox())!.height).toBe(520);
    expect(await heard(page)).toEqual([]);
    await element.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + scrollY - innerHeight - 300));
    await page.locator('chronicle-timeline [data-testid=timeline][data-state=ready]').waitFor();
    await expect.poll(() => heard(page)).toContainEqual(['ready', null]);
    expect(errors).toEqual([]);
    await done();
  });

  it('follows its attributes: a changed period moves it, a theme darkens it, a height fixes it', async () => {
    const { page, errors, done } = await open('<chronicle-timeline period="renegotiation" height="360"></chronicle-timeline>');
    const element = page.locator('chronicle-timeline');
    const timeline = page.locator('chronicle-timeline [data-testid=timeline]');
    await timeline.and(page.locator('[data-state=ready]')).waitFor();
    expect((await element.boundingBox())!.height).toBe(360);
    const before = await timeline.getAttribute('data-from');
    await element.evaluate((el) => el.setAttribute('period', 'exclusive'));
    await expect.poll(() => timeline.getAttribute('data-from'), { timeout: 3000 }).not.toBe(before);
    expect(await timeline.getAttribute('data-from')).toMatch(/^201/);
    await element.evaluate((el) => {
      el.removeAttribute('period');
      el.setAttribute('from', '2025-11-01');
      el.setAttribute('to', '2025-12-01');
    });
    await expect.poll(() => timeline.getAttribute('data-from'), { timeout: 3000 }).toBe('2025-11-01');
    await element.evaluate((el) => el.setAttribute('theme', 'dark'));
    await expect.poll(() => page.locator('chronicle-timeline .chronicle-root').evaluate((el) => getComputedStyle(el).colorScheme)).toBe('dark');
    await element.evaluate((el) => el.removeAttribute('height'));
    await expect.poll(async () => (await element.boundingBox())!.height).toBeGreaterThan(360);
    expect(errors).toEqual([]);
    await done();
  });

  it('with the keyboard alone: Tab walks in with focus always visible, arrows step with focus on the mark, Escape brings focus back to it', async () => {
    const { page, done } = await open('<chronicle-timeline period="renegotiation"></chronicle-timeline>');
    await page.locator('chronicle-timeline [data-testid=timeline][data-state=ready]').waitFor();
    await page.locator('#before').focus();
    let mark: Awaited<ReturnType<typeof focusedNode>> = null;
    for (let i = 0; i < 40 && !mark?.id; i++) {
      await page.keyboard.press('Tab');
      const now = await focusedNode(page);
      // Never lost to the page, and always seen.
      expect(now?.tag).not.toBe('body');
      if (now?.inShadow) expect(now.shown, `focus on ${now.tag} "${now.name}" is visible`).toBe(true);
      mark = now;
    }
    expect(mark?.inShadow).toBe(true);
    expect(mark?.id).toBeTruthy();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await focusedNode(page))?.id).not.toBe(mark!.id);
    const stepped = (await focusedNode(page))!.id!;
    await expect.poll(() => heard(page)).toContainEqual(['select', { id: stepped }]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('chronicle-timeline .detail').count()).toBe(0);
    await expect.poll(async () => (await focusedNode(page))?.id).toBe(stepped);
    // What a screen reader meets: the timeline's heading, its search, its events as a named group.
    const tree = await page.locator('chronicle-timeline').ariaSnapshot();
    expect(tree).toContain('heading "Microsoft and OpenAI: the end of exclusivity"');
    expect(tree).toMatch(/searchbox|textbox/);
    expect(tree).toMatch(/Amended agreement ends Azure exclusivity/);
    await done();
  });

  it("inside another component's shadow root, and as a classic script", async () => {
    const body = `<host-card></host-card>
<script>
  customElements.define('host-card', class extends HTMLElement {
    connectedCallback() {
      const shadow = this.attachShadow({ mode: 'open' });
      shadow.innerHTML = '<style>:host{display:block;border:4px solid #c00;font:30px serif}</style><chronicle-timeline period="renegotiation"></chronicle-timeline>';
    }
  });
</script>`;
    const { page, errors, done } = await open(body, { head: `<script src="${baseURL}lib/chronicle.classic.js"></script>` });
    const timeline = page.locator('host-card chronicle-timeline [data-testid=timeline]');
    await timeline.and(page.locator('[data-state=ready]')).waitFor();
    await page.locator('host-card chronicle-timeline [data-event-id="amazon-investment-2026-02"]').click();
    await expect.poll(() => heard(page)).toContainEqual(['select', { id: 'amazon-investment-2026-02' }]);
    expect(await page.locator('host-card chronicle-timeline .embed-title').evaluate((el) => getComputedStyle(el).fontSize)).not.toBe('30px');
    expect(errors).toEqual([]);
    await done();
  });

  it('under a strict Content-Security-Policy that allows only its own origin: it draws, with no violation', async () => {
    const origin = new URL(baseURL).origin;
    const csp = `default-src 'none'; script-src ${origin}; connect-src ${origin}; img-src ${origin} data:; style-src 'self'; worker-src ${origin}`;
    const { page, errors, violations, done } = await open('<chronicle-timeline period="renegotiation"></chronicle-timeline>', { csp });
    await page.locator('chronicle-timeline [data-testid=timeline][data-state=ready]').waitFor();
    await page.locator('chronicle-timeline [data-event-id="amazon-investment-2026-02"]').click();
    await page.locator('chronicle-timeline .detail h2').waitFor();
    // The styles held: the embed's footer lays out in a row, the title is the timeline's font.
    expect(await page.locator('chronicle-timeline .embed-title').evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/system-ui/);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await done();
  });

  it('reads its media as its own dataset says: a picture by a path beside its src, and media="auto" loads a video at once', async () => {
    const png = readFileSync(new URL('../../public/screenshot.png', import.meta.url));
    const story = {
      title: 'Elsewhere',
      events: [
        { id: 'photo', start: '2026-04-27', title: 'Beside its data', media: { url: 'img/signing.png', alt: 'The signing' } },
        { id: 'clip', start: '2026-05-01', title: 'The announcement', media: { url: 'https://www.youtube.com/watch?v=pi2v1m6gmD8' } },
      ],
    };
    const asked: string[] = [];
    const routes = async (context: BrowserContext) => {
      await context.route('https://data.example/**', (route) => {
        asked.push(route.request().url());
        const headers = { 'access-control-allow-origin': '*' };
        return route.request().url().endsWith('.json')
          ? route.fulfill({ body: JSON.stringify(story), contentType: 'application/json', headers })
          : route.fulfill({ body: png, contentType: 'image/png', headers });
      });
      await context.route(/youtube/, (route) => route.fulfill({ body: '<!doctype html><title>player</title>', contentType: 'text/html' }));
    };
    const body = `<chronicle-timeline src="https://data.example/story/data.json" media="auto"></chronicle-timeline>`;
    const { page, errors, done } = await open(body, { routes });
    await page.locator('chronicle-timeline [data-testid=timeline][data-state=ready]').waitFor();
    await page.locator('chronicle-timeline').evaluate((el: HTMLElement & { select(id: string | null): void }) => el.select('photo'));
    const image = page.locator('chronicle-timeline .detail').getByRole('img', { name: 'The signing' });
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 10_000 }).toBe(true);
    expect(asked).toEqual(['https://data.example/story/data.json', 'https://data.example/story/img/signing.png']);
    // The article's own address has no media=auto: the element's attribute is what lets the frame load unasked.
    await page.locator('chronicle-timeline').evaluate((el: HTMLElement & { select(id: string | null): void }) => el.select('clip'));
    await expect.poll(() => page.locator('chronicle-timeline .detail iframe').getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/pi2v1m6gmD8');
    expect(errors).toEqual([]);
    await done();
  });

  it('on a 375 px phone: the reader scrolls the article past it with one finger, taps an event, and the page hears it', async () => {
    const body = `<div style="height:200px"></div><chronicle-timeline from="2025-09-01" to="2026-06-01"></chronicle-timeline><div style="height:1600px"></div>`;
    const { page, errors, done } = await open(body, { width: 375, touch: true });
    await page.locator('chronicle-timeline [data-testid=timeline][data-state=ready]').waitFor();
    // The vertical timeline, as the app gives phones.
    expect(await page.locator('chronicle-timeline svg.vertical').count()).toBe(1);
    const canvas = (await page.locator('chronicle-timeline .timeline-canvas').boundingBox())!;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: [number, number][]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
    const x = canvas.x + canvas.width * 0.6;
    const y = Math.min(canvas.y + canvas.height * 0.8, 760);
    await expect
      .poll(
        async () => {
          await touch('touchStart', [[x, y]]);
          for (let i = 1; i <= 8; i++) await touch('touchMove', [[x, y - i * 30]]);
          await touch('touchEnd', []);
          return page.evaluate(() => scrollY);
        },
        { timeout: 15_000 },
      )
      .toBeGreaterThan(100);
    // Once the fling has died down, back to the top.
    await expect
      .poll(async () => {
        await page.evaluate(() => scrollTo(0, 0));
        await page.waitForTimeout(150);
        return page.evaluate(() => scrollY);
      })
      .toBe(0);
    const id = await clickFirstLabelledMark(page, page, true);
    await expect.poll(() => heard(page)).toContainEqual(['select', { id }]);
    await page.screenshot({ path: `${SHOTS}/component-375.png`, fullPage: true });
    expect(errors).toEqual([]);
    await done();
  });

  it('scrollytelling: embed.js moves the element to each step the article scrolls to, by its step(), and back', { timeout: 60_000 }, async () => {
    const para = `<p>${'The terms kept changing. '.repeat(20)}</p>`;
    const body = `<chronicle-timeline id="deal" orientation="horizontal" style="position:sticky;top:0;z-index:1;background:#fff"></chronicle-timeline>
<section id="s1" data-chronicle-step="1" style="margin:60vh 0">${para}</section>
<section id="s2" data-chronicle-step="renegotiation" style="margin:60vh 0">${para}</section>
<section id="s3" data-chronicle-step="aws-expansion" style="margin:60vh 0 120vh">${para}</section>`;
    const head = `<script type="module" src="${MODULE}"></script><script src="${baseURL}embed.js" async></script>`;
    const { page, errors, done } = await open(body, { head, width: 1280 });
    const timeline = page.locator('chronicle-timeline [data-testid=timeline]');
    await timeline.and(page.locator('[data-state=ready]')).waitFor();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const shows = async () => ({ from: await timeline.getAttribute('data-from'), to: await timeline.getAttribute('data-to') });
    const scrollTo = (id: string) => page.locator(`#${id}`).evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - window.innerHeight * 0.46));
    for (const [section, step] of [
      ['s1', 0],
      ['s2', 'renegotiation'],
      ['s3', 'aws-expansion'],
      ['s1', 0],
    ] as const) {
      await scrollTo(section);
      const expected = stepShows(step);
      await expect.poll(shows, { timeout: 5000 }).toEqual({ from: expected.from, to: expected.to });
      if (expected.selected)
        await expect
          .poll(() => page.locator('chronicle-timeline').evaluate((el: HTMLElement & { selected: string | null }) => el.selected))
          .toBe(expected.selected);
    }
    expect(errors).toEqual([]);
    await done();
  });
});
