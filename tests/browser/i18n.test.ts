/**
 * The interface's words, dates, axis labels and amounts in the reader's language: `?lang=` first,
 * then the dataset's `locale`, then the browser. The dataset's own text keeps its language, marked
 * with `lang` so a screen reader switches voice.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { gesturesReady, openApp, SHOTS, useBrowser } from './helpers';

const baseURL = inject('baseURL');
const chromium = useBrowser();
// Unfolded: the year's axis shows every month (folded, the eventless summer of 2025 would be a break).
const AMAZON = 'event=amazon-investment-2026-02&from=2025-07-01&to=2026-07-01&fold=0';
/** Intl puts a no-break space between a number and its unit. */
const NBSP = '\u00a0';

const axisLabels = (page: import('playwright-core').Page) => page.locator('.axis-svg .tick-label').allTextContents();

describe('languages', () => {
  it('?lang=de writes German month names, dates and amounts', async () => {
    const { page, context, errors } = await openApp(chromium(), baseURL, `?lang=de&${AMAZON}`);
    expect(await page.locator('.detail-date').textContent()).toBe('Feb. 2026');
    expect(await page.locator('.amounts strong').first().textContent()).toBe(`50 Milliarden${NBSP}$`);
    // A month on its own as Intl writes it in German (its stand-alone abbreviations: "Okt", "Mär").
    const months = await page.evaluate(() =>
      Array.from({ length: 12 }, (_, m) => new Intl.DateTimeFormat('de', { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2026, m, 15))),
    );
    expect(months).toContain('Okt');
    expect(await axisLabels(page)).toEqual(expect.arrayContaining(months));
    // A day-precision date: "27. Apr. 2026".
    await page.goto(`${baseURL}?lang=de&event=amendment-2026-04-27`);
    await page.locator('.detail-date').waitFor();
    expect(await page.locator('.detail-date').textContent()).toBe('27. Apr. 2026');
    // The interface speaks German; the English dataset is marked as English.
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    expect(await page.locator('h1').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('searchbox', { name: 'Ereignisse durchsuchen' }).getAttribute('placeholder')).toBe(
      'Titel, Zusammenfassungen, Zitate, Quellen durchsuchen',
    );
    expect(await page.locator('.match-count').textContent()).toBe('29 Ereignisse');
    expect((await page.getByRole('button', { name: 'Präsentieren' }).count()) + (await page.getByRole('link', { name: 'Präsentieren' }).count())).toBe(1);
    expect(await page.getByRole('group', { name: 'Microsoft and OpenAI: the end of exclusivity: Zeitleiste' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Quellen' }).count()).toBe(1);
    await page.keyboard.press('?');
    await expect.poll(() => page.getByRole('dialog', { name: 'Tastenkürzel' }).getByText('Nächstes Ereignis auswählen').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('?lang=ja writes years, months and amounts the Japanese way', async () => {
    const { page, context, errors } = await openApp(chromium(), baseURL, `?lang=ja&${AMAZON}`);
    expect(await page.locator('.detail-date').textContent()).toBe('2026年2月');
    expect(await page.locator('.amounts strong').first().textContent()).toBe('$500億');
    expect(await axisLabels(page)).toEqual(expect.arrayContaining(['7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月', '4月', '5月', '6月']));
    await page.goto(`${baseURL}?lang=ja&event=amendment-2026-04-27`);
    await page.locator('.detail-date').waitFor();
    expect(await page.locator('.detail-date').textContent()).toBe('2026年4月27日');
    expect(await page.locator('html').getAttribute('lang')).toBe('ja');
    expect(await page.locator('.match-count').textContent()).toBe('29 件の出来事');
    expect(await page.getByRole('heading', { name: '出典' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: '詳細を閉じる' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a Korean reader with no ?lang= gets Korean dates and words; a Swedish one Swedish dates and English words', async () => {
    for (const [locale, date, words, htmlLang] of [
      ['ko-KR', '2026년 4월 27일', '출처', 'ko-KR'],
      ['sv-SE', '27 apr. 2026', 'Sources', 'en'],
      ['pt-BR', '27 de abr. de 2026', 'Fontes', 'pt-BR'],
    ] as const) {
      const context = await chromium().newContext({ viewport: { width: 1280, height: 800 }, locale });
      // A newsroom's dataset that names no locale (the bundled one names English, which would decide).
      const story = {
        title: 'The signing',
        events: [{ id: 'signing', start: '2026-04-27', title: 'The signing', sources: [{ name: 'Port Gazette', url: 'https://example.org/' }] }],
      };
      await context.route('**/story.json', (route) => route.fulfill({ body: JSON.stringify(story), contentType: 'application/json' }));
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${baseURL}?data=story.json&event=signing`);
      await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
      // What Intl itself writes for that day in that locale.
      expect(
        await page.evaluate(
          ([l]) => new Intl.DateTimeFormat(l, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, 3, 27)),
          [locale],
        ),
      ).toBe(date);
      await expect.poll(() => page.locator('.detail-date').textContent()).toBe(date);
      expect(await page.getByRole('heading', { name: words }).count()).toBe(1);
      expect(await page.locator('html').getAttribute('lang')).toBe(htmlLang);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('?lang=ar: the chrome mirrors, the words are Arabic, dates and counts are Arabic’s', async () => {
    for (const width of [1280, 375]) {
      const { page, context, errors } = await openApp(chromium(), baseURL, '?lang=ar&event=amendment-2026-04-27', { width, height: 800 });
      expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
      expect(await page.locator('html').getAttribute('lang')).toBe('ar');
      const expected = await page.evaluate(() =>
        new Intl.DateTimeFormat('ar', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, 3, 27)),
      );
      await expect.poll(() => page.locator('.detail-date').textContent()).toBe(expected);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SHOTS}/lang-ar-${width}.png`, fullPage: width < 400 });
      expect(errors).toEqual([]);
      await context.close();
    }
    for (const width of [1280, 375]) {
      const { page, context } = await openApp(chromium(), baseURL, '?lang=he&event=amendment-2026-04-27', { width, height: 800 });
      expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
      await page.screenshot({ path: `${SHOTS}/lang-he-${width}.png`, fullPage: width < 400 });
      await context.close();
    }
  });

  it('in Arabic time runs right to left: later is leftward, ← steps forward, a drag to the right goes later; axis=ltr keeps it left to right', async () => {
    const starts = new Map(
      (JSON.parse(readFileSync('data/events.json', 'utf8')) as { events: { id: string; start: string }[] }).events.map((e) => [e.id, e.start]),
    );
    const { page, context, errors } = await openApp(chromium(), baseURL, '?lang=ar&from=2025-09-01&to=2026-06-01&event=amazon-investment-2026-02');
    const timeline = page.getByTestId('timeline');
    expect(await timeline.getAttribute('data-axis')).toBe('rtl');
    // Where an event's mark is: its dot, or its bar's start.
    const centre = async (id: string) => {
      const box = (await page.locator(`.timeline-svg [data-event-id="${id}"] :is(.mark-dot, .mark-bar)`).first().boundingBox())!;
      return box.x + box.width / 2;
    };
    // April's amendment lies to the left of February's deal.
    expect(await centre('amendment-2026-04-27')).toBeLessThan(await centre('amazon-investment-2026-02'));
    const selected = async () => new URL(page.url()).searchParams.get('event');
    const before = (await selected())!;
    await page.locator('[data-event-id="amazon-investment-2026-02"]').focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(selected).not.toBe(before);
    expect(starts.get((await selected())!)! >= starts.get(before)!).toBe(true);
    // Focus followed the step: on the newly selected mark, never on <body>.
    expect(await page.evaluate(() => document.activeElement?.closest('[data-event-id]')?.getAttribute('data-event-id'))).toBe(await selected());
    await page.keyboard.press('ArrowRight');
    await expect.poll(selected).toBe(before);
    await page.screenshot({ path: `${SHOTS}/rtl-axis-ar.png` });
    // A drag to the right brings what lies to the left, which is later.
    const from = (await timeline.getAttribute('data-from'))!;
    // Low in the lanes' visible part, below the marks (the drawing may run on below the fold).
    const box = (await page.locator('.timeline-canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 24);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 200, box.y + box.height - 24, { steps: 8 });
    await page.mouse.up();
    await expect.poll(async () => (await timeline.getAttribute('data-from'))! > from).toBe(true);
    // The overview's brush, drawn the same way: dragged to the left, it goes later.
    await page.goto(`${baseURL}?lang=ar&from=2020-01-01&to=2021-01-01&fold=0`);
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    const brush = (await page.locator('.brush .selection').boundingBox())!;
    await page.mouse.move(brush.x + brush.width / 2, brush.y + brush.height / 2);
    await page.mouse.down();
    await page.mouse.move(brush.x + brush.width / 2 - 300, brush.y + brush.height / 2, { steps: 6 });
    await page.mouse.up();
    await expect.poll(async () => (await timeline.getAttribute('data-from'))! > '2022-01-01').toBe(true);
    expect(errors).toEqual([]);
    await page.goto(`${baseURL}?lang=ar&axis=ltr&from=2025-09-01&to=2026-06-01`);
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    expect(await timeline.getAttribute('data-axis')).toBe('ltr');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await centre('amendment-2026-04-27')).toBeGreaterThan(await centre('amazon-investment-2026-02'));
    await context.close();
  });

  it('in an Arabic embed on a phone, two fingers drawn to the right bring later times in, and a pinch zooms', async () => {
    const context = await chromium().newContext({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${baseURL}?embed=1&lang=ar&orientation=horizontal&from=2025-09-01&to=2026-06-01`);
    const timeline = page.getByTestId('timeline');
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    await gesturesReady(page);
    expect(await timeline.getAttribute('data-axis')).toBe('rtl');
    const box = (await page.locator('.timeline-canvas').boundingBox())!;
    const cdp = await context.newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: [number, number][]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
    const drag = async (from: (i: number) => [number, number][]) => {
      await touch('touchStart', from(0));
      for (let i = 1; i <= 8; i++) await touch('touchMove', from(i));
      await touch('touchEnd', []);
    };
    const from0 = (await timeline.getAttribute('data-from'))!;
    const y = (f: number) => box.y + box.height * f;
    await drag((i) => [
      [box.x + 100 + i * 20, y(0.3)],
      [box.x + 100 + i * 20, y(0.6)],
    ]);
    await expect.poll(async () => (await timeline.getAttribute('data-from'))! > from0).toBe(true);
    const span = async () => Date.parse((await timeline.getAttribute('data-to'))!) - Date.parse((await timeline.getAttribute('data-from'))!);
    const before = await span();
    const mid = box.x + box.width / 2;
    await expect
      .poll(
        async () => {
          await drag((i) => [
            [mid - 30 - i * 12, y(0.3)],
            [mid + 30 + i * 12, y(0.3)],
          ]);
          return span();
        },
        { timeout: 10_000 },
      )
      .toBeLessThan(before * 0.7);
    await page.screenshot({ path: `${SHOTS}/rtl-embed-touch.png` });
    await context.close();
  });

  it('without ?lang=, the dataset’s locale decides; the link overrides it', async () => {
    const dataset = JSON.stringify({
      title: 'Chronologie',
      locale: 'fr',
      actors: [{ id: 'a', name: 'A' }],
      events: [{ id: 'e', start: '2026-02-14', title: 'Un événement', actors: ['a'], amounts: [{ value: 5e9, currency: 'EUR' }] }],
    });
    const context = await chromium().newContext();
    await context.route('**/fr.json', (route) => route.fulfill({ body: dataset, contentType: 'application/json' }));
    const page = await context.newPage();
    await page.goto(`${baseURL}?data=fr.json&event=e`);
    await page.locator('.detail-date').waitFor();
    expect(await page.locator('.detail-date').textContent()).toBe('14 févr. 2026');
    expect(await page.locator('.amounts strong').textContent()).toBe(`5 milliards${NBSP}€`);
    await page.goto(`${baseURL}?data=fr.json&event=e&lang=es`);
    await page.locator('.detail-date').waitFor();
    expect(await page.locator('.detail-date').textContent()).toBe('14 feb 2026');
    await context.close();
  });

  it('the builder speaks the link’s language and sets the embed’s; other views keep ?lang=', async () => {
    const context = await chromium().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseURL}?builder=1&lang=fr`);
    await page.getByRole('heading', { name: 'Créer une intégration' }).waitFor();
    await page.getByLabel('Langue').selectOption('ja');
    const snippet = await page.getByRole('textbox', { name: 'Code d’intégration' }).inputValue();
    expect(snippet).toContain('lang=ja');
    // The preview is the snippet as pasted into a page: the embed is the frame inside it.
    const preview = page.frameLocator('iframe[title="Aperçu en largeur ordinateur"]').frameLocator('iframe');
    await expect.poll(() => preview.locator('.match-count').textContent()).toBe('29 件の出来事');
    expect(await page.getByRole('link', { name: 'Revenir à la frise' }).getAttribute('href')).toMatch(/lang=fr$/);
    // The main page's Present link keeps the language.
    await page.goto(`${baseURL}?lang=es`);
    await page.locator('[data-testid=timeline][data-state=ready]').waitFor();
    await page.getByRole('link', { name: 'Presentar' }).hover();
    expect(await page.getByRole('link', { name: 'Presentar' }).getAttribute('href')).toMatch(/[?&]lang=es(&|$)/);
    await context.close();
  });

  it('a dataset’s problems are listed in the reader’s language, with what and where', async () => {
    const csv = 'id,start,title,mood\na,2026-04-27,Fine,calm\nb,27 April,Bad date,tense\n';
    const context = await chromium().newContext();
    await context.route('**/newsroom.csv', (route) => route.fulfill({ body: csv, contentType: 'text/csv' }));
    const page = await context.newPage();
    const problems = async (lang: string) => {
      await page.goto(`${baseURL}?data=newsroom.csv&lang=${lang}`);
      const list = page.locator('details.problems');
      await list.locator('li').first().waitFor();
      return { summary: await list.locator('summary').textContent(), items: await list.locator('li').allTextContents() };
    };
    const de = await problems('de');
    expect(de.items).toEqual([
      'Warnung newsroom.csv, Zeile 1, Spalte 4: Chronicle liest keine Spalte „mood“; sie wurde ignoriert',
      'Fehler newsroom.csv, Tabellenzeile 3 (Zeile 3), Spalte „start“: „27 April“ ist kein Datum, das Chronicle liest: schreiben Sie 2026-04-27, 27. April 2026, April 2026 oder 2026',
    ]);
    // The valid row still shows, in a lane named in German.
    await page.locator('[data-event-id="a"]').waitFor();
    expect(await page.locator('.lane-label').allTextContents()).toEqual(['Ohne Akteur']);
    const ja = await problems('ja');
    expect(ja.items[1]).toBe(
      'エラー newsroom.csv, 3 番目の行（3 行目）、列「start」: 「27 April」は Chronicle が読める日付ではありません。2026-04-27、2026年4月27日、2026年4月、2026 のように書いてください',
    );
    await context.close();
  });

  it('a dataset that cannot be loaded is explained in the link’s language', async () => {
    const { page, context } = await openAppExpectingError(`?lang=de&data=nowhere.json`);
    expect(await page.getByRole('alert').textContent()).toMatch(
      /^Dieser Datensatz kann nicht angezeigt werden: .*nowhere\.json konnte nicht abgerufen werden \(.*\); prüfen Sie die Adresse/,
    );
    await context.close();
  });
});

describe('right-to-left', () => {
  it('the chrome mirrors for a right-to-left language while time still runs left to right', async () => {
    // A window with room for the selected event's label, whatever the header's height leaves the lanes.
    const { page, context } = await openApp(chromium(), baseURL, '?event=amendment-2026-04-27&from=2026-03-15&to=2026-06-15');
    const label = page.locator('[data-event-id="amendment-2026-04-27"] .mark-label');
    const ltrLabel = (await label.boundingBox())!;
    // What boot.tsx does for an Arabic or Hebrew catalogue (dirOf in i18n/lang.ts).
    await page.evaluate(() => (document.documentElement.dir = 'rtl'));
    const panel = (await page.locator('.detail').boundingBox())!;
    const timeline = (await page.getByTestId('timeline').boundingBox())!;
    const close = (await page.getByRole('button', { name: 'Close details' }).boundingBox())!;
    expect(panel.x).toBeLessThan(timeline.x);
    expect(close.x - panel.x).toBeLessThan(panel.width / 2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    // The timeline itself is unchanged: same label, same place within it.
    const rtlLabel = (await label.boundingBox())!;
    expect(rtlLabel.x - timeline.x).toBeCloseTo(ltrLabel.x, 0);
    expect(rtlLabel.width).toBeCloseTo(ltrLabel.width, 0);
    await page.screenshot({ path: `${SHOTS}/rtl.png` });
    await context.close();
  });
});

async function openAppExpectingError(query: string) {
  const context = await chromium().newContext();
  // As if the newsroom's server were down.
  await context.route('**/nowhere.json', (route) => route.abort('connectionrefused'));
  const page = await context.newPage();
  await page.goto(baseURL + query);
  await page.locator('[data-testid=timeline][data-state=error]').waitFor();
  return { page, context };
}
