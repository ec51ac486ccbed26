/**
 * Labels whole where there is room (issue 19): on the bundled dataset at 1280 px, no title is cut
 * while the free space to its right in its row could hold it. Measured in the page, on what is drawn:
 * each label's box, every other mark's and label's box in the same row, and the title's width in the
 * label's own font.
 */
import { describe, expect, inject, it } from 'vitest';
import { openApp, SHOTS, useBrowser } from './helpers';

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
    const { cuts, labels } = await page.evaluate(() => {
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
        // The accessible name is "date: title".
        const name = m.getAttribute('aria-label')!;
        const title = name.slice(name.indexOf(': ') + 2);
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
    });
    await page.screenshot({ path: `${SHOTS}/labels-1280${query ? '-unfolded' : ''}.png` });
    // Every drawn mark's title is there to check, and no cut one had 10% more room than it needed.
    expect(labels).toBeGreaterThan(10);
    const roomy = cuts.filter((c) => c.free >= 1.1 * c.needed);
    expect(roomy, JSON.stringify(roomy, null, 1)).toEqual([]);
    await context.close();
  });
});
