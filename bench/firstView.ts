/**
 * What a view downloads before it is ready: the JS and CSS requested before the timeline reports
 * data-state="ready" (idle-time prefetches come later and are not counted), gzipped at level 9.
 * Shared by the benchmark's report and the size check that `npm test` runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

export const FIRST_VIEW_BUDGET_KB = 120;

export const VIEWS = [
  { name: 'Main view', query: '', width: 1280, budget: FIRST_VIEW_BUDGET_KB },
  { name: 'Embed view', query: '?embed=1', width: 375, budget: FIRST_VIEW_BUDGET_KB },
  // The library (issue 23): one web component on the smallest page, without the app's shell, its
  // styles inside its script: a budget of its own, for the app's core, React DOM, every stylesheet,
  // and, where its dataset takes more than a moment (CI's machine), the loading state and its words
  // (7 KB: 127.5 KB measured there, 119.9 KB where the data arrive at once).
  { name: 'Web component', query: 'lib/minimal.html', width: 1280, budget: 130 },
] as const;

export interface FirstView {
  name: string;
  /** KB, gzipped. */
  budget: number;
  files: { name: string; gzip: number }[];
  /** Bytes, gzipped. */
  total: number;
}

/**
 * tsx (which runs the benchmark) keeps function names by wrapping them in a `__name` helper that
 * does not exist in the page; scripts sent to the page need this stand-in first.
 */
export const NAME_HELPER = 'globalThis.__name = (f) => f;';

/** The page calls this (a Playwright binding) the moment its timeline reports ready. */
const READY_BINDING = '__benchReady';

/** Marks the moment the timeline first reports ready, relative to navigation start, and tells the harness. */
export const READY_PROBE = (binding: string) => {
  let told = false;
  const tell = () => {
    if (told) return;
    told = true;
    const at = performance.now();
    (window as unknown as { __readyAt: number }).__readyAt = at;
    (window as unknown as Record<string, (t: number) => void>)[binding]!(at);
  };
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-testid=timeline][data-state=ready]')) {
      observer.disconnect();
      tell();
    }
  }).observe(document, { subtree: true, attributes: true, childList: true });
  // A web component's timeline is in its shadow root, out of the document's sight: it says so itself.
  document.addEventListener('ready', (e) => (e.target as Element).localName === 'chronicle-timeline' && tell());
};

/**
 * Opens `url` in `page` and waits for the timeline: the time from navigation to ready, in ms.
 * The page reports it rather than being polled through a locator: a locator loads Playwright's
 * selector engine into the page while it starts (~15 ms of main thread here, charged to whichever
 * app is being measured).
 */
export async function openWhenReady(page: Page, url: string, timeout = 30_000): Promise<number> {
  let reported!: (at: number) => void;
  const ready = new Promise<number>((resolve) => (reported = resolve));
  await page.exposeFunction(READY_BINDING, (at: number) => reported(at));
  await page.addInitScript(NAME_HELPER);
  await page.addInitScript(READY_PROBE, READY_BINDING);
  await page.goto(url, { waitUntil: 'commit' });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`not ready within ${timeout} ms`)), timeout)));
  try {
    return await Promise.race([ready, late]);
  } finally {
    clearTimeout(timer);
  }
}

export async function measureFirstView(browser: Browser, base: string, dist: string, view: (typeof VIEWS)[number]): Promise<FirstView> {
  const context = await browser.newContext({ viewport: { width: view.width, height: 800 } });
  try {
    const page = await context.newPage();
    const readyAt = await openWhenReady(page, base + view.query);
    const assets = await page.evaluate((readyTime) => {
      return performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime < readyTime && /\.(js|css)$/.test(new URL(e.name).pathname))
        .map((e) => new URL(e.name).pathname);
    }, readyAt);
    const names = [...new Set(assets.map((path) => path.replace(/^\//, '')))].sort();
    const files = names.map((name) => ({ name, gzip: gzipSync(readFileSync(join(dist, name)), { level: 9 }).length }));
    return { name: view.name, budget: view.budget, files, total: files.reduce((n, f) => n + f.gzip, 0) };
  } finally {
    await context.close();
  }
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
