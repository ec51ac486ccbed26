/**
 * A 50,000-event archive in the built app: the DOM stays bounded, dense lanes become density bands
 * that count every event exactly once, zooming resolves them into events, filters apply inside them,
 * and an event hidden in a band can still be reached by deep link or search.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { generateDataset } from '../../bench/generate';
import { actorChip, selectedTitle, SHOTS, useBrowser } from './helpers';

const baseURL = inject('baseURL');
const chromium = useBrowser();
const N = 50_000;
let body = '';

beforeAll(() => {
  body = JSON.stringify(generateDataset(N));
});

async function openArchive(query = '', viewport = { width: 1280, height: 800 }) {
  const context = await chromium().newContext({ viewport });
  // The archive comes from memory, as if from a newsroom's server.
  await context.route('**/archive.json', (route) => route.fulfill({ body, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' } }));
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${baseURL}?data=archive.json${query}`);
  await page.locator('[data-testid=timeline][data-state=ready]').waitFor({ timeout: 30_000 });
  return { page, context, errors };
}

/** Every event in view, counted once: drawn marks plus the counts of clusters and density slices. */
async function counted(page: Page) {
  return page.evaluate(() => {
    const marks = document.querySelectorAll('[data-event-id]').length;
    const clusters = [...document.querySelectorAll('[data-cluster-count]')].reduce((n, c) => n + Number(c.getAttribute('data-cluster-count')), 0);
    const visible = Number(document.querySelector('[data-testid=timeline]')!.getAttribute('data-visible-count'));
    return { marks, clusters, nodes: marks + document.querySelectorAll('[data-cluster-count]').length, visible };
  });
}

describe('a 50,000-event archive', () => {
  it('loads with a bounded DOM and density bands that count every event once', async () => {
    const { page, context, errors } = await openArchive();
    expect(await page.getByTestId('timeline').getAttribute('data-event-count')).toBe(String(N));
    const c = await counted(page);
    expect(c.visible).toBe(N);
    expect(c.marks + c.clusters).toBe(N);
    expect(c.nodes).toBeLessThan(2000);
    expect(await page.locator('.density-bin').count()).toBeGreaterThan(0);
    expect(await page.locator('svg *').count()).toBeLessThan(6000);
    await page.screenshot({ path: `${SHOTS}/scale-desktop.png` });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('zooms into a slice on click until single events show, counts still exact', async () => {
    const { page, context } = await openArchive();
    for (let i = 0; i < 8 && (await page.locator('.density-bin').count()) > 0; i++) {
      const before = await page.getByTestId('timeline').getAttribute('data-from');
      const bins = page.locator('.density-bin');
      await bins.nth(Math.min(3, (await bins.count()) - 1)).click();
      await page.waitForFunction((b) => document.querySelector('[data-testid=timeline]')!.getAttribute('data-from') !== b, before);
      await page.waitForTimeout(1000);
    }
    expect(await page.locator('.density-bin').count()).toBe(0);
    expect(await page.locator('[data-event-id] .mark-label').count()).toBeGreaterThan(5);
    const c = await counted(page);
    expect(c.marks + c.clusters).toBe(c.visible);
    await context.close();
  });

  it('applies filters inside the bands', async () => {
    const { page, context } = await openArchive();
    await actorChip(page, 'Alpha').click();
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid=timeline]')!.getAttribute('data-visible-count')) < n, N);
    const c = await counted(page);
    const alpha = JSON.parse(body).events.filter((e: { actors: string[] }) => e.actors.includes('alpha')).length;
    expect(c.visible).toBe(alpha);
    expect(c.marks + c.clusters).toBe(alpha);
    await context.close();
  });

  it('reaches an event hidden in a band by deep link, and by search', async () => {
    const title = JSON.parse(body).events[31337].title;
    const linked = await openArchive('&event=ev-31337');
    expect(await selectedTitle(linked.page)).toBe(title);
    await expect.poll(() => linked.page.locator('[data-event-id="ev-31337"]').count()).toBe(1);
    await linked.context.close();

    const { page, context } = await openArchive();
    await page.locator('input.search').fill('event 31337 about');
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=timeline]')!.getAttribute('data-visible-count')) < 20);
    await page.locator('[data-event-id="ev-31337"]').click();
    expect(await selectedTitle(page)).toBe(title);
    await context.close();
  });

  it('fits a phone: the vertical view counts per slot', async () => {
    const { page, context } = await openArchive('', { width: 375, height: 740 });
    expect(await page.getByTestId('timeline').getAttribute('data-orientation')).toBe('vertical');
    const c = await counted(page);
    expect(c.marks + c.clusters).toBe(N);
    expect(c.nodes).toBeLessThan(100);
    await page.screenshot({ path: `${SHOTS}/scale-phone.png` });
    await context.close();
  });
});
