/**
 * The editor (issue 21), measured: how long `?edit=1` takes to show a draft of a dataset, and how long
 * a key typed into a title cell takes to reach the screen, from the key to the second frame after it
 * (the cell shows it at once; on a sheet of 500 rows and more the timeline follows 150 ms after the
 * typing pauses: store/edits/draftActions.ts). The same key typed into a plain <input> on a blank
 * page is the floor: Playwright's own round trip, which every number here includes.
 */
import type { Browser, Page } from 'playwright-core';

export interface EditorRun {
  n: number;
  openMs: number;
  keyMs: number;
}

const KEYS = 15;

async function keyToFrame(page: Page): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < KEYS; i++) {
    const t0 = performance.now();
    await page.keyboard.type('x');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(KEYS / 2)]!;
}

/** A key in a plain input on a blank page: the floor. */
export async function blankInputKey(browser: Browser): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.setContent('<input aria-label="x">');
    await page.locator('input').focus();
    return await keyToFrame(page);
  } finally {
    await context.close();
  }
}

/** `query` names the dataset (`''` for the bundled one). */
export async function editorRun(browser: Browser, base: string, n: number, query: string): Promise<EditorRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const t0 = performance.now();
    await page.goto(`${base}?edit=1${query}`);
    await page.waitForFunction(() => /draft=/.test(location.search) && document.querySelector('.sheet tbody tr'), undefined, { timeout: 120_000 });
    const openMs = performance.now() - t0;
    const cell = page.getByRole('textbox', { name: 'Title, row 1', exact: true });
    await cell.click();
    await page.keyboard.press('End');
    return { n, openMs, keyMs: await keyToFrame(page) };
  } finally {
    await context.close();
  }
}

/** Sizes of what publishing makes, from the build in `dist`: the single file with `datasetJson` written in, and what the service worker keeps. */
export function publishedSizes(dist: string, singleFile: (template: string) => string, read: (path: string) => Buffer, gzip: (b: Buffer) => number) {
  const file = Buffer.from(singleFile(read(`${dist}/standalone.html`).toString('utf8')));
  const shell = JSON.parse(
    read(`${dist}/sw.js`)
      .toString('utf8')
      .match(/const FILES = (\[.*?\]);/)![1]!,
  ) as string[];
  const kept = shell.filter((f) => f !== './').map((f) => read(`${dist}/${f.slice(2)}`));
  return {
    singleFile: { bytes: file.length, gzip: gzip(file) },
    offline: { files: kept.length + 1, bytes: kept.reduce((n, b) => n + b.length, 0), gzip: kept.reduce((n, b) => n + gzip(b), 0) },
  };
}
