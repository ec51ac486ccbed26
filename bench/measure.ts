/**
 * One page load, measured: time from navigation to data-state="ready", marks in the DOM, JS heap,
 * frame times during a scripted zoom-and-pan, and the cost of a filter and a search. The same
 * script drives Chronicle and vis-timeline; only the filter/search hooks differ.
 */
import type { Browser, Page } from 'playwright-core';
import { openWhenReady } from './firstView';

/** `baseline`: Chronicle as built from an earlier commit (`npm run bench -- --baseline REF`). */
export type App = 'chronicle' | 'baseline' | 'vis' | 'vis-cluster';

export interface Run {
  readyMs: number;
  /** Navigation → dataset downloaded, and → parsed (Chronicle's performance marks). */
  fetchedMs?: number;
  parsedMs?: number;
  marks: number;
  /** The most marks seen in the DOM during the interaction. */
  maxMarks: number;
  heapMB: number;
  frames: FrameStats;
  filter: ActionTiming;
  search: ActionTiming;
}

export interface FrameStats {
  median: number;
  p95: number;
  over33: number;
  count: number;
}

export interface ActionTiming {
  /** Recomputing the visible set. */
  recomputed: number;
  /** From the change until the next frame shows it. */
  painted: number;
}

/** What counts as a mark: Chronicle's event and cluster marks, vis-timeline's items (clusters included). */
const MARKS: Record<App, string> = {
  chronicle: '[data-event-id], [data-cluster-count]',
  baseline: '[data-event-id], [data-cluster-count]',
  vis: '.vis-item',
  'vis-cluster': '.vis-item',
};

export function percentile(values: number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export const median = (values: number[]) => percentile(values, 50);

export class TimeoutError extends Error {}

/** The page became ready, then failed (crashed, or closed) while being measured. */
export class AfterReadyError extends Error {
  constructor(
    readonly readyMs: number,
    cause: unknown,
  ) {
    super(`ready in ${Math.round(readyMs)} ms, then the page failed while being measured (${String(cause).split('\n')[0]})`);
  }
}

/** Loads `url` in a fresh context and measures it; throws TimeoutError when not ready within `timeout` ms. */
export async function measureRun(browser: Browser, url: string, app: App, timeout: number, progress: { readyMs?: number } = {}): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const readyMs = await openWhenReady(page, url, timeout).catch(() => {
      throw new TimeoutError(`not ready within ${timeout / 1000} s`);
    });
    const timing = await page.evaluate(
      (ready) => ({
        readyMs: ready,
        fetchedMs: performance.getEntriesByName('chronicle:fetched')[0]?.startTime,
        parsedMs: performance.getEntriesByName('chronicle:parsed')[0]?.startTime,
      }),
      readyMs,
    );
    progress.readyMs = timing.readyMs;
    try {
      // Let idle-time work (prefetches, search text) settle as a reader's first second would.
      await page.waitForTimeout(600);
      const marks = await page.locator(MARKS[app]).count();
      const heapMB = await heapAfterGc(page);
      const { frames, maxMarks } = await zoomAndPan(page, MARKS[app]);
      const filter = await applyFilter(page, app, 'filter');
      const search = await applyFilter(page, app, 'search');
      return { ...timing, marks, maxMarks: Math.max(marks, maxMarks), heapMB, frames, filter, search };
    } catch (error) {
      throw new AfterReadyError(timing.readyMs, error);
    }
  } finally {
    await Promise.race([context.close(), new Promise((resolve) => setTimeout(resolve, 10_000))]);
  }
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 2 ** 20;
}

/**
 * 60 wheel steps over the middle of the timeline (30 in, 30 out) and a 400 px drag, about two
 * seconds in all, while requestAnimationFrame records the time between frames.
 */
async function zoomAndPan(page: Page, markSelector: string): Promise<{ frames: FrameStats; maxMarks: number }> {
  await page.evaluate((selector) => {
    const state = { deltas: [] as number[], last: 0, on: true, maxMarks: 0, frame: 0 };
    (window as unknown as { __frames: typeof state }).__frames = state;
    const tick = (t: number) => {
      if (state.last) state.deltas.push(t - state.last);
      state.last = t;
      // Counting marks every 10th frame keeps the probe itself light.
      if (state.frame++ % 10 === 0) state.maxMarks = Math.max(state.maxMarks, document.querySelectorAll(selector).length);
      if (state.on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, markSelector);
  const box = (await page.locator('[data-testid=timeline]').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + Math.min(box.height / 2, 250);
  await page.mouse.move(cx, cy);
  for (let i = 0; i < 60; i++) {
    await page.mouse.wheel(0, i < 30 ? -100 : 100);
    await page.waitForTimeout(20);
  }
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) {
    await page.mouse.move(cx - i * 20, cy);
    await page.waitForTimeout(20);
  }
  await page.mouse.up();
  await page.waitForTimeout(100);
  const { deltas, maxMarks } = await page.evaluate(() => {
    const state = (window as unknown as { __frames: { deltas: number[]; on: boolean; maxMarks: number } }).__frames;
    state.on = false;
    return { deltas: state.deltas, maxMarks: state.maxMarks };
  });
  return { frames: { median: median(deltas), p95: percentile(deltas, 95), over33: deltas.filter((d) => d > 33).length, count: deltas.length }, maxMarks };
}

/** How many times each action is applied (and undone between) per page load; the median is kept. */
const ACTION_REPEATS = 5;
const SLOW_CHANGE_MS = 50;
const SLOW_UNDO_MS = 1000;

/**
 * Only the first actor's events ("filter"), then, with that filter kept, a search for "about legal"
 * (a sixth of the titles). Each is applied up to five times, undone in between, ending applied: at
 * small sizes a change takes a few milliseconds, and one sample is at the mercy of whatever else
 * (a garbage collection, a timer) lands beside it.
 */
async function applyFilter(page: Page, app: App, kind: 'filter' | 'search'): Promise<ActionTiming> {
  const samples: ActionTiming[] = [];
  for (let i = 0; i < ACTION_REPEATS; i++) {
    let last = false;
    if (i > 0) {
      const undoStart = Date.now();
      await changeOnce(page, app, kind, false);
      // Undoing can cost far more than doing: one more sample, then stop.
      last = Date.now() - undoStart > SLOW_UNDO_MS;
    }
    await page.waitForTimeout(80);
    const timing = await changeOnce(page, app, kind, true);
    samples.push(timing);
    // A change that takes frames is not at the mercy of what lands beside it: once is enough, and
    // undoing it could take minutes (vis-timeline putting back 8,000 of 10,000 items).
    if (last || !(timing.painted < SLOW_CHANGE_MS)) break;
  }
  return { recomputed: median(samples.map((t) => t.recomputed)), painted: median(samples.map((t) => t.painted)) };
}

function changeOnce(page: Page, app: App, kind: 'filter' | 'search', on: boolean): Promise<ActionTiming> {
  if (app === 'vis' || app === 'vis-cluster') {
    return page.evaluate(
      ({ kind: change, on: applied }) => {
        const w = window as unknown as { benchFilter: (test: (item: { group: string; content: string }) => boolean) => Promise<ActionTiming> };
        const inGroup = (item: { group: string }) => item.group === 'alpha';
        const test =
          change === 'filter'
            ? applied
              ? inGroup
              : () => true
            : applied
              ? (item: { group: string; content: string }) => inGroup(item) && item.content.toLowerCase().includes('about legal')
              : inGroup;
        return Promise.race([
          w.benchFilter(test as never),
          new Promise<ActionTiming>((resolve) => setTimeout(() => resolve({ recomputed: NaN, painted: NaN }), 20_000)),
        ]);
      },
      { kind, on },
    );
  }
  return page.evaluate(
    async ({ kind: change, on: applied }) => {
      performance.clearMeasures();
      const start = performance.now();
      if (change === 'filter') {
        // The first actor's chip: pressing it alone shows only that actor; pressing it again shows all.
        document.querySelector<HTMLButtonElement>('.chip[aria-pressed]')!.click();
      } else {
        const input = document.querySelector<HTMLInputElement>('input.search')!;
        // React listens for input events; set the value the way typing would.
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, applied ? 'about legal' : '');
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const painted = performance.now() - start;
      const recomputed = performance
        .getEntriesByType('measure')
        .filter((m) => m.name.startsWith('chronicle:'))
        .reduce((n, m) => n + m.duration, 0);
      return { recomputed, painted };
    },
    { kind, on },
  );
}
