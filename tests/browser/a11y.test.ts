/**
 * axe-core on every view and theme of the built app: WCAG 2.2 A and AA rules plus axe's best
 * practices must report no violation. The embed previews inside the builder are the embed view,
 * checked on its own. The test prints what it checked.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateDataset } from '../../bench/generate';
import { useBrowser } from './helpers';

const baseURL = inject('baseURL');
const chromium = useBrowser();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const checked: string[] = [];
let archive = '';

beforeAll(() => {
  archive = JSON.stringify(generateDataset(20_000));
});
afterAll(() => console.log(`axe-core: no violations in\n${checked.map((c) => `  - ${c}`).join('\n')}`));

interface View {
  name: string;
  query: string;
  width?: number;
  /** What shows the view is ready, when it is not the timeline. */
  ready?: string;
  /** Opens what the view is about (a dialog, a menu) once the timeline is ready. */
  open?: (page: Page) => Promise<void>;
}

const VIEWS: View[] = [
  { name: 'timeline, light theme', query: '' },
  { name: 'timeline, dark theme', query: '?theme=dark' },
  { name: 'timeline, automatic theme in a dark system', query: '?theme=auto' },
  { name: 'event details open', query: '?event=amendment-2026-04-27' },
  { name: 'event details, dark theme', query: '?event=legal-threat-2026-03&theme=dark' },
  { name: 'list view', query: '?view=list' },
  { name: 'German, with details', query: '?lang=de&event=amendment-2026-04-27' },
  { name: 'Japanese list view', query: '?lang=ja&view=list' },
  { name: 'Arabic (right to left), with details', query: '?lang=ar&event=amendment-2026-04-27' },
  { name: 'Arabic on a phone', query: '?lang=ar', width: 375 },
  { name: 'Hebrew list view', query: '?lang=he&view=list' },
  { name: 'Hebrew on a phone, with details', query: '?lang=he&event=amendment-2026-04-27', width: 375 },
  { name: 'Korean embed on a phone', query: '?lang=ko&embed=1', width: 375 },
  { name: 'Hindi presenter', query: '?lang=hi&present=1' },
  { name: 'embed builder in Russian', query: '?builder=1&lang=ru', ready: 'h1' },
  { name: 'search and filters applied', query: '?q=azure&actors=microsoft' },
  { name: 'phone, 375 px (vertical timeline)', query: '', width: 375 },
  { name: 'phone, dark theme', query: '?theme=dark', width: 375 },
  { name: 'embed at 375 px', query: '?embed=1', width: 375 },
  { name: 'embed, dark theme with an accent', query: '?embed=1&theme=dark&accent=%23b91c1c', width: 640 },
  { name: 'presenter (dark)', query: '?present=1' },
  { name: 'presenter, light theme', query: '?present=1&theme=light' },
  { name: 'speaker view', query: '?present=1&speaker=1&step=1', ready: '.speaker-step' },
  { name: 'embed builder', query: '?builder=1', ready: 'h1' },
  { name: 'embed builder in French', query: '?builder=1&lang=fr', ready: 'h1' },
  { name: 'open-a-dataset dialog', query: '', open: (p) => p.getByRole('button', { name: 'Open…' }).click() },
  { name: 'keyboard shortcuts dialog', query: '', open: (p) => p.keyboard.press('?') },
  { name: 'export menu', query: '', open: (p) => p.getByRole('button', { name: 'Export' }).click() },
  { name: 'Cite this event, open', query: '?event=legal-threat-2026-03', open: (p) => p.locator('.cite summary').click() },
  { name: 'Disputed filter on, dark theme', query: '?disputed=1&theme=dark' },
  { name: 'a CSV with problems, listed in German', query: '?data=newsroom.csv&lang=de' },
  { name: '20,000-event archive: density bands', query: '?data=archive.json' },
  { name: '20,000-event archive: overflow badges', query: '?data=archive.json&from=2020-03-01&to=2020-04-01' },
  { name: '20,000-event archive on a phone', query: '?data=archive.json&from=2020-03-01&to=2020-03-08', width: 375 },
];

describe('accessibility audit (axe-core)', () => {
  for (const view of VIEWS) {
    it(`${view.name}: no violations`, async () => {
      const context = await chromium().newContext({ viewport: { width: view.width ?? 1280, height: 800 }, colorScheme: 'dark' });
      await context.route('**/archive.json', (route) => route.fulfill({ body: archive, contentType: 'application/json' }));
      await context.route('**/newsroom.csv', (route) =>
        route.fulfill({ body: 'id,start,title,colour\na,2026-04-27,Fine,red\nb,27 April,Bad date,blue\n', contentType: 'text/csv' }),
      );
      const page = await context.newPage();
      await page.goto(baseURL + view.query);
      await page
        .locator(view.ready ?? '[data-testid=timeline][data-state=ready]')
        .first()
        .waitFor({ timeout: 30_000 });
      // The full page's overview (the timeline's scrollbar) arrives just after the timeline: audit it too.
      if (!view.width && !/embed|present|builder/.test(view.query)) await page.getByRole('scrollbar').waitFor({ timeout: 10_000 });
      await view.open?.(page);
      // Let transitions and lazy parts settle: axe reads colours as painted.
      await page.waitForTimeout(300);
      const result = await new AxeBuilder({ page }).withTags(TAGS).exclude('iframe').analyze();
      const found = result.violations.map(
        (v) =>
          `${v.id}: ${v.help} (${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join('; ')})`,
      );
      expect(found).toEqual([]);
      checked.push(`${view.name} (${view.query || 'no parameters'}): ${result.passes.length} rules passed`);
      await context.close();
    });
  }
});
