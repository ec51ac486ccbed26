/**
 * Low vision and colour blindness: actors differ by shape as well as colour; forced-colour modes
 * (Windows High Contrast) repaint the SVG in system colours; 200% browser zoom reflows without
 * sideways scrolling; with reduced motion the timeline jumps instead of gliding.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { openApp, SHOTS, useBrowser, windowOf } from './helpers';

const baseURL = inject('baseURL');
const chromium = useBrowser();

describe('vision', () => {
  it('actors differ by shape on their chips, lanes and marks, not by colour alone', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '?lanes=category&from=2026-01-15&to=2026-05-15');
    const chipShapes = await page.locator('.chips .swatch path').evaluateAll((ps) => ps.map((p) => p.getAttribute('d')));
    expect(chipShapes.length).toBe(6);
    expect(new Set(chipShapes).size).toBe(6);
    // In category lanes the actor is not in the lane's name: the mark's shape says it, on points and
    // at the start of bars. Actors in dataset order: Microsoft, OpenAI, Amazon, Google.
    const shapeOf = (id: string, part = '.mark-dot') => page.locator(`[data-event-id="${id}"] ${part}`).getAttribute('d');
    expect(await shapeOf('quarterly-7-5-billion')).toBe(chipShapes[0]);
    expect(await shapeOf('agi-clause-removed')).toBe(chipShapes[1]);
    expect(await shapeOf('jassy-post-2026-04-27')).toBe(chipShapes[2]);
    expect(await shapeOf('google-reviews-terms')).toBe(chipShapes[3]);
    const barShape = await shapeOf('amazon-investment-2026-02', '.mark-shape');
    expect(barShape).toBeTruthy();
    await page.screenshot({ path: `${SHOTS}/actor-shapes.png` });
    await context.close();
  });

  it('in forced colours, marks, text and the selection take the system colours', async () => {
    const context = await chromium().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    await page.goto(`${baseURL}?event=amendment-2026-04-27`);
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    const colours = await page.evaluate(() => {
      const probe = document.createElement('div');
      document.body.append(probe);
      const system = (name: string) => ((probe.style.color = name), getComputedStyle(probe).color);
      const fill = (selector: string) => getComputedStyle(document.querySelector(selector)!).fill;
      const result = {
        canvasText: system('CanvasText'),
        highlight: system('Highlight'),
        mark: fill('[data-event-id="microsoft-investment-2019"] .mark-dot, [data-event-id="microsoft-investment-2019"] .mark-bar'),
        label: fill('.mark-label'),
        selected: getComputedStyle(document.querySelector('.mark.selected .mark-dot')!).fill,
      };
      probe.remove();
      return result;
    });
    expect(colours.label).toBe(colours.canvasText);
    expect(colours.selected).toBe(colours.highlight);
    expect([colours.canvasText, 'rgb(0, 0, 0)', 'rgb(255, 255, 255)']).toContain(colours.label);
    await page.screenshot({ path: `${SHOTS}/forced-colors.png` });
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await context.close();
  });

  it('at 200% zoom the page reflows: no sideways scrolling, every control reachable', async () => {
    // A 1280×800 window at 200% is a 640×400 CSS viewport drawn at twice the density.
    const context = await chromium().newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(`${baseURL}?event=amendment-2026-04-27`);
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // At this width the compact header keeps the secondary actions behind "More actions": reachable, one press away.
    const more = page.getByRole('button', { name: 'More actions' });
    for (const name of ['Zoom out', 'Zoom in', 'Fit', 'Open…', 'Copy link', 'Export', 'Keyboard shortcuts', 'Close details']) {
      const button = page.getByRole('button', { name, exact: true });
      if (!(await button.isVisible()) && (await more.getAttribute('aria-expanded')) === 'false') await more.click();
      await button.scrollIntoViewIfNeeded();
      expect(await button.isVisible(), name).toBe(true);
    }
    expect(await page.locator('[data-event-id]').count()).toBeGreaterThan(3);
    await page.screenshot({ path: `${SHOTS}/zoom-200.png`, fullPage: true });
    await context.close();
  });

  it('with reduced motion, moving to another event jumps there in one step', async () => {
    const context = await chromium().newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${baseURL}?from=2019-01-01&to=2019-12-31`);
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    const before = await windowOf(page);
    // Record every window drawn from the key press on: a glide would pass through several.
    await page.evaluate(() => {
      const seen = new Set<string>();
      (window as unknown as { __windows: Set<string> }).__windows = seen;
      const timeline = document.querySelector('[data-testid=timeline]')!;
      new MutationObserver(() => seen.add(`${timeline.getAttribute('data-from')}…${timeline.getAttribute('data-to')}`)).observe(timeline, {
        attributes: true,
        attributeFilter: ['data-from', 'data-to'],
      });
    });
    await page.keyboard.press('End');
    await expect.poll(async () => (await windowOf(page)).from).not.toBe(before.from);
    await page.waitForTimeout(600);
    expect(await page.evaluate(() => (window as unknown as { __windows: Set<string> }).__windows.size)).toBe(1);
    await context.close();
  });
});
