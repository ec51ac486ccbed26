/**
 * The embed messages beyond select and resize (issue 23), with the built app framed by an article on
 * another origin: `chronicle:ready` once, `chronicle:view` as the window settles, `chronicle:step` from
 * the host, and the height messages of other tools, proved with Datawrapper's own listener on the page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, watchedPage } from './helpers';
import { frameOf, startHostPage } from './hostPage';
import { shown, stepShows } from './stepWindows';

const baseURL = inject('baseURL');
const chromium = useBrowser();
const SETTLE = { timeout: 10_000 };

async function openArticle(query: string, snippet?: string) {
  const host = await startHostPage(baseURL, query, snippet);
  const { context, page, errors } = await watchedPage(chromium(), { viewport: { width: 1000, height: 800 } });
  await page.goto(host.url);
  const frame = await frameOf(page, baseURL, 'iframe[src*="embed=1"]');
  await frame.locator('[data-testid=timeline][data-state=ready]').waitFor({ timeout: 15_000 });
  const done = async () => {
    await context.close();
    await host.close();
  };
  return { page, frame, errors, done };
}

type Message = Record<string, unknown>;
const messages = (page: Page) => page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages);
const ofType = async (page: Page, type: string) =>
  (await messages(page)).filter((m): m is Message => typeof m === 'object' && m !== null && (m as Message).type === type);
const postStep = (page: Page, message: unknown) =>
  page.evaluate((m) => document.querySelector<HTMLIFrameElement>('iframe[src*="embed=1"]')!.contentWindow!.postMessage(m, '*'), message);

describe('embed messages: ready, view, step', () => {
  it('posts chronicle:ready once, then chronicle:view where the window settles: once per move, not per frame', { timeout: 60_000 }, async () => {
    const { page, frame, errors, done } = await openArticle('?embed=1&period=renegotiation');
    await expect.poll(() => ofType(page, 'chronicle:view'), SETTLE).toEqual([{ type: 'chronicle:view', ...(await shown(frame)) }]);
    expect(await ofType(page, 'chronicle:ready')).toEqual([{ type: 'chronicle:ready' }]);
    // Ready came first: a host that waits for it hears every view.
    const all = await messages(page);
    expect(all.findIndex((m) => (m as Message).type === 'chronicle:ready')).toBeLessThan(all.findIndex((m) => (m as Message).type === 'chronicle:view'));

    // A glide to another period draws many windows; the host hears one view, the last.
    const exclusive = stepShows('exclusive');
    const counting = frame.evaluate(() => {
      const t = document.querySelector('[data-testid=timeline]')!;
      let n = 0;
      new MutationObserver(() => n++).observe(t, { attributes: true, attributeFilter: ['data-from'] });
      return new Promise<number>((resolve) => setTimeout(() => resolve(n), 2500));
    });
    await postStep(page, { type: 'chronicle:step', step: 'exclusive' });
    expect(await counting).toBeGreaterThan(3);
    expect(await shown(frame)).toEqual({ from: exclusive.from, to: exclusive.to });
    const views = await ofType(page, 'chronicle:view');
    expect(views).toHaveLength(2);
    expect(views[1]).toEqual({ type: 'chronicle:view', from: exclusive.from, to: exclusive.to });
    // The same step again moves nothing, and says nothing.
    await postStep(page, { type: 'chronicle:step', step: 'exclusive' });
    await page.waitForTimeout(800);
    expect(await ofType(page, 'chronicle:view')).toHaveLength(2);
    expect(await ofType(page, 'chronicle:ready')).toHaveLength(1);
    expect(errors).toEqual([]);
    await done();
  });

  it('chronicle:step moves to a step number, a period id or an event id, selecting an event; anything else is ignored', { timeout: 60_000 }, async () => {
    const { page, frame, errors, done } = await openArticle('?embed=1');
    const start = await shown(frame);
    const moved = async (step: number | string, expected: { from: string; to: string; selected: string | null }) => {
      await postStep(page, { type: 'chronicle:step', step });
      await expect.poll(() => shown(frame), SETTLE).toEqual({ from: expected.from, to: expected.to });
      if (expected.selected)
        await expect.poll(() => frame.locator('[data-event-id][aria-selected=true]').getAttribute('data-event-id'), SETTLE).toBe(expected.selected);
      else expect(await frame.locator('[data-event-id][aria-selected=true]').count()).toBe(0);
    };
    // Numbers count as the presenter shows them, from 1: step 2 is the presenter's second, an event.
    const second = stepShows(1);
    expect(second.selected).toBe('microsoft-investment-2019');
    await moved(2, second);
    await moved('renegotiation', stepShows('renegotiation'));
    await moved('amendment-2026-04-27', stepShows('amendment-2026-04-27'));
    await expect.poll(() => ofType(page, 'chronicle:select'), SETTLE).toContainEqual({ type: 'chronicle:select', id: 'amendment-2026-04-27' });

    const settled = await shown(frame);
    expect(settled).not.toEqual(start);
    for (const bad of [
      { type: 'chronicle:step', step: 'no-such-event' },
      { type: 'chronicle:step', step: 0 },
      { type: 'chronicle:step', step: 999 },
      { type: 'chronicle:step', step: 1.5 },
      { type: 'chronicle:step', step: '1' },
      { type: 'chronicle:step', step: 1, also: 'renegotiation' },
      { type: 'chronicle:step', step: ['renegotiation'] },
      { type: 'chronicle:step', step: 'x'.repeat(201) },
      { type: 'chronicle:step' },
      'chronicle:step',
    ])
      await postStep(page, bad);
    await page.waitForTimeout(1200);
    expect(await shown(frame)).toEqual(settled);
    expect(await frame.locator('.detail h2').textContent()).toBe('Amended agreement ends Azure exclusivity');
    expect(errors).toEqual([]);
    await done();
  });
});

/**
 * Datawrapper's responsive-embed listener, as the snippet newsrooms paste has it, in its two
 * generations (developer.datawrapper.de/docs/responsive-iframe): the older finds the iframe by the
 * message's key, as `#datawrapper-chart-<key>` or as the iframe whose src contains the key; the
 * current one takes the iframe whose window sent the message, whatever the key. Same logic, written out.
 */
const DATAWRAPPER_OLDER = `<script>
window.addEventListener("message", function (a) {
  if (void 0 !== a.data["datawrapper-height"])
    for (var e in a.data["datawrapper-height"]) {
      var t = document.getElementById("datawrapper-chart-" + e) || document.querySelector("iframe[src*='" + e + "']");
      t && (t.style.height = a.data["datawrapper-height"][e] + "px");
    }
});
</script>`;
const DATAWRAPPER_CURRENT = `<script>
window.addEventListener("message", function (a) {
  if (void 0 !== a.data["datawrapper-height"]) {
    var e = document.querySelectorAll("iframe");
    for (var t in a.data["datawrapper-height"])
      for (var r = 0; r < e.length; r++)
        if (e[r].contentWindow === a.source) {
          var i = a.data["datawrapper-height"][t] + "px";
          e[r].style.height = i;
        }
  }
});
</script>`;

describe('a page that listens only as Datawrapper’s embed code does', () => {
  it.each([
    ['older', DATAWRAPPER_OLDER],
    ['current', DATAWRAPPER_CURRENT],
  ])('the %s listener sizes a pasted Chronicle iframe to its content', { timeout: 60_000 }, async (_, listener) => {
    const src = `${baseURL}?embed=1&period=renegotiation`;
    // Another embed first, as articles have: the listener must not size it instead.
    const snippet = [
      `<iframe id="other" title="Other" src="${baseURL}favicon.svg" style="width:100%;height:150px;border:0"></iframe>`,
      `<iframe id="timeline" title="Timeline" src="${src}" scrolling="no" frameborder="0" style="width:0;min-width:100% !important;border:none;" height="300"></iframe>`,
      listener,
    ].join('\n');
    const { page, frame, errors, done } = await openArticle('', snippet);
    const content = () => frame.locator('.app').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    const height = () => page.locator('#timeline').evaluate((f) => f.getBoundingClientRect().height);
    await expect.poll(async () => Math.abs((await height()) - (await content())), SETTLE).toBeLessThanOrEqual(1);
    expect(await height()).toBeGreaterThan(400);
    // And again when details open below the timeline.
    const closed = await height();
    await frame.locator('[data-event-id="amazon-investment-2026-02"]').click();
    await expect.poll(height, SETTLE).toBeGreaterThan(closed + 100);
    await expect.poll(async () => Math.abs((await height()) - (await content())), SETTLE).toBeLessThanOrEqual(1);
    expect(await page.locator('#other').evaluate((f) => f.getBoundingClientRect().height)).toBe(150);
    expect(errors).toEqual([]);
    await done();
  });
});
