/**
 * Scrollytelling (issue 23): an article on another origin whose sections carry `data-chronicle-step`
 * drives its embed through embed.js as the reader scrolls, a step number, a period id and an event id;
 * scrolling back goes back; reduced motion jumps instead of gliding. The embed pinned beside the text
 * on a desktop, above it on a phone.
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { SHOTS, useBrowser, watchedPage } from './helpers';
import { frameOf, servePage } from './hostPage';
import { bundled, shown, stepShows } from './stepWindows';

const baseURL = inject('baseURL');
const chromium = useBrowser();

const EVENT = 'aws-expansion';
const STEP_ONE = stepShows(0);
const RENEGOTIATION = stepShows('renegotiation');
const AWS = stepShows(EVENT);

/** The README's example article, with the test's own ears on the events embed.js fires. */
export function scrollyArticle(src: string): string {
  const para = (n: number) => `<p>${'The two companies kept talking, and the terms kept changing. '.repeat(n)}</p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>How exclusivity ended</title>
<style>
  body { margin: 0; font: 17px/1.5 Georgia, serif; color: #222; background: #fff; }
  .intro, .outro { max-width: 680px; margin: 0 auto; padding: 0 16px; }
  /* Phone: the timeline pinned above, the steps scrolling up beneath it. */
  .story { margin: 0 auto; max-width: 1200px; }
  .story [data-chronicle-pin] { background: #fff; border-bottom: 1px solid #ddd; }
  .steps { padding: 45vh 16px 10vh; }
  .steps section { position: relative; margin: 0 auto 70vh; max-width: 520px; padding: 12px 16px; background: #fff; border: 1px solid #ddd; border-radius: 8px; box-shadow: 0 1px 4px rgb(0 0 0 / 0.08); }
  /* Desktop: the timeline pinned beside the text. */
  @media (min-width: 900px) {
    .story { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 32px; align-items: start; padding: 0 16px; --chronicle-pin-top: 10vh; --chronicle-pin-height: 80vh; }
    .story [data-chronicle-pin] { border: 0; }
    .steps { padding: 40vh 0 30vh; }
  }
</style></head>
<body>
<div class="intro"><h1>How exclusivity ended</h1>${para(3)}</div>
<div class="story">
  <div id="deal" data-chronicle-src="${src}" data-chronicle-title="Microsoft and OpenAI, 2019–2026" data-chronicle-pin></div>
  <div class="steps">
    <section id="s1" data-chronicle-step="1"><h2>2019: an exclusive cloud</h2>${para(2)}</section>
    <section id="s2" data-chronicle-step="renegotiation"><h2>2026: the renegotiation</h2>${para(2)}</section>
    <section id="s3" data-chronicle-step="${EVENT}"><h2>Amazon’s second contract</h2>${para(2)}</section>
  </div>
</div>
<div class="outro">${para(4)}</div>
<script>
  window.__events = [];
  ['chronicle:ready', 'chronicle:view', 'chronicle:select'].forEach(function (type) {
    document.addEventListener(type, function (e) { window.__events.push({ type: type, on: e.target.id, detail: e.detail }); });
  });
</script>
<script src="${baseURL}embed.js" async></script>
</body></html>`;
}

type Seen = { type: string; on: string; detail: Record<string, unknown> };
const events = (page: Page) => page.evaluate(() => (window as unknown as { __events: Seen[] }).__events);

async function openStory(viewport: { width: number; height: number }, reducedMotion: 'reduce' | 'no-preference' = 'no-preference') {
  const host = await servePage(scrollyArticle(`${baseURL}?embed=1&orientation=horizontal`));
  const { context, page, errors } = await watchedPage(chromium(), { viewport });
  await page.emulateMedia({ reducedMotion });
  await page.goto(host.url);
  const frame = await frameOf(page, baseURL, '#deal iframe');
  await frame.locator('[data-testid=timeline][data-state=ready]').waitFor({ timeout: 15_000 });
  // The host has heard the frame is ready: from here on a step is posted as soon as it is scrolled to.
  await expect
    .poll(async () => (await events(page)).filter((e) => e.type === 'chronicle:ready'), { timeout: 10_000 })
    .toEqual([{ type: 'chronicle:ready', on: 'deal', detail: {} }]);
  // Every window the frame draws, glide frames included.
  await frame.evaluate(() => {
    const t = document.querySelector('[data-testid=timeline]')!;
    const drawn: string[] = [];
    (window as unknown as { __drawn: string[] }).__drawn = drawn;
    new MutationObserver(() => drawn.push(`${t.getAttribute('data-from')}/${t.getAttribute('data-to')}`)).observe(t, {
      attributes: true,
      attributeFilter: ['data-from', 'data-to'],
    });
  });
  const done = async () => {
    await context.close();
    await host.close();
  };
  return { page, frame, errors, done };
}

const drawn = (frame: Frame) => frame.evaluate(() => (window as unknown as { __drawn: string[] }).__drawn.splice(0));
/** Whether the event's mark is on screen in the frame: inside the timeline canvas's visible part and the frame's. */
const markInView = (frame: Frame, eventId: string) =>
  frame.evaluate((id) => {
    const mark = document.querySelector(`[data-event-id="${id}"]`);
    const canvas = mark?.closest('.timeline-canvas');
    if (!mark || !canvas) return false;
    const m = mark.getBoundingClientRect();
    const c = canvas.getBoundingClientRect();
    return m.top >= Math.max(c.top, 0) && m.bottom <= Math.min(c.bottom, innerHeight);
  }, eventId);
const selected = (frame: Frame) => frame.locator('[data-event-id][aria-selected=true]').getAttribute('data-event-id', { timeout: 5000 });

/**
 * Scrolls as a reader does until the section's top has just passed the middle of the viewport, where it
 * becomes the active step (on a phone, just below the timeline pinned above it).
 */
const scrollTo = (page: Page, id: string) =>
  page.locator(`#${id}`).evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - window.innerHeight * 0.46));

describe('scrollytelling with embed.js', () => {
  it('each step scrolled into view moves the timeline there with a glide; scrolling back goes back', { timeout: 90_000 }, async () => {
    const { page, frame, errors, done } = await openStory({ width: 1280, height: 800 });
    const GLIDE = { timeout: 10_000 };
    // Nothing is at the middle yet: the embed shows what its address says.
    const start = await shown(frame);
    expect(start).not.toEqual({ from: STEP_ONE.from, to: STEP_ONE.to });

    await scrollTo(page, 's1');
    await expect.poll(() => shown(frame), GLIDE).toEqual({ from: STEP_ONE.from, to: STEP_ONE.to });
    await page.screenshot({ path: `${SHOTS}/scrolly-desktop-step1.png` });

    await scrollTo(page, 's2');
    await expect.poll(() => shown(frame), GLIDE).toEqual({ from: RENEGOTIATION.from, to: RENEGOTIATION.to });
    // The presenter's glide: windows between the two, not one jump.
    expect((await drawn(frame)).length).toBeGreaterThan(3);

    await scrollTo(page, 's3');
    await expect.poll(() => shown(frame), GLIDE).toEqual({ from: AWS.from, to: AWS.to });
    expect(AWS.selected).toBe(EVENT);
    await expect.poll(() => selected(frame), GLIDE).toBe(EVENT);
    // Its lane, below the first two, scrolled into the timeline's view.
    await expect.poll(() => markInView(frame, EVENT), GLIDE).toBe(true);
    const title = bundled.events.find((e) => e.id === EVENT)!.title;
    await expect.poll(() => frame.locator('.detail h2').textContent(), GLIDE).toBe(title);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${SHOTS}/scrolly-desktop.png` });
    // The host's own code hears what the reader sees, as DOM events on the div.
    await expect
      .poll(async () => (await events(page)).filter((e) => e.type !== 'chronicle:ready').slice(-2), GLIDE)
      .toEqual([
        { type: 'chronicle:select', on: 'deal', detail: { id: EVENT } },
        { type: 'chronicle:view', on: 'deal', detail: { from: AWS.from, to: AWS.to } },
      ]);

    // Back up: the renegotiation again, its event no longer selected; then the first step.
    await scrollTo(page, 's2');
    await expect.poll(() => shown(frame), GLIDE).toEqual({ from: RENEGOTIATION.from, to: RENEGOTIATION.to });
    expect(await frame.locator('[data-event-id][aria-selected=true]').count()).toBe(0);
    await scrollTo(page, 's1');
    await expect.poll(() => shown(frame), GLIDE).toEqual({ from: STEP_ONE.from, to: STEP_ONE.to });

    // Pinned beside the text: the frame stays at the top tenth of the viewport, left of the steps.
    const frameBox = (await page.locator('#deal iframe').boundingBox())!;
    const stepBox = (await page.locator('#s1').boundingBox())!;
    expect(Math.round(frameBox.y)).toBe(80);
    expect(frameBox.x + frameBox.width).toBeLessThanOrEqual(stepBox.x);
    expect(frameBox.height).toBeLessThanOrEqual(640);
    expect(errors).toEqual([]);
    await done();
  });

  it('under reduced motion each step is a jump: no windows between', { timeout: 90_000 }, async () => {
    const { page, frame, errors, done } = await openStory({ width: 1280, height: 800 }, 'reduce');
    expect(await frame.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
    await scrollTo(page, 's1');
    await expect.poll(() => shown(frame), { timeout: 10_000 }).toEqual({ from: STEP_ONE.from, to: STEP_ONE.to });
    await page.waitForTimeout(1200);
    expect(await drawn(frame)).toEqual([`${STEP_ONE.from}/${STEP_ONE.to}`]);
    await scrollTo(page, 's2');
    await expect.poll(() => shown(frame), { timeout: 10_000 }).toEqual({ from: RENEGOTIATION.from, to: RENEGOTIATION.to });
    await page.waitForTimeout(1200);
    expect(await drawn(frame)).toEqual([`${RENEGOTIATION.from}/${RENEGOTIATION.to}`]);
    expect(errors).toEqual([]);
    await done();
  });

  it('on a 375 px phone the timeline is pinned above the text and still follows the steps', { timeout: 90_000 }, async () => {
    const { page, frame, errors, done } = await openStory({ width: 375, height: 740 });
    await scrollTo(page, 's2');
    await expect.poll(() => shown(frame), { timeout: 10_000 }).toEqual({ from: RENEGOTIATION.from, to: RENEGOTIATION.to });
    await scrollTo(page, 's3');
    await expect.poll(() => selected(frame), { timeout: 10_000 }).toBe(EVENT);
    await page.waitForTimeout(1600);
    expect(await markInView(frame, EVENT)).toBe(true);
    await page.screenshot({ path: `${SHOTS}/scrolly-phone.png` });
    // Pinned at the top, under half the screen, and the step visible below it, whole.
    const frameBox = (await page.locator('#deal iframe').boundingBox())!;
    const stepBox = (await page.locator('#s3').boundingBox())!;
    expect(Math.round(frameBox.y)).toBe(0);
    expect(frameBox.height).toBeLessThanOrEqual(Math.ceil(740 * 0.45));
    expect(stepBox.y).toBeGreaterThanOrEqual(frameBox.height);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(375);
    // The short frame shows its timeline from the top, not its title and filters, though the details opened below it.
    const inFrame = await frame.evaluate(() => {
      const r = document.querySelector('[data-testid=timeline]')!.getBoundingClientRect();
      return { top: Math.round(r.top), height: r.height, frame: innerHeight, scrolled: scrollY };
    });
    expect(inFrame.scrolled).toBeGreaterThan(0);
    expect(inFrame.top).toBe(0);
    expect(errors).toEqual([]);
    await done();
  });

  it('a section drives the nearest Chronicle before it, a pasted iframe too, or the one data-chronicle-for names', { timeout: 90_000 }, async () => {
    const gap = '<div style="height:120vh"></div>';
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"></head><body>
<div id="a" data-chronicle-src="${baseURL}?embed=1&orientation=horizontal" data-chronicle-height="400"></div>
<iframe id="b" title="Pasted" src="${baseURL}?embed=1&orientation=horizontal" style="width:100%;height:400px;border:0"></iframe>
${gap}<section id="to-b" data-chronicle-step="renegotiation" style="height:200px">The pasted one, nearest before.</section>
${gap}<section id="to-a" data-chronicle-step="exclusive" data-chronicle-for="a" style="height:200px">The first one, by name.</section>
${gap}<script src="${baseURL}embed.js" async></script></body></html>`;
    const host = await servePage(html);
    const { context, page, errors } = await watchedPage(chromium(), { viewport: { width: 1000, height: 800 } });
    await page.goto(host.url);
    const a = await frameOf(page, baseURL, '#a iframe');
    const frameB = await frameOf(page, baseURL, '#b');
    for (const f of [a, frameB]) await f.locator('[data-testid=timeline][data-state=ready]').waitFor({ timeout: 15_000 });
    const startA = await shown(a);
    const exclusive = stepShows('exclusive');

    await scrollTo(page, 'to-b');
    await expect.poll(() => shown(frameB), { timeout: 10_000 }).toEqual({ from: RENEGOTIATION.from, to: RENEGOTIATION.to });
    expect(await shown(a)).toEqual(startA);
    await scrollTo(page, 'to-a');
    await expect.poll(() => shown(a), { timeout: 10_000 }).toEqual({ from: exclusive.from, to: exclusive.to });
    expect(await shown(frameB)).toEqual({ from: RENEGOTIATION.from, to: RENEGOTIATION.to });
    expect(errors).toEqual([]);
    await context.close();
    await host.close();
  });
});
