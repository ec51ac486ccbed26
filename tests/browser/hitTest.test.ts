/**
 * Every tap opens its own event: at phone and desktop widths, the centre of every visible label and
 * mark of the bundled chronology is tapped (a touch-emulated context), and the details must show the
 * event drawn there. A centre covered by a sticky panel (the overview, a sheet) is skipped; one covered
 * by another event's target is a failure, reported as "label of X opened Y".
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { gesturesReady, useBrowser } from './helpers';

const baseURL = inject('baseURL');
const chromium = useBrowser();
const titles = new Map<string, string>(
  (JSON.parse(readFileSync(resolve(process.cwd(), 'data/events.json'), 'utf8')) as { events: { id: string; title: string }[] }).events.map((e) => [
    e.id,
    e.title,
  ]),
);

interface Target {
  id: string;
  kind: 'label' | 'mark';
  /** Which of the event's targets of that kind (a horizontal range has a bar, a vertical one a knob). */
  nth: number;
}

/** The labels and marks drawn now, each by event id. */
async function targetsOf(page: Page): Promise<Target[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-testid=timeline] [data-event-id]')].flatMap((g) => {
      const id = g.getAttribute('data-event-id')!;
      const labels = g.querySelectorAll('.mark-label');
      const marks = g.querySelectorAll('.mark-dot, .mark-bar, .knob');
      return [
        ...[...labels].map((_, nth) => ({ id, kind: 'label' as const, nth })),
        ...[...marks].filter((m) => getComputedStyle(m).pointerEvents !== 'none').map((_, nth) => ({ id, kind: 'mark' as const, nth })),
      ];
    }),
  );
}

/** The target's visible centre, or why it cannot be tapped: off screen, or under a panel that is not the timeline. */
async function centreOf(page: Page, t: Target): Promise<{ x: number; y: number } | 'hidden' | 'covered'> {
  return page.evaluate((target) => {
    const g = document.querySelector(`[data-testid=timeline] [data-event-id="${CSS.escape(target.id)}"]`);
    const canvas = document.querySelector('[data-testid=timeline] .timeline-canvas')!.getBoundingClientRect();
    const el = [...(g?.querySelectorAll(target.kind === 'label' ? '.mark-label' : '.mark-dot, .mark-bar, .knob') ?? [])].filter(
      (m) => target.kind === 'label' || getComputedStyle(m).pointerEvents !== 'none',
    )[target.nth];
    if (!el) return 'hidden';
    const r = el.getBoundingClientRect();
    const left = Math.max(r.left, canvas.left, 0);
    const right = Math.min(r.right, canvas.right, innerWidth);
    const top = Math.max(r.top, canvas.top, 0);
    const bottom = Math.min(r.bottom, canvas.bottom, innerHeight);
    if (right - left < 2 || bottom - top < 2) return 'hidden';
    const x = (left + right) / 2;
    const y = (top + bottom) / 2;
    const topmost = document.elementsFromPoint(x, y)[0];
    if (!topmost?.closest('[data-testid=timeline] svg')) return 'covered';
    return { x, y };
  }, t);
}

/** Taps each target's centre; returns what went wrong, one line each ("label of a opened b"). */
async function tapEveryTarget(page: Page): Promise<{ tapped: number; wrong: string[] }> {
  const wrong: string[] = [];
  let tapped = 0;
  for (const t of await targetsOf(page)) {
    await page.evaluate(() => scrollTo(0, 0));
    // d3-zoom reads two touches within 500 ms as a double tap, which zooms: each tap stands alone.
    await page.waitForTimeout(520);
    const at = await centreOf(page, t);
    if (typeof at === 'string') continue;
    await page.touchscreen.tap(at.x, at.y);
    tapped++;
    const heading = page.locator('.detail h2');
    const opened = (await heading.count()) ? await heading.textContent({ timeout: 2000 }) : null;
    if (opened !== titles.get(t.id))
      wrong.push(`${t.kind} of ${t.id} at (${Math.round(at.x)}, ${Math.round(at.y)}) opened ${opened === null ? 'nothing' : `"${opened}"`}`);
    if (opened !== null) {
      await page.keyboard.press('Escape');
      await heading.waitFor({ state: 'detached' });
    }
  }
  return { tapped, wrong };
}

async function openTouch(width: number, height: number, query = '') {
  const context = await chromium().newContext({ viewport: { width, height }, hasTouch: true, isMobile: width < 560 });
  const page = await context.newPage();
  await page.goto(baseURL + query);
  await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
  await gesturesReady(page);
  return { page, context };
}

describe('vertical: every tap opens its own event', () => {
  it.each([
    [320, 640],
    [375, 740],
  ])('at %d×%d px', { timeout: 120_000 }, async (width, height) => {
    const { page, context } = await openTouch(width, height);
    expect(await page.getByTestId('timeline').getAttribute('data-orientation')).toBe('vertical');
    const { tapped, wrong } = await tapEveryTarget(page);
    console.log(`${width} px: ${tapped} targets tapped`);
    expect(tapped).toBeGreaterThan(4);
    expect(wrong).toEqual([]);
    await context.close();
  });
});

describe('horizontal: every tap opens its own event', () => {
  it.each([
    [768, 1024],
    [1280, 800],
  ])('at %d×%d px', { timeout: 120_000 }, async (width, height) => {
    const { page, context } = await openTouch(width, height);
    expect(await page.getByTestId('timeline').getAttribute('data-orientation')).toBe('horizontal');
    const { tapped, wrong } = await tapEveryTarget(page);
    console.log(`${width} px: ${tapped} targets tapped; wrong: ${wrong.join('; ')}`);
    expect(tapped).toBeGreaterThan(4);
    expect(wrong).toEqual([]);
    await context.close();
  });
});
