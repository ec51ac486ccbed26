/**
 * `npm run bench`: builds the app, writes the synthetic datasets and the vis-timeline page, serves
 * them on 127.0.0.1 and measures Chronicle and vis-timeline side by side in headless Chromium;
 * writes bench/RESULTS.md, keeping its section from `npm run bench:embed` (bench/embedPhone.ts). `npm run bench -- --quick` runs one load per case and skips 100,000.
 * `npm run bench -- --baseline REF` also builds Chronicle as it was at the git commit REF and
 * measures it in the same rounds, for a before-and-after table.
 * Exits 1 when the first-view size budget is broken; timings are reported against the budgets, not enforced.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve as absolute } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../tests/browser/chromium';
import { kb, measureFirstView, NAME_HELPER, openWhenReady, VIEWS, type FirstView } from './firstView';
import { generateDataset } from './generate';
import { AfterReadyError, median, measureRun, TimeoutError, type App, type Run } from './measure';
import { serveStatic } from './serve';
import { writeVisPage } from './visPage';
import { blankInputKey, editorRun, publishedSizes, type EditorRun } from './editor';
import { embedSectionOf, withEmbedSection } from './embedPhone';
import { parseDataset } from '../src/data/parseDataset';
import { singleFileHtml } from '../src/ui/publish/singleFile';

const quick = process.argv.includes('--quick');
const baselineAt = process.argv.indexOf('--baseline');
/** An earlier commit to measure beside today's code, or null. */
const baseline = baselineAt > 0 ? (process.argv[baselineAt + 1] ?? null) : null;
const RUNS = quick ? 1 : 3;
/**
 * Loads per case: at 100 and 1,000 events both apps are ready within a few milliseconds of each
 * other, closer than one load's spread, so those cheap cases get five loads; larger ones three.
 */
const runsAt = (n: number) => (quick ? 1 : n <= 1_000 ? 5 : RUNS);
const SIZES = quick ? [100, 1_000, 10_000] : [100, 1_000, 10_000, 100_000];
const APPS: App[] = baseline ? ['chronicle', 'baseline', 'vis', 'vis-cluster'] : ['chronicle', 'vis', 'vis-cluster'];
const NAMES: Record<App, string> = {
  chronicle: 'Chronicle',
  baseline: `Chronicle at ${baseline?.slice(0, 12)}`,
  vis: 'vis-timeline',
  'vis-cluster': 'vis-timeline, clustered',
};

/** The design doc's budgets for Chronicle at each size. */
const budget = (n: number) => ({ readyMs: n >= 100_000 ? 1000 : 500, p95: n >= 100_000 ? 34 : 18, marks: 2000, recompute: 16 });

interface Case {
  app: App;
  n: number;
  runs: Run[];
  failure?: string;
}

async function main() {
  const started = Date.now();
  await build({ logLevel: 'warn', mode: 'production', build: { sourcemap: false } });
  mkdirSync('dist/bench', { recursive: true });
  const bytes = new Map<number, number>();
  for (const n of SIZES) {
    const text = JSON.stringify(generateDataset(n));
    bytes.set(n, text.length);
    writeFileSync(`dist/bench/synthetic-${n}.json`, text);
  }
  writeVisPage('dist/bench');
  if (baseline) buildBaseline(baseline, absolute('dist/baseline'));
  const server = await serveStatic('dist');
  let browser = await launchChromium();

  const views: FirstView[] = [];
  for (const view of VIEWS) views.push(await measureFirstView(browser, server.base, 'dist', view));
  for (const v of views) console.log(`${v.name}: ${kb(v.total)} before ready`);

  const bundled: { name: string; times: number[] }[] = [];
  for (const c of [
    { name: 'Bundled dataset (29 events)', query: '', width: 1280 },
    { name: 'Bundled dataset, embed view at 375 px', query: '?embed=1', width: 375 },
  ]) {
    const times: number[] = [];
    for (let i = 0; i < RUNS + 2; i++) times.push(await readyTime(browser, server.base + c.query, c.width));
    bundled.push({ name: c.name, times });
    console.log(`${c.name}: ready ${median(times).toFixed(0)} ms`);
  }
  // The editor: opening a draft and typing, against a key in a plain input (bench/editor.ts).
  const blankKey = await blankInputKey(browser);
  const editor: EditorRun[] = [];
  for (const n of [29, 1_000, 10_000]) editor.push(await editorRun(browser, server.base, n, n === 29 ? '' : `&data=bench/synthetic-${n}.json`));
  for (const e of editor)
    console.log(`editor at ${e.n} events: open ${e.openMs.toFixed(0)} ms, a key ${e.keyMs.toFixed(0)} ms (blank input ${blankKey.toFixed(0)} ms)`);
  const bundledDataset = parseDataset(readFileSync('data/events.json', 'utf8'), 'events.json').dataset;
  const published = publishedSizes(
    'dist',
    (template) => singleFileHtml(template, bundledDataset),
    (path) => readFileSync(path),
    (b) => gzipSync(b, { level: 9 }).length,
  );
  const floor = new Map<number, number[]>();
  for (const n of SIZES) {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push(await fetchParseFloor(browser, server.base, n));
    floor.set(n, times);
  }
  const idle = await idleFrames(browser, server.base);

  const cases: Case[] = [];
  for (const n of SIZES) {
    const round = APPS.map((app): Case => ({ app, n, runs: [] }));
    // Round by round, each app once a round: the machine's pace drifts over minutes, and this way every
    // app meets the same drift. An app that failed sits out the rounds after.
    for (let i = 0; i < runsAt(n); i++) {
      for (const c of round) {
        if (c.failure) continue;
        const { app } = c;
        const url =
          app === 'chronicle'
            ? `${server.base}?data=bench/synthetic-${n}.json`
            : app === 'baseline'
              ? `${server.base}baseline/?data=../bench/synthetic-${n}.json`
              : `${server.base}bench/vis.html?data=synthetic-${n}.json${app === 'vis-cluster' ? '&cluster=1' : ''}`;
        // vis-timeline takes ~20 s clustered at 100,000 events and does not finish unclustered.
        const timeout = app === 'chronicle' || app === 'baseline' ? 30_000 : n >= 100_000 ? 45_000 : 30_000;
        const progress: { readyMs?: number } = {};
        const run = measureRun(browser, url, app, timeout, progress);
        run.catch(() => {});
        // A page busy in one long task cannot answer, so the limit is kept from out here.
        const stop = stopAfter(RUN_LIMIT, progress);
        try {
          c.runs.push(await Promise.race([run, stop.promise]));
        } catch (error) {
          c.failure = error instanceof TimeoutError || error instanceof AfterReadyError ? error.message : String(error);
          // A page stuck in a long task may not close cleanly: start over with a fresh browser, once the
          // old one's processes are gone (they would take CPU from the next measurement).
          const old = descendants();
          await Promise.race([browser.close(), new Promise((resolve) => setTimeout(resolve, 5000))]);
          await gone(old, 15_000);
          browser = await launchChromium();
        } finally {
          stop.cancel();
        }
      }
    }
    for (const c of round) {
      cases.push(c);
      console.log(summary(c));
    }
  }
  await browser.close();
  await server.close();

  const report = keepEmbedSection(
    renderReport({ views, bundled, floor, idle, cases, bytes, editor, blankKey, published, minutes: (Date.now() - started) / 60_000 }),
  );
  writeFileSync('bench/RESULTS.md', report);
  console.log(`\n${report}`);
  const over = views.filter((v) => v.total / 1024 > v.budget);
  for (const v of over) console.error(`${v.name} ships ${kb(v.total)} gzipped before it is ready; the budget is ${v.budget} KB`);
  if (over.length) process.exit(1);
}

/**
 * The report with bench/RESULTS.md's "Embed on a throttled phone" section kept as it was: that one is
 * `npm run bench:embed`'s (bench/embedPhone.ts), cold loads on an emulated phone against TimelineJS,
 * a measurement of its own with its own date, not repeated in every full run.
 */
function keepEmbedSection(report: string): string {
  const embed = existsSync('bench/RESULTS.md') ? embedSectionOf(readFileSync('bench/RESULTS.md', 'utf8')) : '';
  return embed ? withEmbedSection(report, embed) : report;
}

/**
 * Chronicle as it was at `ref`, built into `outDir` from a temporary git worktree that shares this
 * checkout's node_modules (an old commit's lockfile may differ; the build tools rarely matter to
 * what the app does at run time). Its assets are relative, so it runs from a subfolder.
 */
function buildBaseline(ref: string, outDir: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-baseline-'));
  rmSync(dir, { recursive: true });
  execFileSync('git', ['worktree', 'add', '--detach', dir, ref], { stdio: 'inherit' });
  try {
    symlinkSync(absolute('node_modules'), join(dir, 'node_modules'));
    execFileSync(process.execPath, [absolute('node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: dir,
      stdio: 'inherit',
    });
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', dir], { stdio: 'inherit' });
  }
}

/** The fields of /proc/<pid>/stat after the process name (state first, then parent id); null once it has ended. */
function statOf(pid: number | string): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}

/** Chromium processes started by this one (the browser and its helpers), by the parent ids in /proc. */
function descendants(): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    const fields = /^\d+$/.test(entry) ? statOf(entry) : null;
    if (fields) parentOf.set(Number(entry), Number(fields[1]));
  }
  const isOurs = (pid: number): boolean => {
    for (let p = parentOf.get(pid); p !== undefined && p > 1; p = parentOf.get(p)) if (p === process.pid) return true;
    return false;
  };
  const isChromium = (pid: number) => {
    try {
      return /chrom(e|ium)/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
    } catch {
      return false;
    }
  };
  return [...parentOf.keys()].filter((pid) => isOurs(pid) && isChromium(pid));
}

/** Waits until none of `pids` runs (ended, or a zombie), for at most `ms`. */
async function gone(pids: number[], ms: number): Promise<void> {
  const runs = (pid: number) => {
    const fields = statOf(pid);
    return fields !== null && fields[0] !== 'Z';
  };
  const until = Date.now() + ms;
  while (Date.now() < until && pids.some(runs)) await new Promise((resolve) => setTimeout(resolve, 100));
}

/** Wall-clock limit of one measured page load (vis-timeline can block its page for minutes). */
const RUN_LIMIT = 120_000;

/** Rejects after `ms` unless cancelled; never left unhandled. */
function stopAfter(ms: number, progress: { readyMs?: number }): { promise: Promise<never>; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const promise = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          progress.readyMs === undefined
            ? new TimeoutError(`no answer within ${ms / 1000} s`)
            : new AfterReadyError(progress.readyMs, `still busy after ${ms / 1000} s`),
        ),
      ms,
    );
  });
  promise.catch(() => {});
  return { promise, cancel: () => clearTimeout(timer) };
}

async function readyTime(browser: Browser, url: string, width: number): Promise<number> {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const t = await openWhenReady(await context.newPage(), url);
  await context.close();
  return t;
}

/** The floor under any app: a blank page that only fetches and parses the dataset. */
async function fetchParseFloor(browser: Browser, base: string, n: number): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}favicon.svg`);
  const t = await page.evaluate(async (url) => {
    const start = performance.now();
    const data = JSON.parse(await (await fetch(url, { cache: 'no-store' })).text());
    return data.events.length ? performance.now() - start : NaN;
  }, `${base}bench/synthetic-${n}.json`);
  await context.close();
  return t;
}

/** Frame-to-frame times of a page doing nothing: what headless Chromium's display gives at best. */
async function idleFrames(browser: Browser, base: string): Promise<{ median: number; p95: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(NAME_HELPER);
  await page.goto(`${base}favicon.svg`);
  const deltas = await page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const out: number[] = [];
        let last = 0;
        const tick = (t: number) => {
          if (last) out.push(t - last);
          last = t;
          if (out.length < 120) requestAnimationFrame(tick);
          else resolve(out);
        };
        requestAnimationFrame(tick);
      }),
  );
  await context.close();
  const sorted = [...deltas].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, p95: sorted[Math.floor(sorted.length * 0.95)]! };
}

const med = (c: Case, pick: (r: Run) => number) => median(c.runs.map(pick));
const ms = (v: number) => (Number.isFinite(v) ? `${v < 10 ? v.toFixed(1) : v.toFixed(0)} ms` : '–');
const count = (n: number) => n.toLocaleString('en');

function summary(c: Case): string {
  if (!c.runs.length) return `${NAMES[c.app]} ${count(c.n)}: ${c.failure}`;
  return `${NAMES[c.app]} ${count(c.n)}: ready ${ms(med(c, (r) => r.readyMs))}, p95 ${ms(med(c, (r) => r.frames.p95))}, marks ≤ ${Math.max(...c.runs.map((r) => r.maxMarks))}, filter ${ms(med(c, (r) => r.filter.recomputed))}, search ${ms(med(c, (r) => r.search.recomputed))}${c.failure ? ` (then: ${c.failure})` : ''}`;
}

function renderReport(r: {
  views: FirstView[];
  bundled: { name: string; times: number[] }[];
  floor: Map<number, number[]>;
  idle: { median: number; p95: number };
  cases: Case[];
  bytes: Map<number, number>;
  editor: EditorRun[];
  blankKey: number;
  published: ReturnType<typeof publishedSizes>;
  minutes: number;
}): string {
  const find = (app: App, n: number) => r.cases.find((c) => c.app === app && c.n === n)!;
  const within = (ok: boolean) => (ok ? 'within' : '**over**');
  const rows = SIZES.flatMap((n) =>
    APPS.map((app) => {
      const c = find(app, n);
      if (!c.runs.length) return `| ${count(n)} | ${NAMES[app]} | did not finish: ${c.failure} | | | | | | | |`;
      return `| ${count(n)} | ${NAMES[app]} | ${ms(med(c, (x) => x.readyMs))} | ${ms(med(c, (x) => x.frames.median))} | ${ms(med(c, (x) => x.frames.p95))} | ${med(c, (x) => x.frames.over33)} | ${Math.max(...c.runs.map((x) => x.maxMarks))} | ${med(c, (x) => x.heapMB).toFixed(0)} MB | ${ms(med(c, (x) => x.filter.recomputed))} / ${ms(med(c, (x) => x.filter.painted))} | ${ms(med(c, (x) => x.search.recomputed))} / ${ms(med(c, (x) => x.search.painted))} |`;
    }),
  );
  const budgetRows = SIZES.map((n) => {
    const c = find('chronicle', n);
    const b = budget(n);
    if (!c.runs.length) return `| ${count(n)} | did not finish | | | |`;
    const ready = med(c, (x) => x.readyMs);
    const p95 = med(c, (x) => x.frames.p95);
    const marks = Math.max(...c.runs.map((x) => x.maxMarks));
    const recompute = Math.max(
      med(c, (x) => x.filter.recomputed),
      med(c, (x) => x.search.recomputed),
    );
    return `| ${count(n)} | ${ms(ready)} (≤ ${b.readyMs}): ${within(ready <= b.readyMs)} | ${ms(p95)} (≤ ${b.p95}): ${within(p95 <= b.p95)} | ${marks} (≤ ${b.marks}): ${within(marks <= b.marks)} | ${ms(recompute)} (< ${b.recompute}): ${within(recompute < b.recompute)} |`;
  });
  const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && a > 0 ? `${(b / a).toFixed(1)}×` : '–');
  const ratioRows = SIZES.map((n) => {
    const ours = find('chronicle', n);
    const cells = (['vis', 'vis-cluster'] as App[]).map((app) => {
      const theirs = find(app, n);
      if (!theirs.runs.length) return `did not finish (${theirs.failure})`;
      const parts = [
        `ready ${ratio(
          med(ours, (x) => x.readyMs),
          med(theirs, (x) => x.readyMs),
        )}`,
        `p95 frame ${ratio(
          med(ours, (x) => x.frames.p95),
          med(theirs, (x) => x.frames.p95),
        )}`,
        `filter ${ratio(
          med(ours, (x) => x.filter.painted),
          med(theirs, (x) => x.filter.painted),
        )}`,
        `search ${ratio(
          med(ours, (x) => x.search.painted),
          med(theirs, (x) => x.search.painted),
        )}`,
      ];
      return parts.join(', ');
    });
    return `| ${count(n)} | ${cells.join(' | ')} |`;
  });
  // Only with --baseline: without it there is no baseline case to find.
  const baselineRows = (baseline ? SIZES : []).map((n) => {
    const now = find('chronicle', n);
    const then = find('baseline', n);
    if (!now.runs.length || !then.runs.length) return `| ${count(n)} | did not finish | | | | |`;
    const pair = (get: (run: Run) => number) => `${ms(med(then, get))} → ${ms(med(now, get))} (${ratio(med(now, get), med(then, get))})`;
    return `| ${count(n)} | ${pair((x) => x.readyMs)} | ${pair((x) => x.frames.median)} | ${pair((x) => x.frames.p95)} | ${pair((x) => x.filter.painted)} | ${pair((x) => x.search.painted)} |`;
  });
  const baselineSection = baseline
    ? `
## Chronicle now and at ${baseline}, same datasets, same run

Built from that commit by \`npm run bench -- --baseline ${baseline}\`; each cell is then → now, and in brackets how many times faster now is (then ÷ now; below 1.0× is slower).

| events | ready | frame median | frame p95 | filter painted | search painted |
|---|---|---|---|---|---|
${baselineRows.join('\n')}
`
    : '';
  const chronicleBreakdown = SIZES.map((n) => {
    const c = find('chronicle', n);
    if (!c.runs.length) return `| ${count(n)} | | | | |`;
    return `| ${count(n)} | ${(r.bytes.get(n)! / 2 ** 20).toFixed(1)} MB | ${ms(median(r.floor.get(n)!))} | ${ms(med(c, (x) => x.fetchedMs ?? NaN))} → ${ms(med(c, (x) => x.parsedMs ?? NaN))} → ${ms(med(c, (x) => x.readyMs))} | ${med(c, (x) => x.marks)} |`;
  });

  return `# Benchmark results

Written by \`npm run bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 10)} in ${r.minutes.toFixed(1)} minutes.
Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Debian Chromium (headless, software rendering) via playwright-core.
Served by bench/serve.ts (static, uncompressed) on 127.0.0.1; viewport 1280×800 unless noted; ${quick ? 'one fresh page load per case' : `fresh page loads per case (five up to 1,000 events, three above)`}, medians reported; at each size the apps take turns, one load each a round, so all meet the same drift in the machine's pace.

Commands: \`npm run bench\` (everything, ~12 minutes), \`npm run bench -- --quick\` (one run, no 100,000), \`npm run bench -- --baseline REF\` (also Chronicle as built from the git commit REF, in the same rounds), \`npm run gen -- N out.json [seed]\` (a dataset), \`npm run bench:embed\` (the embed against TimelineJS on a throttled phone: its own section, below, which a full run keeps).

## Chronicle against the design doc's budgets

| events | ready | frame p95 while zooming and panning | most marks in the DOM | filter or search recomputed |
|---|---|---|---|---|
${budgetRows.join('\n')}

Bundled dataset, ready: ${r.bundled.map((b) => `${b.name.replace('Bundled dataset, ', '').replace('Bundled dataset', 'main view')} ${ms(median(b.times))} (${ms(Math.min(...b.times))}–${ms(Math.max(...b.times))}; budget 500 ms: ${within(median(b.times) <= 500)})`).join('; ')}.

## Chronicle and vis-timeline, same datasets, same run

| events | app | ready | frame median | frame p95 | frames > 33 ms | most marks | JS heap | filter: recomputed / painted | search: recomputed / painted |
|---|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}

How many times faster Chronicle is (vis-timeline's time ÷ Chronicle's; "painted" times for filter and search):

| events | vis-timeline, default options | vis-timeline, clustered |
|---|---|---|
${ratioRows.join('\n')}

- **ready**: navigation → \`data-state="ready"\` on the timeline (vis-timeline's page sets it on its first \`changed\` event), reported by the page itself through a Playwright binding, so no selector engine is injected while it loads.
- **frames**: requestAnimationFrame deltas during 60 wheel steps (30 in, 30 out) over the middle of the timeline and a 400 px drag, about two seconds. An idle page here gives a median of ${ms(r.idle.median)} and a p95 of ${ms(r.idle.p95)}: the floor.
- **marks**: Chronicle's \`[data-event-id]\` and \`[data-cluster-count]\` elements, vis-timeline's \`.vis-item\` elements, the most seen at ready or during the zooming.
- **filter**: only the first actor's events (Chronicle: its chip; vis-timeline: a DataView filter on the group). **search**: "about legal", a sixth of the titles, with that filter kept (Chronicle: the search box, which also searches summaries, quotes and sources; vis-timeline: a DataView filter on the group and the item text). Each is applied five times per load (undone in between), the median kept; a change slower than 50 ms (three frames) is applied once. "Recomputed" is the visible set's cost (Chronicle: its User Timing measures of filtering and re-indexing lanes; vis-timeline: \`DataView.refresh()\`); "painted" runs until the next frame shows the result.
- vis-timeline 8.5.4, its standalone build, default options plus \`height: '100%'\` (the viewport, like Chronicle), one group per actor; "clustered" adds \`cluster: {}\`.

${baselineSection}
## Where Chronicle's time to ready goes

| events | JSON size | fetch + parse alone (blank page) | downloaded → parsed → ready | marks at ready |
|---|---|---|---|---|
${chronicleBreakdown.join('\n')}

The dataset is requested by an inline script while the page's HTML is read, so its download overlaps the app's own; "downloaded" is when the app, once started, has its text in hand. Parsing (JSON.parse and validation) then runs on the main thread (copying 100,000 validated events back from a worker costs more than validating them).

## The editor

\`?edit=1\` on a dataset: the time until the draft's table shows, and a key typed into a title cell, from the key to the second frame after it (median of 15 keys). Floor: the same key in a plain \`<input>\` on a blank page, ${ms(r.blankKey)}, Playwright's own round trip, which every key here includes. On 500 rows and more the timeline follows the typing 150 ms after it pauses (the cell shows each key at once).

| events | open the editor | a key, to the screen | ÷ blank input |
|---|---|---|---|
${r.editor.map((e) => `| ${count(e.n)} | ${ms(e.openMs)} | ${ms(e.keyMs)} | ${(e.keyMs / r.blankKey).toFixed(1)}× |`).join('\n')}

## What publishing makes

| form | files | size | gzipped |
|---|---|---|---|
| one HTML file, bundled dataset (build/standalone.ts + the data) | 1 | ${kb(r.published.singleFile.bytes)} | ${kb(r.published.singleFile.gzip)} |
| what the service worker keeps for use offline (sw.js) | ${r.published.offline.files} | ${kb(r.published.offline.bytes)} | ${kb(r.published.offline.gzip)} |

## Size of the first view

JS and CSS each view downloads before \`data-state="ready"\` (later idle-time prefetches are not counted), gzipped at level 9; also checked by tests/browser/size.test.ts in \`npm test\`.

${r.views
  .map(
    (v) => `### ${v.name}

| asset | gzipped |
|---|---|
${v.files.map((f) => `| ${f.name} | ${kb(f.gzip)} |`).join('\n')}
| **total JS + CSS** | **${kb(v.total)}** (budget ${v.budget} KB: ${v.total / 1024 <= v.budget ? 'within' : 'OVER'}) |
`,
  )
  .join('\n')}
The bundled dataset (\`data/events.json\`) is fetched separately: ${kb(gzipSync(readFileSync('data/events.json')).length)} gzipped.

Synthetic datasets come from bench/generate.ts (seed 42: ten years, 20% ranges, 5 actors, 6 categories).
`;
}

await main();
