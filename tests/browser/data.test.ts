/**
 * A newsroom's own data in Chromium: a hand-made CSV with broken rows dropped on the page, a
 * TimelineJS3 export opened from a file, both kept across a reload, with the way back; a dataset
 * whose events cite a sources list by id.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { dropFile, openApp, SHOTS, useBrowser } from './helpers';

const baseURL = inject('baseURL');
const chromium = useBrowser();
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('your own dataset', () => {
  it('a CSV dropped on the page shows every good row and points at each bad one; a reload keeps it', async () => {
    const { page, context } = await openApp(chromium(), baseURL);
    const csv = fixture('newsroom.csv');
    await dropFile(page, csv, 'newsroom.csv');
    await expect.poll(() => page.getByTestId('timeline').getAttribute('data-event-count')).toBe('4');
    expect(await page.locator('h1').textContent()).toBe('newsroom');
    await expect.poll(() => page.locator('.problem').count()).toBeGreaterThan(2);
    const problems = await page.locator('.problem').allTextContents();
    // Nothing in the column says whether 12/05/2025 is day or month first: both readings, and how to settle it.
    expect(problems.join('\n')).toMatch(/row 4 \(line 4\), column "start": "12\/05\/2025" could be 2025-05-12 \(day first\) or 2025-12-05 \(month first\)/);
    expect(problems.join('\n')).toMatch(/row 5 \(line 5\), column "title"/);
    expect(problems.join('\n')).toMatch(/row 6 \(line 6\), column "end": end is before start/);
    expect(await page.locator('.user-dataset').textContent()).toContain('newsroom.csv');
    await page.screenshot({ path: `${SHOTS}/own-csv.png` });

    await page.reload();
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    expect(await page.getByTestId('timeline').getAttribute('data-event-count')).toBe('4');
    await page.getByRole('button', { name: 'Back to the bundled timeline' }).click();
    await expect.poll(() => page.getByTestId('timeline').getAttribute('data-event-count')).toBe('29');
    await context.close();
  });

  it('a TimelineJS3 export opened from a file comes over with its eras, groups and credited media', async () => {
    const { page, context } = await openApp(chromium(), baseURL);
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.getByLabel('A file').setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(fixture('timelinejs.json')) });
    await expect.poll(() => page.getByTestId('timeline').getAttribute('data-event-count')).toBe('2');
    expect(await page.locator('h1').textContent()).toBe('A TimelineJS import');
    expect(await page.locator('.lane-label').allTextContents()).toEqual(['Company', 'Regulator']);
    expect(await page.locator('.period-label').allTextContents()).toContain('First half');
    await page.locator('[data-event-id="review"]').click();
    // Its media stays media, credited: not a source "reported by" its credit (issue 22).
    expect(await page.locator('.detail .media-credit').textContent()).toBe('Credit: Daily Paper');
    expect(await page.locator('.detail .sources').count()).toBe(0);
    await context.close();
  });

  it('a dataset with a sources list: the panel names each source by its label, with headline, date and links', async () => {
    const { page, context, errors } = await openApp(chromium(), baseURL);
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.getByLabel('A file').setInputFiles({ name: 'sources.json', mimeType: 'application/json', buffer: Buffer.from(fixture('sources.json')) });
    await expect.poll(() => page.getByTestId('timeline').getAttribute('data-event-count')).toBe('3');
    expect(await page.locator('.problem').count()).toBe(0);

    await page.locator('[data-event-id="amendment"]').click();
    const panel = page.getByRole('complementary', { name: 'Amended agreement ends exclusivity' });
    const sources = panel.getByRole('region', { name: 'Sources' }).getByRole('listitem');
    expect(await sources.allInnerTexts()).toEqual([
      'Moccet\n“OpenAI ends its exclusive partnership with Microsoft”',
      'Financial Times, as reported by Microsoft and OpenAI Reshape Partnership Amid Amazon Investment',
      'Inline Outlet',
    ]);
    expect(await panel.getByRole('link', { name: 'Inline Outlet' }).getAttribute('href')).toBe('https://example.com/inline');
    expect(await panel.getByRole('figure').locator('figcaption').textContent()).toBe(
      '— Andy Jassy, post on X, 27 Apr 2026, quoted in OpenAI Breaks Microsoft Exclusivity, Models Headed to Amazon Bedrock and Beyond',
    );
    await page.screenshot({ path: `${SHOTS}/own-sources.png` });

    await page.locator('[data-event-id="aws"]').click();
    const aws = page.getByRole('complementary', { name: 'OpenAI models arrive on AWS' });
    expect(await aws.getByRole('link', { name: 'Axios' }).getAttribute('href')).toBe('https://example.com/axios');
    expect(await aws.getByRole('region', { name: 'Sources' }).getByRole('listitem').innerText()).toBe(
      'Axios\n“OpenAI breaks free of Microsoft’s cloud” · 28 Apr 2026',
    );
    expect(errors).toEqual([]);
    await page.evaluate(() => localStorage.clear());
    await context.close();
  });

  it('a large file (1.5 MB, 30,000 rows) is parsed in a Web Worker and shown with the DOM bounded', async () => {
    const { page, context } = await openApp(chromium(), baseURL);
    const rows = ['id,start,title,actors,category'];
    for (let i = 0; i < 30_000; i++)
      rows.push(`e${i},${2000 + (i % 25)}-${String(1 + (i % 12)).padStart(2, '0')},Event number ${i} with a longer title,actor${i % 5},cat${i % 6}`);
    const csv = rows.join('\n');
    expect(csv.length).toBeGreaterThan(1024 * 1024);
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.getByLabel('A file').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => page.getByTestId('timeline').getAttribute('data-event-count'), { timeout: 20_000 }).toBe('30000');
    expect(workers.some((u) => /parseWorker/.test(u))).toBe(true);
    const count = Number(await page.getByTestId('timeline').getAttribute('data-visible-count'));
    expect(count).toBe(30_000);
    expect(await page.locator('[data-event-id], [data-cluster-count]').count()).toBeLessThanOrEqual(2000);
    await page.evaluate(() => localStorage.clear());
    await context.close();
  });

  it('a file with nothing usable leaves the timeline as it was and says why', async () => {
    const { page, context } = await openApp(chromium(), baseURL);
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.getByLabel('Or paste the data').fill('{ "events": [ { "id": "x", } ] }');
    await page.getByRole('button', { name: 'Load pasted data' }).click();
    await expect.poll(() => page.locator('.open-status').textContent()).toMatch(/no usable events/);
    expect(await page.getByTestId('timeline').getAttribute('data-event-count')).toBe('29');
    expect(await page.locator('.problem').first().textContent()).toMatch(/pasted data.*line 1, column \d+.*not valid JSON/);
    await context.close();
  });

  it('cells copied from a spreadsheet and pasted in load, and an Excel CSV in Windows-1252 keeps its accents', async () => {
    const { page, context } = await openApp(chromium(), baseURL);
    await page.getByRole('button', { name: 'Open…' }).click();
    // What Google Sheets puts on the clipboard: tab-separated, with its own column names.
    await page.getByLabel('Or paste the data').fill('Date\tHeadline\tDescription\n2026-04-27\tAmended\tTerms change\n2026-04-28\tAWS event\t\n');
    await page.getByRole('button', { name: 'Load pasted data' }).click();
    await expect.poll(() => page.getByTestId('timeline').getAttribute('data-event-count')).toBe('2');
    expect(await page.locator('.problem').count()).toBe(0);

    // Excel's "CSV" on Western Windows: semicolons, Windows-1252 bytes (á is 0xE1, the euro sign 0x80).
    const bytes = Buffer.concat([
      Buffer.from('start;title\n2026-04-27;M', 'latin1'),
      Buffer.from([0xe1]),
      Buffer.from('laga, 5 ', 'latin1'),
      Buffer.from([0x80, 0x0a]),
    ]);
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.getByLabel('A file').setInputFiles({ name: 'excel.csv', mimeType: 'text/csv', buffer: bytes });
    await expect.poll(() => page.getByTestId('timeline').getAttribute('data-event-count')).toBe('1');
    await expect.poll(() => page.locator('svg.timeline-svg [data-event-id] .mark-label').first().textContent()).toBe('Málaga, 5 €');
    await context.close();
  });

  it('an Excel workbook opens directly, its first sheet read as a CSV with its dates and times', async () => {
    const { page, context, errors } = await openApp(chromium(), baseURL);
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.getByLabel('A file').setInputFiles({
      name: 'newsroom.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: readFileSync(new URL('../fixtures/newsroom.xlsx', import.meta.url)),
    });
    await expect.poll(() => page.getByTestId('timeline').getAttribute('data-event-count')).toBe('4');
    // A bare number in the Amount column is said on the sheet's own rows.
    await expect.poll(() => page.locator('.problem').count()).toBe(2);
    expect(await page.locator('.problem').allTextContents()).toEqual([
      expect.stringMatching(/newsroom\.xlsx, row 2 \(line 2\), column "Amount"/),
      expect.stringMatching(/newsroom\.xlsx, row 4 \(line 5\), column "Amount"/),
    ]);
    await page.locator('[data-event-id="row-3"]').first().click();
    await expect.poll(() => page.locator('.detail').first().textContent()).toContain('27 Apr 2026, 2:30 PM');
    expect(errors).toEqual([]);
    await page.evaluate(() => localStorage.clear());
    await context.close();
  });

  it('a Google Sheets link as copied loads the sheet’s CSV, titled by its title row; a private sheet says how to publish it', async () => {
    const context = await chromium().newContext();
    const asked: string[] = [];
    await context.route('https://docs.google.com/**', (route) => {
      const url = route.request().url();
      asked.push(url);
      const cors = { 'access-control-allow-origin': '*' };
      if (url.startsWith('https://docs.google.com/spreadsheets/d/PUBLIC/export?format=csv'))
        return route.fulfill({
          body: 'Year,Month,Day,Headline,Text,Type\n,,,Our story,An intro,title\n2026,4,27,Amended,,\n',
          contentType: 'text/csv',
          headers: cors,
        });
      // What Google answers for a sheet that is not shared: its sign-in page.
      return route.fulfill({ body: '<!DOCTYPE html><html><title>Sign in</title></html>', contentType: 'text/html', headers: cors });
    });
    const page = await context.newPage();
    await page.goto(`${baseURL}?data=${encodeURIComponent('https://docs.google.com/spreadsheets/d/PUBLIC/edit#gid=0')}`);
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    expect(asked).toContain('https://docs.google.com/spreadsheets/d/PUBLIC/export?format=csv&gid=0');
    expect(await page.getByTestId('timeline').getAttribute('data-event-count')).toBe('1');
    expect(await page.locator('h1').textContent()).toBe('Our story');

    await page.goto(`${baseURL}?data=${encodeURIComponent('https://docs.google.com/spreadsheets/d/PRIVATE/edit?usp=sharing')}`);
    await page.locator('[data-testid=timeline][data-state=error]').waitFor();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/not public: in Sheets choose File › Share › Publish to web/);
    await context.close();
  });
});
