/**
 * The editor (issue 21) as a journalist uses it: a new timeline typed in from nothing, kept through a
 * reload, problems on their cells, undo and redo, a pasted block, selection both ways, Delete on the
 * timeline, the export read back, a phone, the keyboard alone and axe.
 */
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openApp, SHOTS, useBrowser } from './helpers';
import { parseDataset } from '../../src/data/parseDataset';

const baseURL = inject('baseURL');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const cell = (page: Page, column: string, row: number) => page.getByRole('textbox', { name: `${column}, row ${row}`, exact: true });
const marks = (page: Page) => page.locator('.timeline [data-event-id]');
/** Adds an event row and waits for its Start cell to take focus (a frame after the click), so typing lands there. */
async function addEvent(page: Page, row: number): Promise<void> {
  await page.getByRole('button', { name: 'Add event' }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Start, row ${row}`);
}
/** The window once it has stopped moving (a glide after an edit refits the data): equal across two frames apart. */
async function settled(page: Page): Promise<{ from: number; to: number }> {
  const read = () =>
    page.evaluate(async () => {
      const t = document.querySelector('[data-testid=timeline]')!;
      const now = () => `${t.getAttribute('data-from')}|${t.getAttribute('data-to')}`;
      const first = now();
      await new Promise((done) => setTimeout(done, 150));
      return first === now() ? first : null;
    });
  let window: string | null = null;
  await expect.poll(async () => (window = await read())).not.toBeNull();
  const [from, to] = window!.split('|').map((d) => Date.parse(d));
  return { from: from!, to: to! };
}
const saved = (page: Page) => expect.poll(() => page.locator('.save-status').textContent()).toMatch(/^Saved in this browser/);

describe('editor', () => {
  const chromium = useBrowser();

  it('a new timeline typed from nothing, with a period and a source, comes back whole after a reload', async () => {
    const { page, context, errors } = await openApp(chromium(), baseURL, '?edit=1&draft=new');
    await expect.poll(() => page.url()).toMatch(/\?edit=1&draft=[a-z0-9-]+$/);
    const link = page.url();
    expect(await marks(page).count()).toBe(0);
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByLabel('Title', { exact: true }).fill('Harbour strike');
    await page.getByRole('tab', { name: /^Events/ }).click();
    // Dates in the forms a newsroom writes them.
    const typed = [
      ['3 March 2024', 'Dockers walk out'],
      ['2024-03-10', 'Talks begin'],
      ['March 2024', 'Ships wait offshore'],
    ];
    for (const [k, [date, title]] of typed.entries()) {
      await addEvent(page, k + 1);
      await page.keyboard.type(date!);
      await cell(page, 'Title', k + 1).fill(title!);
    }
    await expect.poll(() => marks(page).count()).toBe(3);
    await page.getByRole('tab', { name: /^Sources/ }).click();
    await page.getByRole('button', { name: 'Add source' }).click();
    await cell(page, 'Name', 1).fill('Port Gazette');
    await cell(page, 'Link', 1).fill('https://example.org/strike');
    await page.getByRole('tab', { name: /^Periods/ }).click();
    await page.getByRole('button', { name: 'Add period' }).click();
    await cell(page, 'Title', 1).fill('The strike');
    await cell(page, 'Start', 1).fill('2024-03-03');
    await cell(page, 'End', 1).fill('2024-03-20');
    await page.getByRole('tab', { name: /^Events/ }).click();
    await cell(page, 'Sources', 1).fill('source');
    await saved(page);
    expect(await page.locator('.draft-problems, .cell-problem').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/editor-new-1280.png` });

    // The tab closed by mistake: reopened, nothing is lost, undo still knows the steps.
    await page.close();
    const again = await context.newPage();
    await again.goto(link);
    await again.locator('[data-testid=timeline][data-state=ready]').waitFor();
    await expect.poll(() => marks(again).count()).toBe(3);
    expect(await again.locator('.editor-bar h1').textContent()).toContain('Harbour strike');
    expect(await cell(again, 'Sources', 1).inputValue()).toBe('source');
    expect(await again.getByRole('tab', { name: /^Periods/ }).textContent()).toMatch(/1$/);
    await again.getByRole('button', { name: 'Undo' }).click();
    expect(await cell(again, 'Sources', 1).inputValue()).toBe('');
    await again.getByRole('button', { name: 'Drafts' }).click();
    // The drafts are listed once this browser's store has answered (a moment after the dialog opens).
    await expect.poll(() => again.getByRole('dialog').textContent()).toMatch(/Harbour strike · 3 events ·/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows each problem on its cell with the fix in words, and keeps drawing the valid rows', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '?edit=1');
    await expect.poll(() => page.url()).toMatch(/draft=/);
    const before = await page.getByRole('tab', { name: /^Events/ }).textContent();
    const start = cell(page, 'Start', 2);
    await start.fill('sometime in spring');
    await expect.poll(() => start.getAttribute('aria-invalid')).toBe('true');
    const problem = page.locator(`#${await start.getAttribute('aria-describedby')}`);
    expect(await problem.textContent()).toBe('"sometime in spring" is not a date Chronicle reads: write it as 2026-04-27, 27 April 2026, April 2026 or 2026');
    // The row stays in the table; the timeline draws every other event.
    expect(await page.getByRole('tab', { name: /^Events/ }).textContent()).toBe(before);
    const count = Number(before!.replace(/\D/g, ''));
    await expect.poll(() => page.getByTestId('timeline').getAttribute('data-event-count')).toBe(String(count - 1));
    await start.fill('Nov 2025');
    await expect.poll(() => start.getAttribute('aria-invalid')).toBe(null);
    await expect.poll(() => page.getByTestId('timeline').getAttribute('data-event-count')).toBe(String(count));
    await context.close();
  });

  it('a media cell that names a picture shows it small; one that does not load says so on the cell', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '?edit=1');
    await expect.poll(() => page.url()).toMatch(/draft=/);
    const media = cell(page, 'Media', 2);
    const row = page.locator('tr', { has: media });
    await media.fill('screenshot.png');
    const picture = row.locator('img.cell-picture');
    await expect.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await picture.getAttribute('alt')).toBe('');
    await media.locator('xpath=..').screenshot({ path: `${SHOTS}/editor-media-picture.png` });
    expect(await media.getAttribute('aria-describedby')).toBe(null);
    // A video is a provider's page: nothing is asked of YouTube from the editor either.
    await media.fill('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    await expect.poll(() => row.locator('img.cell-picture').count(), { timeout: 10_000 }).toBe(0);
    await media.fill('missing-picture.png');
    await expect.poll(() => media.getAttribute('aria-describedby'), { timeout: 10_000 }).toMatch(/picture-events-/);
    const note = page.locator(`#${(await media.getAttribute('aria-describedby'))!.split(' ').find((id) => id.startsWith('picture-'))!}`);
    expect(await note.textContent()).toBe('The picture did not load.');
    await media.locator('xpath=..').screenshot({ path: `${SHOTS}/editor-media-failed.png` });
    await media.fill('');
    await expect.poll(() => media.getAttribute('aria-describedby'), { timeout: 10_000 }).toBe(null);
    await context.close();
  });

  it('Edit pressed again on the same timeline reopens its untouched copy instead of making another', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '?edit=1');
    await expect.poll(() => page.url()).toMatch(/draft=/);
    const first = new URL(page.url()).searchParams.get('draft');
    await expect.poll(() => page.locator('.save-status').textContent()).toMatch(/^Saved/);
    await page.goto(`${baseURL}?edit=1`);
    await expect.poll(() => new URL(page.url()).searchParams.get('draft')).toBe(first);
    await page.getByRole('button', { name: 'Drafts' }).click();
    // Listed once this browser's store has answered; all at once, so a second copy would show as 2.
    await expect.poll(() => page.locator('.drafts li').count()).toBe(1);
    await context.close();
  });

  it('keeps the axis true while events are added: no label of an earlier layout stays behind', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '?edit=1&draft=new');
    for (const [k, [date, title]] of [
      ['2026-04-27', 'A'],
      ['2025', 'B'],
      ['2024', 'C'],
      ['2022', 'D'],
      ['2020', 'E'],
      ['2018', 'F'],
      ['2017-03-15', 'G'],
    ].entries()) {
      await addEvent(page, k + 1);
      await page.keyboard.type(date!);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.type(title!);
    }
    await expect.poll(() => marks(page).count()).toBe(7);
    const labels = () => page.locator('.editor-preview .major-label').allTextContents();
    // The axis as it rests once the last edit's view change has finished.
    let live: string[] = [];
    await expect
      .poll(async () => {
        live = await labels();
        await page.waitForTimeout(300);
        return (await labels()).join('|') === live.join('|');
      })
      .toBe(true);
    await page.reload();
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    await expect.poll(labels).toEqual(live);
    await context.close();
  });

  it('undoes and redoes every edit by key and button; a typed cell is one step', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '?edit=1');
    await expect.poll(() => page.url()).toMatch(/draft=/);
    const title = cell(page, 'Title', 1);
    const was = await title.inputValue();
    await title.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' (edited)');
    await page.getByRole('button', { name: 'Duplicate' }).click();
    const rows = await page.locator('.sheet tbody tr').count();
    await page.keyboard.press('Control+z');
    expect(await page.locator('.sheet tbody tr').count()).toBe(rows - 1);
    await page.keyboard.press('Control+z');
    expect(await title.inputValue()).toBe(was);
    await page.getByRole('button', { name: 'Redo' }).click();
    expect(await title.inputValue()).toBe(`${was} (edited)`);
    await page.keyboard.press('Control+Shift+Z');
    expect(await page.locator('.sheet tbody tr').count()).toBe(rows);
    await context.close();
  });

  it('selects an event’s row from the timeline and back; Delete on the timeline removes it, undoably', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '?edit=1');
    await expect.poll(() => page.url()).toMatch(/draft=/);
    const mark = page.locator('.timeline [data-event-id]:has(.mark-label)').first();
    const id = (await mark.getAttribute('data-event-id'))!;
    const box = (await mark.locator('.mark-label').boundingBox())!;
    await page.mouse.click(box.x + 12, box.y + box.height / 2);
    const row = page.locator('.sheet tbody tr.selected');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getAttribute('aria-selected')).toBe('true');
    expect(await row.locator('input').last().inputValue()).toBe(id);
    const events = await page.getByRole('tab', { name: /^Events/ }).textContent();
    await page.getByTestId('timeline').focus();
    await page.keyboard.press('Delete');
    await expect.poll(() => page.locator(`.timeline [data-event-id="${id}"]`).count()).toBe(0);
    expect(await page.getByRole('tab', { name: /^Events/ }).textContent()).not.toBe(events);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator(`.timeline [data-event-id="${id}"]`).count()).toBe(1);
    // And from the table: a cell of another row selects that event on the timeline.
    await cell(page, 'Title', 3).click();
    const third = await page.locator('.sheet tbody tr').nth(2).locator('input').last().inputValue();
    await expect.poll(() => page.locator('.timeline [data-event-id][aria-selected=true]').getAttribute('data-event-id')).toBe(third);
    await context.close();
  });

  it('moves an event by dragging its mark, changes a range by its end, adds one by double-click, and by keys', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '?edit=1&draft=new');
    await addEvent(page, 1);
    await page.keyboard.type('2024-03-10');
    await cell(page, 'Title', 1).fill('A point');
    await addEvent(page, 2);
    await page.keyboard.type('2024-03-01');
    await cell(page, 'End', 2).fill('2024-03-05');
    await cell(page, 'Title', 2).fill('A range');
    await page.getByTestId('timeline').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('0');
    await expect.poll(() => marks(page).count()).toBe(2);
    const axis = await page.locator('.timeline-svg').boundingBox();
    const { from, to } = await page.evaluate(() => {
      const t = document.querySelector('[data-testid=timeline]')!;
      return { from: Date.parse(t.getAttribute('data-from')!), to: Date.parse(t.getAttribute('data-to')!) };
    });
    const pxPerDay = axis!.width / ((to - from) / 86_400_000);
    // The point, four days later: its start cell says so, snapped to the day.
    const point = page.locator('.timeline [data-event-id="event"] .mark-dot');
    const p = (await point.boundingBox())!;
    await page.mouse.move(p.x + p.width / 2, p.y + p.height / 2);
    await page.mouse.down();
    await page.mouse.move(p.x + p.width / 2 + 2 * pxPerDay, p.y + p.height / 2, { steps: 4 });
    expect(await page.locator('.drag-tip').textContent()).toBe('2024-03-12');
    await page.mouse.move(p.x + p.width / 2 + 4 * pxPerDay, p.y + p.height / 2, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => cell(page, 'Start', 1).inputValue()).toBe('2024-03-14');
    // A range's end, three days on; the start stays. The timeline has refitted the data that moved:
    // measured again once it is still.
    const still = await settled(page);
    const dayPx = axis!.width / ((still.to - still.from) / 86_400_000);
    const bar = (await page.locator('.timeline [data-event-id="event-2"] .mark-bar').boundingBox())!;
    await page.mouse.move(bar.x + bar.width - 3, bar.y + bar.height / 2);
    await page.mouse.down();
    await page.mouse.move(bar.x + bar.width - 3 + 3 * dayPx, bar.y + bar.height / 2, { steps: 4 });
    await page.mouse.up();
    await expect.poll(() => cell(page, 'End', 2).inputValue()).toBe('2024-03-08');
    expect(await cell(page, 'Start', 2).inputValue()).toBe('2024-03-01');
    // One undo per drag.
    await page.keyboard.press('Control+z');
    await expect.poll(() => cell(page, 'End', 2).inputValue()).toBe('2024-03-05');
    // Double-click on empty time: a new event there, its title ready to type.
    const now = await settled(page);
    await page.mouse.dblclick(axis!.x + ((Date.UTC(2024, 2, 4) - now.from) / (now.to - now.from)) * axis!.width, axis!.y + axis!.height - 8);
    await expect.poll(() => marks(page).count()).toBe(3);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Title, row 3');
    expect(await cell(page, 'Title', 3).inputValue()).toBe('New event');
    expect(await cell(page, 'Start', 3).inputValue()).toMatch(/^2024-03-0[345]$/);
    // The keyboard's drag: the selected event a day later.
    const added = Date.parse(await cell(page, 'Start', 3).inputValue());
    await page.getByTestId('timeline').focus();
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(async () => Date.parse(await cell(page, 'Start', 3).inputValue()) - added).toBe(86_400_000);
    await page.screenshot({ path: `${SHOTS}/editor-gestures-1280.png` });
    await context.close();
  });

  it('takes a block of rows pasted from a spreadsheet', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '?edit=1&draft=new');
    await page.getByRole('button', { name: 'Add event' }).click();
    const first = cell(page, 'Start', 1);
    await first.focus();
    // What Google Sheets puts on the clipboard: tab-separated cells, one row per line.
    await first.evaluate((input) => {
      const data = new DataTransfer();
      data.setData('text/plain', '2024-01-05\t\tOne\r\n2024-02-05\t\tTwo\r\n2024-03-05\t2024-03-09\tThree\r\n');
      input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => marks(page).count()).toBe(3);
    expect(await cell(page, 'Title', 3).inputValue()).toBe('Three');
    expect(await cell(page, 'End', 3).inputValue()).toBe('2024-03-09');
    // One paste, one undo.
    await page.keyboard.press('Control+z');
    await expect.poll(() => marks(page).count()).toBe(0);
    await context.close();
  });

  it('exports the draft as CSV that opens again as the same timeline', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '?edit=1');
    await expect.poll(() => page.url()).toMatch(/draft=/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV (one sheet)' }).click()]);
    expect(download.suggestedFilename()).toBe('microsoft-and-openai-the-end-of-exclusivity.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    const bundled = readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8');
    expect(parseDataset(csv, 'draft.csv').dataset).toEqual(parseDataset(bundled, 'events.json').dataset);
    await context.close();
  });

  it('Tab walks one row and leaves the table; ← → cross cells at the text’s edge; the row buttons say which row', async () => {
    const { page, context } = await openApp(chromium(), baseURL, '?edit=1');
    await expect.poll(() => page.url()).toMatch(/draft=/);
    const columns = (await page.locator('.sheet thead th').count()) - 1;
    await cell(page, 'Start', 3).focus();
    expect(await page.getByRole('button', { name: 'Duplicate' }).getAttribute('aria-describedby')).toBeTruthy();
    expect(await page.locator('.row-actions-target').textContent()).toBe('Row 3');
    // Every cell of row 3 once, then out of the table: not a stop for each of the sheet's cells.
    const names: string[] = [];
    for (let i = 0; i < columns; i++) {
      await page.keyboard.press('Tab');
      names.push((await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '');
    }
    expect(names.slice(0, -1).every((n) => n.endsWith(', row 3'))).toBe(true);
    expect(names.at(-1)).not.toMatch(/, row \d+$/);
    expect(await page.evaluate(() => !!document.activeElement?.closest('table'))).toBe(false);
    // Shift+Tab comes back to the row last worked in.
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/, row 3$/);
    // ↓ to the next row, and ← at the text's start to the cell before.
    await cell(page, 'Title', 3).focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Title, row 4');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('End, row 4');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Title, row 4');
    // The row's buttons name it to a screen reader too.
    const described = await page
      .getByRole('button', { name: 'Delete' })
      .evaluate((b) => document.getElementById(b.getAttribute('aria-describedby')!)?.textContent);
    expect(described).toBe('Row 4');
    await context.close();
  });

  it('on a phone: a blank timeline says one thing, a finger pans, and drags the event it tapped', async () => {
    const context = await chromium().newContext({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(`${baseURL}?edit=1&draft=new`);
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    await expect.poll(() => page.url()).toMatch(/draft=/);
    // One message for an empty timeline, and the one that says what to do.
    await expect.poll(() => page.locator('.timeline-message').allTextContents()).toEqual(['No events yet: add one, or paste rows copied from a spreadsheet.']);
    expect(await page.getByText('No events match').count()).toBe(0);
    expect(await page.locator('.touch-hint').isVisible()).toBe(true);
    expect(await page.locator('.timeline-hint').isVisible()).toBe(false);
    for (const [k, date] of ['2024-03-10', '2024-03-20'].entries()) {
      await page.getByRole('button', { name: 'Add event' }).tap();
      await page.keyboard.type(date);
      await cell(page, 'Title', k + 1).fill(k ? 'Second' : 'First');
    }
    await expect.poll(() => marks(page).count()).toBe(2);
    await page.locator('[data-testid=timeline] [data-zoom=on]').first().waitFor();
    const cdp = await context.newCDPSession(page);
    // Fingers as CDP moves them: each one a point, moved by its own dx in eight steps.
    const fingers = async (from: [number, number][], by: number[]) => {
      const points = (f: number) => from.map(([x, y], id) => ({ x: x + by[id]! * f, y, id }));
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(0) });
      for (let i = 1; i <= 8; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(i / 8) });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    const drag = (from: [number, number], by: number) => fingers([from], [by]);
    // Two fingers spread: the timeline zooms in (so that there is time either side to pan to).
    const svg = (await page.locator('.timeline-svg').boundingBox())!;
    const low = svg.y + svg.height - 20;
    const span = async () =>
      Date.parse((await page.getByTestId('timeline').getAttribute('data-to'))!) - Date.parse((await page.getByTestId('timeline').getAttribute('data-from'))!);
    const whole = await span();
    await fingers(
      [
        [svg.width / 2 - 30, low],
        [svg.width / 2 + 30, low],
      ],
      [-60, 60],
    );
    await expect.poll(span).toBeLessThan(whole * 0.8);
    const dot = page.locator('.timeline [data-event-id="event"] .mark-dot');
    const centre = async (): Promise<[number, number]> => {
      const b = (await dot.boundingBox())!;
      return [b.x + b.width / 2, b.y + b.height / 2];
    };
    // A finger on an event not selected pans the timeline: the date stays.
    const before = await page.getByTestId('timeline').getAttribute('data-from');
    await drag(await centre(), 60);
    await expect.poll(() => page.getByTestId('timeline').getAttribute('data-from')).not.toBe(before);
    expect(await cell(page, 'Start', 1).inputValue()).toBe('2024-03-10');
    // Tapped, it is selected; dragged then, it moves, snapped to the day, as one edit.
    const [x, y] = await centre();
    await page.touchscreen.tap(x, y);
    await expect.poll(() => page.locator('.timeline [data-event-id="event"]').getAttribute('aria-selected')).toBe('true');
    const { from, to } = await page.evaluate(() => {
      const t = document.querySelector('[data-testid=timeline]')!;
      return { from: Date.parse(t.getAttribute('data-from')!), to: Date.parse(t.getAttribute('data-to')!) };
    });
    const width = (await page.locator('.timeline-svg').boundingBox())!.width;
    const pxPerDay = width / ((to - from) / 86_400_000);
    await drag([x, y], 3 * pxPerDay);
    await expect.poll(() => cell(page, 'Start', 1).inputValue()).toBe('2024-03-13');
    await page.screenshot({ path: `${SHOTS}/editor-touch-375.png` });
    // The bar's buttons scroll sideways and its far edge fades to say so.
    const bar = page.getByRole('toolbar', { name: 'Editor' });
    expect(await bar.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await bar.evaluate((el) => getComputedStyle(el).maskImage)).toMatch(/32px/);
    await context.close();
  });

  it.each([
    { width: 1280, height: 800 },
    { width: 375, height: 740 },
  ])('at $width px: keyboard alone, focus always visible, axe finds nothing', async (viewport) => {
    const { page, context } = await openApp(chromium(), baseURL, '?edit=1', viewport);
    await expect.poll(() => page.url()).toMatch(/draft=/);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${SHOTS}/editor-${viewport.width}.png` });
    // Tab through the bar and the tabs: focus never falls to the body and is never hidden.
    await page.locator('body').focus();
    for (let i = 0; i < 16; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement!;
        const r = el.getBoundingClientRect();
        return { tag: el.tagName, visible: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight };
      });
      expect(focused.tag).not.toBe('BODY');
      expect(focused.visible).toBe(true);
    }
    await page.getByRole('tab', { name: /^Events/ }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Periods/);
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Settings');
    expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe('Microsoft and OpenAI: the end of exclusivity');
    await page.screenshot({ path: `${SHOTS}/editor-settings-${viewport.width}.png` });
    await page.getByRole('tab', { name: /^Events/ }).click();
    // The Publish dialog: a panel of its own over the page, focus inside it, and back on Publish after.
    const publish = page.getByRole('button', { name: 'Publish' });
    await publish.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Publish this timeline' });
    await dialog.waitFor();
    expect(await dialog.locator('.publish-dialog').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
    await page.screenshot({ path: `${SHOTS}/editor-publish-${viewport.width}.png` });
    const inDialog = await new AxeBuilder({ page }).withTags(TAGS).include('dialog').analyze();
    expect(inDialog.violations.map((v) => v.id)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Publish');
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(
      result.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join('; ')}`,
      ),
    ).toEqual([]);
    await context.close();
  });
});
