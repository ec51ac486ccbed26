/**
 * A journalist exports the view as an image to publish, in Chromium: the SVG and the PNG carry
 * every event of the view with its whole title, the sources whole and the credit, at the width the
 * reader sees, and exporting breaks no rule of the page's Content-Security-Policy.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openApp, SHOTS, useBrowser } from './helpers';

const baseURL = inject('baseURL');
const chromium = useBrowser();

const bundled = JSON.parse(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8')) as {
  events: { title: string; actors?: string[] }[];
};
const squash = (s: string) => s.replace(/\s+/g, '');

/** Opens the app with CSP violations recorded from the first script on, as the page reports them. */
async function open(query: string, viewport: { width: number; height: number }) {
  const opened = await openApp(chromium(), baseURL, query, viewport);
  const violations: string[] = [];
  opened.page.on('console', (m) => /Content.Security.Policy|Refused to/i.test(m.text()) && violations.push(m.text()));
  await opened.page.evaluate(() => {
    const seen: string[] = ((window as unknown as { __violations: string[] }).__violations = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const reported = () => opened.page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  return { ...opened, violations, reported };
}

async function downloadPath(page: Page, item: string): Promise<string> {
  // Up to 1024 px wide the header keeps Export behind "More actions" (app-header.css).
  const exportButton = page.getByRole('button', { name: 'Export' });
  if (!(await exportButton.isVisible())) await page.getByRole('button', { name: 'More actions' }).click();
  await exportButton.click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  return await file.path();
}

/** The SVG as the browser reads it: its size and all its text, or the parser's complaint. */
async function readSvg(page: Page, text: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    const svg = doc.documentElement;
    const lines = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
    return { error, root: svg.nodeName, width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')), lines };
  }, text);
}

function pngSize(path: string) {
  const png = readFileSync(path);
  return { signature: png.subarray(0, 8).toString('hex'), width: png.readUInt32BE(16), height: png.readUInt32BE(20), bytes: png.length };
}

describe('exporting an image to publish', () => {
  it.each([
    ['desktop', { width: 1280, height: 800 }],
    ['narrow', { width: 640, height: 800 }],
  ])('the bundled view (%s): every title whole, the sources and credit, a valid PNG, no CSP violation', async (name, viewport) => {
    const { page, context, errors, violations, reported } = await open('', viewport);
    const svgText = readFileSync(await downloadPath(page, 'Timeline as SVG'), 'utf8');
    const svg = await readSvg(page, svgText);
    expect(svg.error).toBeNull();
    expect(svg.root).toBe('svg');
    const text = squash(svg.lines.join(''));
    expect(Number(await page.getByTestId('timeline').getAttribute('data-visible-count'))).toBe(bundled.events.length);
    for (const e of bundled.events) expect(text, e.title).toContain(squash(e.title));
    expect(text).toContain(squash('Microsoft and OpenAI: the end of exclusivity'));
    expect(text).toContain('29events');
    expect(text).not.toContain('…');
    expect(text).not.toMatch(/and\d+more/);
    expect(text).toMatch(/Sources:.*Axios.*ProactiveInvestors/);
    expect(svg.lines.at(-1)).toBe('Made with Chronicle');
    expect(svgText).not.toMatch(/style=|<style|<script/);
    expect(svg.width).toBe(Math.round((await page.getByTestId('timeline').boundingBox())!.width));

    const pngPath = await downloadPath(page, 'Timeline as PNG');
    const png = pngSize(pngPath);
    expect(png.signature).toBe('89504e470d0a1a0a');
    expect(png.width).toBe(svg.width * 2);
    expect(png.height).toBe(svg.height * 2);
    // Taller than wide at phone widths: the image grows to hold every title.
    expect(png.height).toBeGreaterThan(name === 'narrow' ? png.width : 1000);
    copyFileSync(pngPath, `${SHOTS}/exported-${name}.png`);

    expect(violations).toEqual([]);
    expect(await reported()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('follows the filters and the window: only Amazon’s events, only those in the window', async () => {
    const { page, context, violations } = await open('?actors=amazon&from=2026-02&to=2026-03', { width: 1024, height: 768 });
    const svg = await readSvg(page, readFileSync(await downloadPath(page, 'Timeline as SVG'), 'utf8'));
    const text = squash(svg.lines.join(''));
    expect(text).toContain(squash('Amazon to invest up to $50 billion in OpenAI'));
    expect(text).not.toContain(squash('Microsoft invests $1 billion in OpenAI'));
    expect(text).not.toContain(squash('AWS event scheduled in San Francisco'));
    expect(text).toContain(squash('1 Feb 2026 – 31 Mar 2026'));
    expect(violations).toEqual([]);
    await context.close();
  });
});
