/** Shared by the browser tests: open the built app at a size and wait until the timeline is ready. */
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium';

export const SHOTS = 'test-results/screenshots';

/** One Chromium for the test file: launched before its tests, closed after. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => browser?.close());
  return () => browser!;
}

export interface Opened {
  page: Page;
  context: BrowserContext;
  errors: string[];
  warnings: string[];
  readyMs: number;
}

export async function openApp(browser: Browser, baseURL: string, query = '', viewport = { width: 1280, height: 800 }): Promise<Opened> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
    if (m.type() === 'warning') warnings.push(m.text());
  });
  const t0 = Date.now();
  await page.goto(baseURL + query);
  await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
  const readyMs = Date.now() - t0;
  await gesturesReady(page);
  return { page, context, errors, warnings, readyMs };
}

export async function windowOf(page: Page) {
  const t = page.getByTestId('timeline');
  return { from: (await t.getAttribute('data-from'))!, to: (await t.getAttribute('data-to'))! };
}

/** The window in UTC ms, for arithmetic. */
export async function windowMs(page: Page) {
  const w = await windowOf(page);
  return { from: Date.parse(w.from), to: Date.parse(w.to) };
}

/**
 * Clicks (or taps) the first labelled mark at its label: a mark's own centre can lie outside the
 * window when it is a long range. Returns the event id.
 */
export async function clickFirstLabelledMark(scope: Page | import('playwright-core').Frame, page: Page, tap = false): Promise<string> {
  const mark = scope.locator('[data-event-id]:has(.mark-label)').first();
  const id = (await mark.getAttribute('data-event-id'))!;
  const box = (await mark.locator('.mark-label').boundingBox())!;
  if (tap) await page.touchscreen.tap(box.x + 12, box.y + box.height / 2);
  else await page.mouse.click(box.x + 12, box.y + box.height / 2);
  return id;
}

export const selectedTitle = (page: Page) => page.locator('.detail h2').textContent({ timeout: 5000 });

/** An actor chip in the filter bar (mark labels mention actors too, so search within the group). */
export const actorChip = (page: Page, name: string) => page.getByRole('group', { name: 'Actors' }).getByRole('button', { name, exact: true });

/** d3-zoom arrives just after the first view: wait for it before wheeling or dragging (no-op without a drawn timeline). */
export async function gesturesReady(page: Page | import('playwright-core').Frame): Promise<void> {
  if ((await page.locator('[data-testid=timeline] svg.timeline-svg').count()) === 0) return;
  await page.locator('[data-testid=timeline] [data-zoom=on]').first().waitFor({ timeout: 10_000 });
}

/** Drops a file on the page, as a reader dragging it from their desktop. */
export async function dropFile(page: Page, text: string, name: string, type = 'text/csv'): Promise<void> {
  await page.evaluate(
    (file) => {
      const data = new DataTransfer();
      data.items.add(new File([file.text], file.name, { type: file.type }));
      for (const event of ['dragover', 'drop'])
        document.querySelector('.app')!.dispatchEvent(new DragEvent(event, { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    { text, name, type },
  );
}

/** Records the page's Content-Security-Policy violations from its first script on; read them with the function returned. */
export async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __violations: string[] }).__violations = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

/** A new page in a context of its own that records console errors and uncaught exceptions in `errors`. */
export async function watchedPage(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}
