/**
 * Labels whole where there is room (issue 19): on the bundled dataset at 1280 px, no title is cut
 * while the free space to its right in its row could hold it. Measured in the page, on what is drawn:
 * each label's box, every other mark's and label's box in the same row, and the title's width in the
 * label's own font.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { openApp, SHOTS, useBrowser } from './helpers';

/** Each bundled event's title by id: a mark's name says more than its title. */
const titles: Record<string, string> = Object.fromEntries(
  (JSON.parse(readFileSync('data/events.json', 'utf8')) as { events: { id: string; title: string }[] }).events.map((e) => [e.id, e.title]),
);

const baseURL = inject('baseURL');
const chromium = useBrowser();

interface Cut {
  title: string;
  shown: string;
  free: number;
  needed: number;
}

describe('label placement', () => {
  it.each([
    ['folded (the default)', ''],
    ['unfolded', '?fold=0'],
  ])('at 1280 px, %s: no title is cut where the row has room for it', async (_, query) => {
    const { page, context } = await openApp(chromium(), baseURL, query, { width: 1280, height: 800 });
    const { cuts, labels } = await page.evaluate((byId) => {
      const svg = document.querySelector<SVGSVGElement>('svg.timeline-svg')!;
      const right = svg.getBoundingClientRect().right;
      const marks = [...svg.querySelectorAll<SVGGElement>('[data-event-id]')];
      // What takes room in a row: every mark's shapes and label.
      const things = marks.flatMap((m) =>
        [...m.querySelectorAll<SVGGraphicsElement>('.mark-dot, .mark-bar, .mark-shape, .mark-label')].map((el) => ({ m, box: el.getBoundingClientRect() })),
      );
      for (const c of svg.querySelectorAll<SVGGraphicsElement>('[data-cluster-count]')) things.push({ m: c, box: c.getBoundingClientRect() });
      const ctx = document.createElement('canvas').getContext('2d')!;
      const found: Cut[] = [];
      let labelled = 0;
      for (const m of marks) {
        const label = m.querySelector<SVGTextElement>('.mark-label');
        if (!label) continue;
        labelled++;
        const title = byId[m.getAttribute('data-event-id')!]!;
        const shown = (label.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (shown === title) continue;
        const box = label.getBoundingClientRect();
        // The first line's row: things whose vertical extent meets it.
        const line = { top: box.top, bottom: box.top + 15 };
        const next = things
          .filter((t) => t.m !== m && t.box.bottom > line.top + 2 && t.box.top < line.bottom - 2 && t.box.left >= box.left)
          .reduce((x, t) => Math.min(x, t.box.left), right);
        const style = getComputedStyle(label);
        ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        found.push({ title, shown, free: next - box.left, needed: ctx.measureText(title).width });
      }
      return { cuts: found, labels: labelled };
    }, titles);
    await page.screenshot({ path: `${SHOTS}/labels-1280${query ? '-unfolded' : ''}.png` });
    // Every drawn mark's title is there to check, and no cut one had 10% more room than it needed.
    expect(labels).toBeGreaterThan(10);
    const roomy = cuts.filter((c) => c.free >= 1.1 * c.needed);
    expect(roomy, JSON.stringify(roomy, null, 1)).toEqual([]);
    await context.close();
  });
});

describe('a cut title shows whole', () => {
  it('on hover and on focus, over the timeline, and goes with the pointer or focus', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '', { width: 1280, height: 800 });
    // A drawn mark whose label is not its whole title (cut, or given way to a neighbour's).
    const cut = await page.evaluate((byId) => {
      for (const m of document.querySelectorAll('svg.timeline-svg [data-event-id]')) {
        const title = byId[m.getAttribute('data-event-id')!]!;
        const shown = (m.querySelector('.mark-label')?.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (shown !== title) return { id: m.getAttribute('data-event-id')!, title };
      }
      return null;
    }, titles);
    expect(cut).not.toBeNull();
    const mark = page.locator(`svg.timeline-svg [data-event-id="${cut!.id}"]`);
    const peek = page.locator('.mark-peek');
    await mark.locator('.mark-dot, .mark-bar').first().hover();
    await expect.poll(() => peek.textContent()).toBe(cut!.title);
    expect(await peek.getAttribute('data-peek-for')).toBe(cut!.id);
    // Whole and on screen.
    const box = (await peek.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
    await page.screenshot({ path: `${SHOTS}/peek-hover.png` });
    await page.mouse.move(5, 5);
    await expect.poll(() => peek.count()).toBe(0);
    // The keyboard: focus on the mark shows it too, and it goes when focus leaves the timeline.
    await mark.focus();
    await expect.poll(() => peek.textContent()).toBe(cut!.title);
    await page.keyboard.press('Tab');
    await expect.poll(() => peek.count()).toBe(0);
    await context.close();
  });
});
