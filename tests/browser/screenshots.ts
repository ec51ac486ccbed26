/** Screenshots of the built app for a look by eye: `npx tsx tests/browser/screenshots.ts [url] [outdir]`. */
import { mkdirSync } from 'node:fs';
import { launchChromium } from './chromium';

const url = process.argv[2] ?? 'http://127.0.0.1:4173/';
const out = process.argv[3] ?? 'screenshots';
const views = (process.argv[4] ?? 'desktop:1280x800,narrow:375x740').split(',');
mkdirSync(out, { recursive: true });
const browser = await launchChromium();
for (const view of views) {
  const [name, size] = view.split(':') as [string, string];
  const [width, height] = size.split('x').map(Number) as [number, number];
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  page.on('console', (m) => console.log(`[${name}] ${m.type()}: ${m.text()}`));
  await page.goto(url);
  await page.locator('[data-testid=timeline][data-state=ready], .builder').first().waitFor({ timeout: 10_000 });
  await page.waitForTimeout(1500); // frames (builder previews) settle
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
  console.log(`${out}/${name}.png`);
  await page.close();
}
await browser.close();
