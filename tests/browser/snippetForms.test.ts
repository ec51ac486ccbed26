/**
 * The embed builder's five ways to paste (issue 23): "Paste as" offers them all, each choice changes
 * the snippet and the previews, and each preview is the snippet as pasted: for the iframe + script and
 * embed.js forms a Chronicle that is ready and sized by the snippet's own code, for AMP the iframe that
 * amp-iframe becomes (AMP's runtime never loaded), for the web component either the component or a
 * said failure while lib/chronicle.js is not there. No console errors, no policy violations.
 */
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { SHOTS, useBrowser } from './helpers';

const baseURL = inject('baseURL');
const chromium = useBrowser();

const FORMS = {
  iframe: 'An iframe alone, with no script',
  'iframe-script': 'An iframe, with a few lines of script for its height',
  script: 'One script tag, for sites that remove inline scripts',
  component: 'A web component, <chronicle-timeline>',
  amp: 'AMP: <amp-iframe>, for AMP pages',
};

async function openBuilder(width: number) {
  const context = await chromium().newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
  // Every frame's policy violations, the previews' pages and the Chronicles in them included.
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __violations: string[] }).__violations = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${location.href} ${e.violatedDirective} ${e.blockedURI}`));
  });
  const violations = async () =>
    (
      await Promise.all(
        page.frames().map((f) => f.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []).catch(() => [] as string[])),
      )
    ).flat();
  await page.goto(`${baseURL}?builder=1`);
  await page.getByText('Microsoft and OpenAI: the end of exclusivity: 29 events').waitFor();
  return { page, context, errors, requests, violations };
}

const snippetOf = (page: Page) => page.getByRole('textbox', { name: 'Embed snippet' }).inputValue();
const phone = (page: Page) => page.locator('iframe[title="Preview at phone width"]');

/** The snippet the phone preview's page was given, once the previews have caught up with the one shown. */
async function previewShows(page: Page, snippet: string) {
  await expect.poll(async () => new URL((await phone(page).getAttribute('src'))!).searchParams.get('snippet'), { timeout: 5000 }).toBe(snippet);
}

/** The Chronicle in a preview, once ready, and the frame the snippet made for it. */
async function chronicleIn(page: Page): Promise<{ inner: FrameLocator; frame: Frame }> {
  // embed.js makes its frame only near the screen, as in an article: bring the preview there.
  await phone(page).scrollIntoViewIfNeeded();
  const inner = page.frameLocator('iframe[title="Preview at phone width"]').frameLocator('iframe');
  await inner.locator('[data-testid=timeline][data-state=ready]').waitFor({ timeout: 15_000 });
  const frame = page.frames().find((f) => f.parentFrame()?.name() === 'phonePreview')!;
  return { inner, frame };
}

/** The Chronicle frame's height in its preview page, and its content's. */
async function heights(frame: Frame) {
  const element = await frame.frameElement();
  const framed = await element.evaluate((f) => (f as Element).getBoundingClientRect().height);
  const content = await frame.evaluate(() => document.documentElement.scrollHeight);
  return { framed, content };
}

describe('the builder’s Paste as', () => {
  it('offers five forms; each changes the snippet and the previews, which show it working as pasted', async () => {
    const { page, context, errors, requests, violations } = await openBuilder(1280);
    const select = page.getByLabel('Paste as');
    expect(await select.locator('option').allTextContents()).toEqual(Object.values(FORMS));
    expect(await select.inputValue()).toBe('iframe-script');

    // iframe + script: the inline lines size the frame to its content, inside the preview's own page.
    const withScript = await snippetOf(page);
    expect(withScript).toContain('<script>');
    await previewShows(page, withScript);
    let { frame } = await chronicleIn(page);
    await expect.poll(async () => Math.abs((await heights(frame)).framed - (await heights(frame)).content), { timeout: 5000 }).toBeLessThanOrEqual(1);
    // The vertical timeline on a phone is taller than the frame's start: the snippet's script grew it.
    expect((await heights(frame)).framed).toBeGreaterThan(600);
    // The builder's preview frame fits what the snippet made.
    await expect
      .poll(async () => Math.abs((await phone(page).evaluate((f) => f.getBoundingClientRect().height)) - (await heights(frame)).framed - 2), { timeout: 5000 })
      .toBeLessThanOrEqual(2);
    await page.screenshot({ path: `${SHOTS}/builder-forms-1280.png`, fullPage: true });

    // embed.js: the div becomes a sized frame.
    await select.selectOption({ label: FORMS.script });
    const oneTag = await snippetOf(page);
    expect(oneTag).toMatch(/^<div data-chronicle-src=/);
    await previewShows(page, oneTag);
    ({ frame } = await chronicleIn(page));
    expect(await (await frame.frameElement()).getAttribute('data-chronicle')).toBe('auto');
    await expect.poll(async () => Math.abs((await heights(frame)).framed - (await heights(frame)).content), { timeout: 5000 }).toBeLessThanOrEqual(1);
    expect((await heights(frame)).framed).toBeGreaterThan(600);

    // The iframe alone keeps its height, and the help says so.
    await select.selectOption({ label: FORMS.iframe });
    const alone = await snippetOf(page);
    expect(alone).not.toContain('<script');
    expect(await page.locator('#snippet-help').textContent()).toMatch(/stays 600 px tall/);
    await previewShows(page, alone);
    ({ frame } = await chronicleIn(page));
    expect((await heights(frame)).framed).toBe(600);

    // AMP: previewed as the iframe it becomes, said so, and AMP's runtime never asked for.
    await select.selectOption({ label: FORMS.amp });
    const amp = await snippetOf(page);
    expect(amp).toMatch(/^<amp-iframe /);
    expect(await page.locator('#snippet-help').textContent()).toMatch(/600 px/);
    await expect.poll(() => page.locator('.preview-note').textContent(), { timeout: 5000 }).toMatch(/AMP’s own script is never loaded here/);
    ({ frame } = await chronicleIn(page));
    expect(await (await frame.frameElement()).evaluate((f) => (f as Element).tagName)).toBe('IFRAME');
    // Sized from the embed's AMP embed-size messages, as AMP would.
    await expect.poll(async () => Math.abs((await heights(frame)).framed - (await heights(frame)).content), { timeout: 5000 }).toBeLessThanOrEqual(1);

    expect(errors).toEqual([]);
    expect(await violations()).toEqual([]);

    // The web component, as pasted: its timeline drawn inside the preview, in the page (no iframe of its own).
    await select.selectOption({ label: FORMS.component });
    const component = await snippetOf(page);
    expect(component).toContain(`<script type="module" src="${baseURL}lib/chronicle.js"></script>`);
    await previewShows(page, component);
    const inPreview = page.frameLocator('iframe[title="Preview at phone width"]');
    await inPreview.locator('chronicle-timeline [data-testid=timeline][data-state=ready]').waitFor({ timeout: 10_000 });
    expect(await inPreview.locator('iframe').count()).toBe(0);
    await expect.poll(() => page.locator('.preview-note').textContent(), { timeout: 5000 }).toBe('');
    expect(requests.filter((url) => url.includes('ampproject.org'))).toEqual([]);
    expect(errors).toEqual([]);
    expect(await violations()).toEqual([]);
    await context.close();
  });

  it('on a phone: the form is one column, its controls reachable by keyboard, and the help describes the choice', async () => {
    const { page, context, errors, violations } = await openBuilder(375);
    const select = page.getByLabel('Paste as');
    // By keyboard from the field before it: Tab reaches "Paste as", arrows change the form.
    // (The Height select, found by its options: its label's words also occur in "Paste as"'s options.)
    await page.locator('select:has(option[value="fixed"])').focus();
    await page.keyboard.press('Tab');
    expect(await select.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await select.getAttribute('aria-describedby')).toBe('snippet-help');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => select.inputValue()).toBe('script');
    expect(await page.locator('#snippet-help').textContent()).toMatch(/embed\.js/);
    await page.keyboard.press('Tab');
    expect(await page.getByRole('textbox', { name: 'Embed snippet' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await previewShows(page, await snippetOf(page));
    await chronicleIn(page);
    // Nothing wider than the phone but the 720 px preview, which scrolls within its column.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: `${SHOTS}/builder-forms-375.png`, fullPage: true });
    expect(errors).toEqual([]);
    expect(await violations()).toEqual([]);
    await context.close();
  });
});
