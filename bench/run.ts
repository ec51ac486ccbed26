/**
 * `npm run bench`: builds the app, measures the first view's gzipped JS+CSS against the budget and
 * the time from navigation to data-state="ready" in headless Chromium, and writes bench/RESULTS.md.
 * Exits 1 when the size budget is broken; timings are reported, not enforced.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import { launchChromium } from '../tests/browser/chromium';
import { generateDataset } from './generate';

const BUDGET_KB = 120;
const RUNS = 5;

async function main() {
  await build({ logLevel: 'warn', build: { sourcemap: false } });
  mkdirSync('dist/bench', { recursive: true });
  for (const n of [1_000, 10_000]) writeFileSync(`dist/bench/synthetic-${n}.json`, JSON.stringify(generateDataset(n)));

  const server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, open: false } });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const base = `http://127.0.0.1:${address.port}/`;
  const browser = await launchChromium();
  const cases = [
    { name: 'Bundled dataset (29 events)', query: '', budget: 500 },
    { name: 'Bundled dataset, embed view at 375 px', query: '?embed=1', budget: 500, width: 375 },
    { name: 'Synthetic, 1,000 events', query: '?data=bench/synthetic-1000.json', budget: 500 },
    { name: 'Synthetic, 10,000 events', query: '?data=bench/synthetic-10000.json', budget: 500 },
  ];
  const rows: string[] = [];
  const shipped: { name: string; files: { name: string; gzip: number }[]; total: number }[] = [];
  for (const c of cases) {
    const times: number[] = [];
    let marks = 0;
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: c.width ?? 1280, height: 800 } });
      const page = await context.newPage();

      await page.addInitScript(() => {
        // Timestamp the first moment the timeline reports ready, relative to navigation start.
        new MutationObserver((_, observer) => {
          if (document.querySelector('[data-testid=timeline][data-state=ready]')) {
            (window as unknown as { __readyAt: number }).__readyAt = performance.now();
            observer.disconnect();
          }
        }).observe(document, { subtree: true, attributes: true, childList: true });
      });
      await page.goto(base + c.query);
      await page.locator('[data-testid=timeline][data-state=ready]').waitFor({ timeout: 30_000 });
      times.push(await page.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt));
      if (i === 0 && (c.query === '' || c.query.startsWith('?embed'))) {
        // The JS and CSS requested before the view was ready: its real first-view weight.
        const assets = await page.evaluate(() => {
          const readyAt = (window as unknown as { __readyAt: number }).__readyAt;
          return performance
            .getEntriesByType('resource')
            .filter((e) => e.startTime < readyAt && /\.(js|css)$/.test(new URL(e.name).pathname))
            .map((e) => new URL(e.name).pathname.replace(/^\//, ''));
        });
        const files = [...new Set(assets)].sort().map((name) => ({ name, gzip: gzipSync(readFileSync(join('dist', name)), { level: 9 }).length }));
        shipped.push({ name: c.query ? 'Embed view' : 'Main view', files, total: files.reduce((n, f) => n + f.gzip, 0) });
      }
      marks = await page.locator('[data-event-id], [data-cluster-count]').count();
      await context.close();
    }
    const median = [...times].sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
    rows.push(`| ${c.name} | ${median.toFixed(0)} ms | ${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)} ms | ${marks} | ${median <= c.budget ? 'within' : '**over**'} ${c.budget} ms |`);
    console.log(rows[rows.length - 1]);
  }
  await browser.close();
  await server.close();

  const report = `# Benchmark results

Written by \`npm run bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 10)}.
Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Debian Chromium (headless) via playwright-core.

## Size of the first view

The JS and CSS each view downloads before \`data-state="ready"\` (later, idle-time prefetches of the
detail panel and list are not counted), gzipped at level 9.

${shipped.map((v) => `### ${v.name}

| asset | gzipped |
|---|---|
${v.files.map((f) => `| ${f.name} | ${(f.gzip / 1024).toFixed(1)} KB |`).join('\n')}
| **total JS + CSS** | **${(v.total / 1024).toFixed(1)} KB** (budget ${BUDGET_KB} KB: ${v.total / 1024 <= BUDGET_KB ? 'within' : 'OVER'}) |
`).join('\n')}
The bundled dataset (\`data/events.json\`) is fetched separately: ${(gzipSync(readFileSync('data/events.json')).length / 1024).toFixed(1)} KB gzipped.

## Time from navigation to \`data-state="ready"\`

Median of ${RUNS} fresh page loads at 1280×800, served by \`vite preview\` on 127.0.0.1; "marks" counts event and cluster marks in the DOM.

| dataset | median | range | marks | budget |
|---|---|---|---|---|
${rows.join('\n')}

Synthetic datasets come from bench/generate.ts (seed 42: ten years, 20% ranges, 5 actors, 6 categories).
Comparisons with vis-timeline and the 100,000-event case are issue 7's work.
`;
  writeFileSync('bench/RESULTS.md', report);
  console.log(report);
  const over = shipped.filter((v) => v.total / 1024 > BUDGET_KB);
  for (const v of over) console.error(`${v.name} ships ${(v.total / 1024).toFixed(1)} KB gzipped before it is ready; the budget is ${BUDGET_KB} KB`);
  if (over.length) process.exit(1);
}

await main();
