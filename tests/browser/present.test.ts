/**
 * Presenter mode in Chromium: a clicker's PageDown moves through the steps with smooth zoom
 * (instant under reduced motion), the caption and progress follow, the step is in the link, F asks
 * for fullscreen, autoplay advances and pauses on input. Screenshots at projector sizes.
 */
import { describe, expect, inject, it } from 'vitest';
import { openApp, SHOTS, useBrowser, windowOf } from './helpers';

const baseURL = inject('baseURL');
const chromium = useBrowser();

describe('presenter mode', () => {
  it('PageDown three times reaches step 4, its window and caption; the step is in the link', async () => {
    const { page, context, errors } = await openApp(chromium(), baseURL, '?present=1', { width: 1280, height: 720 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await page.locator('.progress').textContent()).toBe('1 / 33');
    expect(await page.locator('.caption-title').textContent()).toBe('Azure exclusivity');
    for (let i = 0; i < 3; i++) await page.keyboard.press('PageDown');
    expect(await page.locator('.progress').textContent()).toBe('4 / 33');
    expect(await page.locator('.caption-title').textContent()).toBe('Exclusivity narrowed');
    expect(await windowOf(page)).toEqual({ from: '2025-09-26', to: '2026-02-05' });
    await expect.poll(() => page.url()).toContain('step=4');
    await page.keyboard.press('PageUp');
    expect(await page.locator('.caption-title').textContent()).toBe('Microsoft has invested more than $13 billion');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a bookmarked step opens there, and the clicker walks to the amendment', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '?present=1&step=15', { width: 1920, height: 1080 });
    expect(await page.locator('.progress').textContent()).toBe('15 / 33');
    for (let i = 0; i < 12; i++) {
      if ((await page.locator('.caption-title').textContent()) === 'Amended agreement ends Azure exclusivity') break;
      await page.keyboard.press('PageDown');
      await page.waitForTimeout(150);
    }
    expect(await page.locator('.caption-title').textContent()).toBe('Amended agreement ends Azure exclusivity');
    expect(await page.locator('.caption-date').textContent()).toBe('27 Apr 2026');
    await expect.poll(() => page.locator('[data-event-id="amendment-2026-04-27"]').getAttribute('class')).toContain('selected');
    await page.waitForTimeout(1000); // let the glide finish
    await page.screenshot({ path: `${SHOTS}/present-1920x1080-amendment.png` });
    await context.close();
  });

  it('with smooth motion the window glides; with reduced motion it jumps in the next frame', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '?present=1&step=2', { width: 1280, height: 720 });
    // Every frame's window while the step glides, counted in frames rather than sampled at a wall-clock
    // moment: a loaded machine draws fewer frames, but a glide still passes through windows in between.
    await page.evaluate(() => {
      const timeline = document.querySelector('[data-testid=timeline]')!;
      const seen: string[] = [];
      const t0 = performance.now();
      (window as unknown as { glide: Promise<string[]> }).glide = new Promise((resolve) => {
        const frame = () => {
          seen.push(`${timeline.getAttribute('data-from')} ${timeline.getAttribute('data-to')}`);
          if (performance.now() - t0 < 1500) requestAnimationFrame(frame);
          else resolve(seen);
        };
        requestAnimationFrame(frame);
      });
    });
    await page.keyboard.press('PageDown');
    const seen = await page.evaluate(() => (window as unknown as { glide: Promise<string[]> }).glide);
    // Where it started, where it ended, and at least one window between.
    expect(new Set(seen).size).toBeGreaterThanOrEqual(3);

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.keyboard.press('PageDown');
    const next = await page.evaluate(
      () => new Promise<string | null>((r) => requestAnimationFrame(() => r(document.querySelector('[data-testid=timeline]')!.getAttribute('data-from')))),
    );
    await page.waitForTimeout(600);
    expect(next).toBe((await windowOf(page)).from);
    await context.close();
  });

  it('F asks for fullscreen', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '?present=1', { width: 1280, height: 720 });
    await page.evaluate(() => {
      (window as unknown as { __fs: number }).__fs = 0;
      document.documentElement.requestFullscreen = () => {
        (window as unknown as { __fs: number }).__fs++;
        return Promise.resolve();
      };
    });
    await page.keyboard.press('f');
    expect(await page.evaluate(() => (window as unknown as { __fs: number }).__fs)).toBe(1);
    await context.close();
  });

  it('autoplay advances on its own and pauses on any key, saying so', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '?present=1&autoplay=1', { width: 1280, height: 720 });
    await expect.poll(() => page.locator('.progress').textContent(), { timeout: 4000 }).toBe('2 / 33');
    await page.keyboard.press('Shift');
    await expect.poll(() => page.locator('.autoplay').textContent()).toMatch(/^Paused/);
    const at = await page.locator('.progress').textContent();
    await page.waitForTimeout(1500);
    expect(await page.locator('.progress').textContent()).toBe(at);
    await page.locator('.autoplay').click();
    await expect.poll(() => page.locator('.autoplay').textContent()).toMatch(/^Playing/);
    await context.close();
  });

  it('the speaker view shows notes and the next step, and stays in step with the screen both ways', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '?present=1&step=1', { width: 1280, height: 720 });
    const speaker = await context.newPage();
    await speaker.goto(`${baseURL}?present=1&speaker=1&step=1`);
    await speaker.locator('.speaker-step').first().waitFor();
    expect(await speaker.locator('.speaker-step.next .caption-title').textContent()).toBe('Microsoft invests $1 billion in OpenAI');
    await page.keyboard.press('PageDown');
    await expect.poll(() => speaker.locator('.speaker .progress').textContent()).toBe('2 / 33');
    expect(await speaker.locator('.speaker-notes').first().textContent()).toMatch(/\$1 billion investment/);
    await speaker.getByRole('button', { name: 'Next ›' }).click();
    await expect.poll(() => page.locator('.progress').textContent()).toBe('3 / 33');
    await speaker.screenshot({ path: `${SHOTS}/present-speaker.png` });
    await context.close();
  });

  it('is legible on a 1280×720 projector', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '?present=1&step=20', { width: 1280, height: 720 });
    const size = await page
      .locator('.mark-label')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(20);
    expect(await page.locator('.caption-title').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(28);
    await page.waitForTimeout(900);
    await page.screenshot({ path: `${SHOTS}/present-1280x720.png` });
    await context.close();
  });
});

describe('presenter on any screen', () => {
  it('Escape leaves the presentation, even from a focused button, and the reader gets their own theme back', async () => {
    const { page, context, errors } = await openApp(chromium(), baseURL, '?theme=auto', { width: 1280, height: 720 });
    await page.getByRole('link', { name: 'Present' }).click();
    await page.locator('.caption-title').waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.getByRole('button', { name: 'Next step' }).focus();
    await page.keyboard.press('Escape');
    await page.locator('.app-header').waitFor();
    expect(new URL(page.url()).searchParams.get('present')).toBeNull();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('auto');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Exit takes a reader in the default light theme back to light, not the stage’s dark', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '', { width: 1280, height: 720 });
    await page.getByRole('link', { name: 'Present' }).click();
    await page.locator('.caption-title').waitFor();
    await page.keyboard.press('PageDown');
    await page.getByRole('link', { name: 'Exit' }).click();
    await page.locator('.app-header').waitFor();
    expect(new URL(page.url()).searchParams.get('theme')).toBeNull();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await context.close();
  });

  it('Q shows the view’s link as a large QR code with the link under it; Escape closes it and the deck stays', async () => {
    const { page, context, errors } = await openApp(chromium(), baseURL, '?present=1&step=22', { width: 1920, height: 1080 });
    await page.keyboard.press('q');
    const dialog = page.getByRole('dialog', { name: 'Open this view on your phone' });
    await dialog.waitFor();
    const code = dialog.getByRole('img', { name: /^QR code of the link: http/ });
    const link = (await code.getAttribute('aria-label'))!.replace('QR code of the link: ', '');
    expect(new URL(link).searchParams.get('event')).toBe('amendment-2026-04-27');
    expect(new URL(link).searchParams.get('present')).toBeNull();
    expect(await dialog.locator('.qr-link').textContent()).toBe(link);
    const box = (await code.boundingBox())!;
    expect(box.height).toBeGreaterThan(1080 * 0.6);
    expect(await code.locator('path').getAttribute('d')).toMatch(/^M4 4h7v1h-7z/); // the top-left finder, inside the quiet zone
    await page.screenshot({ path: `${SHOTS}/present-qr-1920x1080.png` });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('present')).toBe('1');
    // From the button, focus returns to it.
    const button = page.getByRole('button', { name: 'QR code' });
    await button.click();
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the shortcut sheet lists the presenter’s keys, Q and Esc among them', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '?present=1', { width: 1280, height: 720 });
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: /Keyboard shortcuts/ });
    await expect.poll(() => sheet.getByText('Show this view’s link as a QR code').count()).toBe(1);
    expect(await sheet.getByText('Leave the presentation').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => sheet.count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('present')).toBe('1');
    await context.close();
  });

  it('a highlighted title is never struck through: the bar’s outline runs around the label', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '?present=1&step=22', { width: 1920, height: 1080 });
    const mark = page.locator('.mark.selected');
    const bar = (await mark.locator('.mark-bar').boundingBox())!;
    const label = await mark.locator('.mark-label').evaluate((el) => {
      const r = (el as SVGTextElement).getBBox();
      const size = parseFloat(getComputedStyle(el).fontSize);
      // The letters: 0.76 em above the baseline, 0.24 em below it (y = 4 in the mark's own units).
      return { top: 4 - 0.76 * size, bottom: 4 + 0.24 * size, size, width: r.width };
    });
    const y0 = await mark.evaluate((el) => el.getBoundingClientRect().top - (el as SVGGElement).getBBox().y);
    expect(bar.y - y0).toBeLessThan(label.top - 1);
    expect(bar.y + bar.height - y0).toBeGreaterThan(label.bottom + 1);
    await page.screenshot({ path: `${SHOTS}/present-1920x1080-highlight.png` });
    await context.close();
  });

  it('fits a 375 px phone: no sideways scroll, the deck wraps, the type still reads', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '?present=1&step=22', { width: 375, height: 740 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    for (const control of await page.locator('.deck button, .deck a').all()) {
      const box = (await control.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(375);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    expect(
      await page
        .locator('.mark-label')
        .first()
        .evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
    ).toBeGreaterThanOrEqual(15);
    // The selected event shows with its title, and the periods in view with their whole names.
    expect(await page.locator('.mark.selected .mark-label').count()).toBe(1);
    for (const name of await page.locator('.period-label').allTextContents()) expect(name).not.toMatch(/…$/);
    await page.screenshot({ path: `${SHOTS}/present-375x740.png` });
    await context.close();
  });

  it('stepping to an event zooms in far enough that it shows with its title, not in a "+N" badge', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '?present=1&step=18', { width: 1280, height: 720 });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.keyboard.press('PageDown');
    expect(await page.locator('.caption-title').textContent()).toBe('Revenue chief’s memo: exclusivity held OpenAI back');
    await expect.poll(() => page.locator('.mark.selected .mark-label').count()).toBe(1);
    await context.close();
  });
});
