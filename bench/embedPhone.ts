/**
 * `npm run bench:embed` (issue 23, "Fast in an article"): Chronicle's embed against TimelineJS's embed
 * of the same dataset and a blank page that only fetches and parses it, each loaded cold on a
 * throttled phone (375×740, 4× slower CPU, 150 ms latency, 1.6 Mbps). Builds first unless
 * `--no-build`; `--runs N` sets the cold loads per page (3). Every page is measured served gzipped, as a
 * reader's hosting sends it, then uncompressed (`--gzip` or `--raw`: one way only). Prints tables and writes the section
 * "Embed on a throttled phone" of bench/RESULTS.md, keeping the rest of the file.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import type { Browser, CDPSession } from 'playwright-core';
import { launchChromium } from '../tests/browser/chromium';
import { kb, openWhenReady } from './firstView';
import { generateDataset } from './generate';
import { median } from './measure';
import { writeEmbedPages } from './embedPages';
import { serveStatic } from './serve';

/** The phone: the issue's profile, as Lighthouse's "slow 4G" mobile run sets it. */
export const PHONE = {
  viewport: { width: 375, height: 740 },
  deviceScaleFactor: 2,
  cpuSlowdown: 4,
  latencyMs: 150,
  /** Bytes per second, each way. */
  throughput: 1.6e6 / 8,
} as const;

export type EmbedApp = 'chronicle' | 'timelinejs' | 'blank';

export const EMBED_NAMES: Record<EmbedApp, string> = { chronicle: 'Chronicle embed', timelinejs: 'TimelineJS 3.9.11', blank: 'Blank page (fetch + parse)' };

/** One cold load, times in ms from navigation start. */
export interface EmbedLoad {
  firstPaint: number;
  firstContentfulPaint: number;
  ready: number;
  /** Bytes over the wire (headers included) by ready, and all of them once the page has settled. */
  bytesAtReady: number;
  bytes: number;
  /** Sum of layout shifts without recent input, until settled. */
  cls: number;
  /** Requests for anything not on the local server (blocked when https; none are expected). */
  remote: string[];
}

export interface EmbedCase {
  app: EmbedApp;
  dataset: string;
  events: number;
  loads: EmbedLoad[];
  failure?: string;
}

/** The section of bench/RESULTS.md this writes; bench/run.ts keeps it when it rewrites the rest. */
export const SECTION_HEADING = '## Embed on a throttled phone';

/** How long a page may take to be ready on the phone (TimelineJS at 100 events took ~6 s in the issue). */
const READY_TIMEOUT = 60_000;
/** After ready: time for a late first paint, late layout shifts and idle-time requests. */
const SETTLE_MS = 2000;

/** Installed before any of the page's scripts: layout shifts as they happen (paint entries are buffered by the browser). */
const SHIFT_PROBE = () => {
  const state = { cls: 0 };
  (window as unknown as { __shifts: typeof state }).__shifts = state;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
      if (!entry.hadRecentInput) state.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
};

/** The phone's network and CPU on a page, before it navigates; cache off so every load is cold. */
async function throttle(cdp: CDPSession): Promise<void> {
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PHONE.latencyMs,
    downloadThroughput: PHONE.throughput,
    uploadThroughput: PHONE.throughput,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
}

/**
 * Counts the bytes each request took over the wire and notes any request that leaves the local
 * server. Https requests (everything TimelineJS or a font could ask a CDN for) are failed at once:
 * the machine has no outside network, and a lookup left to time out would be charged to the page.
 * Local requests are not intercepted, so they cost no round trip through the harness.
 */
async function watchRequests(cdp: CDPSession, base: string): Promise<{ bytes: () => number; remote: string[] }> {
  const sizes = new Map<string, number>();
  const remote: string[] = [];
  cdp.on('Network.loadingFinished', (e) => sizes.set(e.requestId, e.encodedDataLength));
  cdp.on('Network.requestWillBeSent', (e) => {
    const url = e.request.url;
    if (!url.startsWith(base) && !/^(data|blob):/.test(url)) remote.push(url);
  });
  cdp.on('Fetch.requestPaused', (e) => void cdp.send('Fetch.failRequest', { requestId: e.requestId, errorReason: 'BlockedByClient' }).catch(() => {}));
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: 'https://*' }] });
  return { bytes: () => [...sizes.values()].reduce((n, b) => n + b, 0), remote };
}

/** One cold load of `url` in a fresh phone context. */
export async function coldLoad(browser: Browser, base: string, url: string): Promise<EmbedLoad> {
  const context = await browser.newContext({ viewport: PHONE.viewport, deviceScaleFactor: PHONE.deviceScaleFactor, isMobile: true, hasTouch: true });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await throttle(cdp);
    const requests = await watchRequests(cdp, base);
    await page.addInitScript(SHIFT_PROBE);
    const ready = await openWhenReady(page, url, READY_TIMEOUT);
    const bytesAtReady = requests.bytes();
    await page.waitForTimeout(SETTLE_MS);
    const seen = await page.evaluate(() => {
      const paint = (name: string) => performance.getEntriesByName(name, 'paint')[0]?.startTime ?? NaN;
      return {
        firstPaint: paint('first-paint'),
        firstContentfulPaint: paint('first-contentful-paint'),
        cls: (window as unknown as { __shifts: { cls: number } }).__shifts.cls,
      };
    });
    return { ...seen, ready, bytesAtReady, bytes: requests.bytes(), remote: requests.remote };
  } finally {
    await Promise.race([context.close(), new Promise((resolve) => setTimeout(resolve, 10_000))]);
  }
}

/** The address of each page for a dataset (`name`: bench/<name>.json and its TimelineJS form). */
function urlOf(base: string, app: EmbedApp, name: string): string {
  if (app === 'chronicle') return name === 'bundled' ? `${base}?embed=1` : `${base}?embed=1&data=bench/${name}.json`;
  return app === 'timelinejs' ? `${base}bench/timelinejs.html?data=${name}.tl.json` : `${base}bench/blank.html?data=${name}.json`;
}

/**
 * `runs` cold loads of every page for each dataset, round by round (each page once a round), so all
 * meet the same drift in the machine's pace. A page that fails sits out the rounds after.
 */
export async function measureEmbeds(browser: Browser, base: string, datasets: { name: string; events: number }[], runs: number): Promise<EmbedCase[]> {
  const cases: EmbedCase[] = [];
  for (const { name, events } of datasets) {
    const round = (['chronicle', 'timelinejs', 'blank'] as EmbedApp[]).map((app): EmbedCase => ({ app, dataset: name, events, loads: [] }));
    for (let i = 0; i < runs; i++) {
      for (const c of round) {
        if (c.failure) continue;
        try {
          c.loads.push(await coldLoad(browser, base, urlOf(base, c.app, name)));
        } catch (error) {
          c.failure = String(error).split('\n')[0];
        }
      }
    }
    cases.push(...round);
    for (const c of round) console.log(summary(c));
  }
  return cases;
}

const med = (c: EmbedCase, pick: (l: EmbedLoad) => number) => median(c.loads.map(pick));
const ms = (v: number) => (Number.isFinite(v) ? `${(v / 1000).toFixed(2)} s` : '–');
const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '–');

function summary(c: EmbedCase): string {
  const head = `${EMBED_NAMES[c.app]}, ${c.events} events`;
  if (!c.loads.length) return `${head}: ${c.failure}`;
  return `${head}: first paint ${ms(med(c, (l) => l.firstPaint))}, FCP ${ms(med(c, (l) => l.firstContentfulPaint))}, ready ${ms(med(c, (l) => l.ready))}, ${kb(med(c, (l) => l.bytes))}, CLS ${med(c, (l) => l.cls).toFixed(3)}${c.failure ? ` (then: ${c.failure})` : ''}`;
}

/** One way of serving the pages, and the loads measured so. */
export interface EmbedServing {
  gzip: boolean;
  cases: EmbedCase[];
}

/** One serving's tables: every page's loads, the ratios, and the issue's goals. */
function servingTables({ gzip, cases }: EmbedServing): string {
  const row = (c: EmbedCase) => {
    if (!c.loads.length) return `| ${c.events} | ${EMBED_NAMES[c.app]} | did not finish: ${c.failure} | | | | | |`;
    const spread = (pick: (l: EmbedLoad) => number) => {
      const values = c.loads.map(pick);
      return `${ms(median(values))} (${ms(Math.min(...values))}–${ms(Math.max(...values))})`;
    };
    return `| ${c.events} | ${EMBED_NAMES[c.app]} | ${spread((l) => l.firstPaint)} | ${ms(med(c, (l) => l.firstContentfulPaint))} | ${spread((l) => l.ready)} | ${kb(med(c, (l) => l.bytesAtReady))} | ${kb(med(c, (l) => l.bytes))} | ${med(c, (l) => l.cls).toFixed(3)} |`;
  };
  const ratios = [...new Set(cases.map((c) => c.dataset))].map((name) => {
    const find = (app: EmbedApp) => cases.find((c) => c.dataset === name && c.app === app)!;
    const [ours, theirs, blank] = [find('chronicle'), find('timelinejs'), find('blank')];
    const pair = (pick: (l: EmbedLoad) => number) => `${ratio(med(ours, pick), med(blank, pick))} | ${ratio(med(ours, pick), med(theirs, pick))}`;
    return `| ${ours.events} | ${pair((l) => l.firstPaint)} | ${pair((l) => l.firstContentfulPaint)} | ${pair((l) => l.ready)} | ${pair((l) => l.bytes)} |`;
  });
  const goals = cases
    .filter((c) => c.app === 'chronicle' && c.loads.length)
    .map((c) => {
      const fp = med(c, (l) => l.firstPaint);
      const ready = med(c, (l) => l.ready);
      return `${c.events} events: first paint ${ms(fp)} (goal ≤ 1 s: ${fp <= 1000 ? 'within' : '**over**'}), ready ${ms(ready)} (goal ≤ 2.5 s: ${ready <= 2500 ? 'within' : '**over**'})`;
    });
  return `### ${gzip ? 'Served gzipped (level 6), as a reader’s hosting sends it' : 'Served uncompressed (a server that does not compress)'}

| events | page | first paint | first contentful paint | ready | bytes by ready | bytes in all | CLS |
|---|---|---|---|---|---|---|---|
${cases.map(row).join('\n')}

Ratios from the same run (Chronicle ÷ the other; below 1.0× Chronicle is faster or smaller):

| events | first paint ÷ blank | ÷ TimelineJS | FCP ÷ blank | ÷ TimelineJS | ready ÷ blank | ÷ TimelineJS | bytes ÷ blank | ÷ TimelineJS |
|---|---|---|---|---|---|---|---|---|
${ratios.join('\n')}

Against the issue's goals: ${goals.join('; ')}.
`;
}

/** The section for bench/RESULTS.md, from its heading to the end of its notes. */
export function renderEmbedSection(servings: EmbedServing[], runs: number, at: Date): string {
  const cases = servings.flatMap((s) => s.cases);
  const remote = [...new Set(cases.flatMap((c) => c.loads.flatMap((l) => l.remote.map((url) => `${EMBED_NAMES[c.app]}: ${url}`))))];
  return `${SECTION_HEADING}

Written by \`npm run bench:embed\` (bench/embedPhone.ts) on ${at.toISOString().slice(0, 10)}; \`npm run bench\` keeps this section as it is. Issue 23's profile: a fresh Chromium context per load at ${PHONE.viewport.width}×${PHONE.viewport.height} (mobile, touch, device scale ${PHONE.deviceScaleFactor}), CPU slowed ${PHONE.cpuSlowdown}× and the network emulated at ${PHONE.latencyMs} ms latency and ${(PHONE.throughput * 8) / 1e6} Mbps each way (Chromium's DevTools emulation), cache off; ${runs} cold loads per page, taking turns a round at a time, medians (min–max) reported. All pages from the same local static server (bench/serve.ts), served ${servings.map((s) => (s.gzip ? 'gzipped' : 'uncompressed')).join(', then ')} (\`--gzip\` or \`--raw\` measures one way only).

${servings.map(servingTables).join('\n')}
- **Pages**: Chronicle's \`index.html?embed=1\` (the bundled dataset, or \`&data=bench/synthetic-100.json\`: bench/generate.ts, seed 42); TimelineJS 3.9.11 (\`@knight-lab/timelinejs\`, its dist files served locally) as its own embed page builds it, \`new TL.Timeline(…, url, { script_path, font: null })\` at 100% × 100%, given the same events converted to its JSON (bench/embedPages.ts); the blank page fetches the same JSON as Chronicle, parses it and writes "N events".
- **first paint / FCP**: \`performance.getEntriesByType('paint')\`. **ready**: navigation → \`data-state="ready"\` on \`[data-testid=timeline]\`, reported by the page (bench/firstView.ts); TimelineJS's page sets it on TimelineJS's "ready" event once \`.tl-timemarker\` and \`.tl-slide\` are in the DOM, the blank page once it has parsed. **bytes**: the encoded length of every response (headers included), by ready and ${SETTLE_MS / 1000} s after. **CLS**: the sum of \`layout-shift\` entries without recent input until then.
- A first paint need not be the timeline: TimelineJS shows a "Loading Timeline" message while it fetches the data; Chronicle sets ready as its timeline renders, before that frame is painted, so its ready can come a little before its first paint.
- TimelineJS's defaults would also load Google Fonts (\`font: "default"\`), and its hosted embed Google Analytics and Soundcite; this page asks for none of them. ${remote.length ? `Requests that left the local server (https ones blocked): ${remote.map((r) => `\`${r}\``).join(', ')}.` : 'No page asked for anything outside the local server.'}
- The machine has 2 CPUs shared with other work: absolute times drift from run to run by more than the pages differ at their closest; the ratios, from loads taken in turns, are the steadier figures.
`;
}

/** `text` (bench/RESULTS.md) with its embed section replaced by `section`, or `section` appended. */
export function withEmbedSection(text: string, section: string): string {
  const start = text.indexOf(`${SECTION_HEADING}\n`);
  if (start < 0) return `${text.trimEnd()}\n\n${section}`;
  const next = text.indexOf('\n## ', start + SECTION_HEADING.length);
  return `${text.slice(0, start)}${section}${next < 0 ? '' : text.slice(next)}`;
}

/** The embed section as bench/RESULTS.md has it now, or '' (for bench/run.ts, which rewrites the rest). */
export function embedSectionOf(text: string): string {
  const start = text.indexOf(`${SECTION_HEADING}\n`);
  if (start < 0) return '';
  const next = text.indexOf('\n## ', start + SECTION_HEADING.length);
  return text.slice(start, next < 0 ? undefined : next);
}

async function main() {
  const at = process.argv.indexOf('--runs');
  const runs = at > 0 ? Math.max(1, Number(process.argv[at + 1]) || 1) : 3;
  if (!process.argv.includes('--no-build')) await build({ logLevel: 'warn', mode: 'production', build: { sourcemap: false } });
  // The bundled dataset as the app ships it (bytes as in the file), the generated one as bench/run.ts writes it.
  const bundled = readFileSync('data/events.json', 'utf8');
  writeEmbedPages('dist/bench', { bundled, 'synthetic-100': JSON.stringify(generateDataset(100)) });
  // Gzipped is what a reader's hosting sends; uncompressed, what a bare server sends.
  const ways = process.argv.includes('--gzip') ? [true] : process.argv.includes('--raw') ? [false] : [true, false];
  const datasets = [
    { name: 'bundled', events: (JSON.parse(bundled) as { events: unknown[] }).events.length },
    { name: 'synthetic-100', events: 100 },
  ];
  const browser = await launchChromium();
  const servings: EmbedServing[] = [];
  try {
    for (const gzip of ways) {
      const server = await serveStatic('dist', { gzip });
      try {
        console.log(gzip ? 'Served gzipped:' : 'Served uncompressed:');
        servings.push({ gzip, cases: await measureEmbeds(browser, server.base, datasets, runs) });
      } finally {
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
  const section = renderEmbedSection(servings, runs, new Date());
  const path = 'bench/RESULTS.md';
  writeFileSync(path, withEmbedSection(existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmark results\n', section));
  console.log(`\n${section}`);
}

if (process.argv[1]?.endsWith('embedPhone.ts')) await main();
