/** Exports keep sources as the dataset has them: by id with the list (JSON), by label (CSV, sources line). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJsonDataset } from '../../src/data/parseJson';
import { parseDataset } from '../../src/data/parseDataset';
import { validateDataset } from '../../src/data/validate';
import { sourcesLine } from '../../src/i18n/sourcesLine';
import { datasetToCsv } from '../../src/export/toCsv';
import { SHEET_COLUMNS } from '../../src/data/formats/sheetLayout';
import { datasetToJson } from '../../src/export/toJson';
import { graphemes, wrapText } from '../../src/export/wrapText';
import { collidingGroups, placeLabels, type LabelInput, type LabelMetrics, type PlacedBlock } from '../../src/export/placeLabels';
import { layoutExport, type ExportInput } from '../../src/export/exportLayout';
import { exportSvg, safeHref } from '../../src/export/exportSvg';
import { timeScale, type TimeScale } from '../../src/time/timeScale';

const fixture = readFileSync(new URL('../browser/fixtures/sources.json', import.meta.url), 'utf8');
const { dataset } = parseJsonDataset(fixture, 'sources.json');
const only = (...ids: string[]) => dataset.events.filter((e) => ids.includes(e.id));
const exported = (...ids: string[]) => JSON.parse(datasetToJson(dataset, ids.length ? only(...ids) : dataset.events));

describe('datasetToJson', () => {
  it('round-trips: JSON → validate → export → validate gives an equal dataset', () => {
    const again = parseJsonDataset(datasetToJson(dataset, dataset.events), 'exported.json');
    expect(again.problems).toEqual([]);
    expect(again.dataset).toEqual(dataset);
    // …with its sharing: the re-read events cite the re-read list's objects.
    const amendment = again.dataset.events.find((e) => e.id === 'amendment')!;
    expect(amendment.sources[0]).toBe(again.dataset.sources.find((s) => s.id === 'moccet'));
    expect(amendment.quotes[0]!.source).toBe(again.dataset.sources.find((s) => s.id === 'bedrock'));
  });

  it('cites listed sources by id and keeps inline ones inline', () => {
    const out = exported('amendment');
    expect(out.events[0].sources).toEqual(['moccet', 'ft-via-reshape', { name: 'Inline Outlet', url: 'https://example.com/inline' }]);
    expect(out.events[0].quotes[0].source).toBe('bedrock');
    expect(out.periods[0].sources).toEqual(['moccet']);
  });

  it.each([
    ['every event', [], ['moccet', 'axios', 'reshape', 'ft-via-reshape', 'bedrock']],
    // The period cites Moccet; the Financial Times' report brings the article that reported it; the quote brings Bedrock.
    ['the amendment', ['amendment'], ['moccet', 'reshape', 'ft-via-reshape', 'bedrock']],
    ['the AWS event', ['aws'], ['moccet', 'axios']],
  ])('writes only the listed sources cited, in the list’s order: %s', (_, ids, listed) => {
    expect(exported(...ids).sources.map((s: { id: string }) => s.id)).toEqual(listed);
  });

  it('writes each listed source’s fields as the file had them', () => {
    const sources = exported().sources;
    expect(sources[1]).toEqual({
      id: 'axios',
      name: 'Axios',
      title: 'OpenAI breaks free of Microsoft’s cloud',
      url: 'https://example.com/axios',
      date: '2026-04-28',
    });
    expect(sources[3]).toEqual({ id: 'ft-via-reshape', name: 'Financial Times', via: 'reshape' });
  });

  it('writes an old file as before: no sources list, inline sources', () => {
    const old = validateDataset(
      { events: [{ id: 'e', start: '2026', title: 'E', sources: [{ name: 'CNBC', url: 'https://cnbc.com/x' }, { name: 'Axios' }] }] },
      'old.json',
    ).dataset;
    const out = JSON.parse(datasetToJson(old, old.events));
    expect(out).not.toHaveProperty('sources');
    expect(out.periods).toEqual([]);
    expect(out.events[0].sources).toEqual([{ name: 'CNBC', url: 'https://cnbc.com/x' }, { name: 'Axios' }]);
  });
});

describe('datasetToCsv', () => {
  it('writes one sheet: the title row, the events, then the records they cite, each by its type', () => {
    const csv = datasetToCsv(dataset, only('amendment', 'aws'));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(SHEET_COLUMNS.join(','));
    expect(lines[1]).toMatch(/^title,,,,/);
    expect(csv).toMatch(/\r\nsource,moccet,/);
    // An inline source keeps its link in angle brackets; a listed one is cited by id.
    expect(csv).toContain('Inline Outlet <https://example.com/inline>');
    expect(csv).toMatch(/\r\n,aws,2026-04-28,.*,axios,/);
  });

  it('is read back as the same dataset', () => {
    const events = only('amendment', 'aws');
    const back = parseDataset(datasetToCsv(dataset, events), 'back.csv');
    expect(back.problems).toEqual([]);
    expect(datasetToJson(back.dataset, back.dataset.events)).toBe(datasetToJson(dataset, events));
  });
});

describe('sourcesLine', () => {
  it('names the events’ sources by their labels, once each', () => {
    expect(sourcesLine(only('amendment', 'aws'))).toBe(
      'Sources: Moccet; Financial Times, as reported by Microsoft and OpenAI Reshape Partnership Amid Amazon Investment; Inline Outlet; Axios',
    );
  });

  it('puts the dataset’s list first, in its order, when given', () => {
    expect(sourcesLine(only('aws'), 2, undefined, dataset.sources)).toBe('Sources: Moccet; Axios; and 3 more');
  });

  it('cuts an inline name to its outlet, as before', () => {
    const old = validateDataset(
      {
        events: [
          {
            id: 'e',
            start: '2026',
            title: 'E',
            sources: [{ name: 'Axios: OpenAI breaks free (28 Apr 2026)' }, { name: 'Financial Times, as cited by Moccet' }],
          },
        ],
      },
      'old.json',
    ).dataset;
    expect(sourcesLine(old.events)).toBe('Sources: Axios; Financial Times');
  });
});

/** Every character 7 px wide, whatever the font: enough to check the geometry. */
const measure7 = (text: string) => graphemes(text).length * 7;

describe('wrapText', () => {
  it.each([
    ['fits on one line', 'Amazon invests', 200, ['Amazon invests']],
    ['breaks at the last space that fits', 'Amended agreement ends Azure exclusivity', 140, ['Amended agreement', 'ends Azure', 'exclusivity']],
    ['keeps a no-break space', 'Oct 2025\u00a0· Deal', 56, ['Oct', '2025\u00a0·', 'Deal']],
    ['breaks a word too long for any line between its characters', 'Supercalifragilistic', 70, ['Supercalif', 'ragilistic']],
    ['breaks between CJK characters', 'マイクロソフトが出資', 35, ['マイクロソ', 'フトが出資']],
    ['collapses runs of spaces', '  a   b  ', 100, ['a b']],
    ['gives nothing for nothing', '', 100, []],
  ])('%s', (_, text, width, lines) => {
    expect(wrapText(text, width, measure7)).toEqual(lines);
  });

  it('never loses or cuts a character', () => {
    const title = 'Microsoft reports $7.5 billion from its OpenAI investment in a quarter';
    for (const width of [30, 60, 100, 180, 400]) {
      const lines = wrapText(title, width, measure7);
      // Lines break at spaces, or inside a word wider than a line.
      expect(lines.join('').replace(/ /g, '')).toBe(title.replace(/ /g, ''));
      if (width >= 100) expect(lines.join(' ')).toBe(title);
      for (const line of lines) expect(measure7(line)).toBeLessThanOrEqual(width);
    }
  });
});

describe('collidingGroups', () => {
  it.each([
    [[0, 5, 40], 13, [[0, 1], [2]]],
    [[40, 0, 5], 13, [[1, 2], [0]]],
    // A chain: each mark collides with the next, so all three are one list.
    [[0, 10, 20], 13, [[0, 1, 2]]],
    [[0, 0, 0, 100], 13, [[0, 1, 2], [3]]],
    [[], 13, []],
  ])('%j within %d px → %j', (xs, collide, groups) => {
    expect(collidingGroups(xs, collide)).toEqual(groups);
  });
});

describe('placeLabels', () => {
  const metrics: LabelMetrics = { left: 16, right: 624, maxWidth: 170, listWidth: 240, minWidth: 110, lineHeight: 17, collide: 13, measure: measure7 };
  const title = (i: number) =>
    `Event ${i} · ${['Amended agreement ends Azure exclusivity', 'Microsoft shares fall', 'OpenAI agrees to buy another $250 billion of Azure'][i % 3]}`;
  const at = (...xs: number[]): LabelInput[] => xs.map((x, i) => ({ x, text: title(i) }));

  type Rect = { x0: number; x1: number; h0: number; h1: number };
  const rowsOf = (blocks: PlacedBlock[]) =>
    blocks.flatMap((b) =>
      b.rows.map((r) => {
        const height = r.lines.length * metrics.lineHeight;
        const rect: Rect = {
          x0: r.textX,
          x1: r.textX + Math.max(...r.lines.map(measure7)),
          h0: b.side === 'above' ? r.top - height : r.top,
          h1: b.side === 'above' ? r.top : r.top + height,
        };
        return { ...r, side: b.side, rect };
      }),
    );
  const inside = (x: number, h: number, r: Rect) => x > r.x0 && x < r.x1 && h > r.h0 && h < r.h1;
  const cross = (a: number[], b: number[]) => {
    // Proper intersection of segments a and b ([x1, y1, x2, y2]); touching ends do not count.
    const d = (p: number[], q: number[], r: number[]) => (q[0]! - p[0]!) * (r[1]! - p[1]!) - (q[1]! - p[1]!) * (r[0]! - p[0]!);
    const [p1, p2, p3, p4] = [a.slice(0, 2), a.slice(2), b.slice(0, 2), b.slice(2)];
    return d(p3, p4, p1) * d(p3, p4, p2) < 0 && d(p1, p2, p3) * d(p1, p2, p4) < 0;
  };

  it.each([
    ['sparse marks', at(40, 200, 360, 520)],
    ['a dense day in the middle', at(300, 300, 301, 302, 305, 310)],
    ['a dense month at the right edge', at(590, 592, 596, 600, 605, 610, 612)],
    ['everything at once', at(20, 22, 150, 300, 302, 304, 306, 450, 600, 603, 620)],
    ['marks one collision apart all the way', at(...Array.from({ length: 30 }, (__, i) => 100 + i * 12))],
  ])('%s: every title whole, once, with no text overlapping text and no leader through text or across another', (_name, inputs) => {
    const rows = rowsOf(placeLabels(inputs, metrics));
    expect(rows.map((r) => r.index).sort((a, b) => a - b)).toEqual(inputs.map((__, i) => i));
    for (const r of rows) {
      expect(r.lines.join(' ').replace(/ /g, '')).toBe(inputs[r.index]!.text.replace(/ /g, ''));
      expect(r.lines.join(' ')).not.toContain('…');
      expect(r.rect.x0).toBeGreaterThanOrEqual(metrics.left);
      expect(r.rect.x1).toBeLessThanOrEqual(metrics.right);
      expect(r.rect.h0).toBeGreaterThan(0);
    }
    for (const a of rows) {
      const leader = [inputs[a.index]!.x, 0, a.anchorX, a.anchorH];
      for (const b of rows) {
        if (a === b || a.side !== b.side) continue;
        const overlap = a.rect.x0 < b.rect.x1 && b.rect.x0 < a.rect.x1 && a.rect.h0 < b.rect.h1 && b.rect.h0 < a.rect.h1;
        expect(overlap, `${a.index} overlaps ${b.index}`).toBe(false);
        const through = Array.from({ length: 101 }, (_, k) => k / 100).some((t) => inside(leader[0]! + (leader[2]! - leader[0]!) * t, leader[3]! * t, b.rect));
        expect(through, `leader of ${a.index} through ${b.index}`).toBe(false);
        expect(cross(leader, [inputs[b.index]!.x, 0, b.anchorX, b.anchorH]), `leaders ${a.index} and ${b.index} cross`).toBe(false);
      }
    }
  });

  it('lists a dense group earliest first, reading down, on either side of the track', () => {
    for (const xs of [
      [300, 301, 302, 303],
      [600, 601, 602, 603],
    ]) {
      const [block] = placeLabels(at(...xs), metrics);
      const reading = [...block!.rows].sort((a, b) => (block!.side === 'above' ? b.top - a.top : a.top - b.top));
      expect(reading.map((r) => r.index)).toEqual([0, 1, 2, 3]);
    }
    expect(placeLabels(at(600, 601, 602, 603), metrics)[0]!.side).toBe('below');
  });
});

describe('layoutExport', () => {
  const Y = (year: number, month = 1) => Date.UTC(year, month - 1, 1);
  /** A scale that folds 2020–2025 into 40 px, as folded time will: the layout must only ever call it. */
  const folded = (range: [number, number]): TimeScale => {
    const knots: [number, number][] = [
      [Y(2019), range[0]],
      [Y(2020), range[0] + 100],
      [Y(2025), range[0] + 140],
      [Y(2027), range[1]],
    ];
    const piece = (v: number, a: 0 | 1, b: 0 | 1) => {
      const k = Math.max(
        1,
        knots.findIndex((p) => p[a] >= v),
      );
      const [p, q] = [knots[k - 1]!, knots[Math.min(k, knots.length - 1)]!];
      return p[b] + ((v - p[a]) / (q[a] - p[a] || 1)) * (q[b] - p[b]);
    };
    const scale = ((ms: number) => piece(ms, 0, 1)) as TimeScale;
    scale.invert = (px: number) => piece(px, 1, 0);
    return Object.assign(scale, { domain: [Y(2019), Y(2027)] as const, range });
  };
  const event = (id: string, from: number, title: string, to = from + 86_400_000) => ({
    id,
    from,
    to,
    date: new Date(from).toISOString().slice(0, 10),
    title,
    color: '#1f5fbf',
    shape: 'circle' as const,
  });
  const input = (width: number, scale: TimeScale, many = 0): ExportInput => ({
    width,
    scale,
    title: 'Microsoft and OpenAI: the end of exclusivity',
    description: 'How the partnership went from Azure exclusivity in 2019 to the non-exclusive amendment of 27 April 2026.',
    meta: '1 Jan 2019 – 31 Dec 2026 · 6 events',
    periods: [{ title: 'Azure exclusivity', from: Y(2019, 7), to: Y(2025, 10) }],
    lanes: [
      {
        label: 'Microsoft',
        color: '#1f5fbf',
        shape: 'circle',
        events: [
          event('invest', Y(2019, 7), 'Microsoft invests $1 billion in OpenAI'),
          ...Array.from({ length: 4 + many }, (_, i) =>
            event(`apr-${i}`, Y(2026, 4) + i * 3_600_000, `Amended agreement number ${i} ends Azure exclusivity for good`),
          ),
        ],
      },
      { label: 'Amazon', events: [event('aws', Y(2026, 2), 'Amazon to invest up to $50 billion in OpenAI', Y(2026, 6))] },
    ],
    ticks: [2019, 2020, 2025, 2026].map((y) => ({ value: Y(y), label: String(y) })),
    majorTicks: [],
    sources: 'Sources: Axios; CNBC; Financial Times, as reported by Microsoft and OpenAI Reshape Partnership Amid Amazon Investment; Moccet; The Next Web',
    credit: 'Made with Chronicle',
    creditHref: 'https://example.com/?from=2019',
  });
  const squash = (s: string) => s.replace(/\s+/g, '');
  const allText = (d: ReturnType<typeof layoutExport>) => d.items.flatMap((i) => (i.kind === 'text' ? [i.runs.map((r) => r.text).join('')] : [])).join(' ');

  it.each([1280, 640, 375])('at %d px, draws every title, the sources and the credit whole, and never a cluster', (width) => {
    const drawing = layoutExport(input(width, timeScale([Y(2019), Y(2027)], [16, width - 16])), (t) => measure7(t));
    const text = squash(allText(drawing));
    const given = input(width, timeScale([0, 1], [0, 1]));
    for (const e of given.lanes.flatMap((l) => l.events)) expect(text).toContain(squash(e.title));
    expect(text).toContain(squash(given.sources));
    expect(text).toContain('MadewithChronicle');
    expect(text).not.toMatch(/…|\+\d/);
    expect(drawing.width).toBe(width);
    for (const i of drawing.items) if (i.kind === 'text') expect(i.x + measure7(i.runs.map((r) => r.text).join(''))).toBeLessThanOrEqual(width);
  });

  it('puts each mark where the scale says, folded or not', () => {
    const scale = folded([16, 624]);
    const drawing = layoutExport(input(640, scale), (t) => measure7(t));
    const marks = drawing.items.flatMap((i) => (i.kind === 'mark' && i.r === 5 ? [i.x] : []));
    const expected = input(640, scale).lanes.flatMap((l) => l.events.map((e) => scale(e.from)));
    expect(marks.sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
    // 2020 and 2025 are 40 px apart on the folded axis, not five years' worth of a linear one.
    const grid = drawing.items.flatMap((i) => (i.kind === 'line' && i.stroke === '#e4e8ef' ? [i.x1] : []));
    expect(grid).toEqual([16, 116, 156, scale(Y(2026))]);
  });

  it('grows taller, not wider, as the view fills', () => {
    const scale = timeScale([Y(2019), Y(2027)], [16, 624]);
    const few = layoutExport(input(640, scale), (t) => measure7(t));
    const more = layoutExport(input(640, scale, 12), (t) => measure7(t));
    expect(more.width).toBe(640);
    expect(more.height).toBeGreaterThan(few.height + 12 * 17);
  });
});

describe('exportSvg', () => {
  const drawing = (text: string, href?: string) => ({
    width: 100,
    height: 50,
    items: [{ kind: 'text' as const, x: 0, y: 10, runs: [{ text, fill: '#000000' }], font: { size: 12, weight: 400 as const }, href }],
  });

  it('writes dataset text as text, never as markup, and styles by attributes only (the page’s CSP refuses inline styles)', () => {
    const svg = exportSvg(drawing('<script>alert(1)</script> & "Ü"'), 'T <b>');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Ü&quot;');
    expect(svg).toContain('<title>T &lt;b&gt;</title>');
    expect(svg).not.toMatch(/<script|style=|<style/);
  });

  it.each([
    ['https://example.com/a?b=1&c=2', 'https://example.com/a?b=1&c=2'],
    ['http://example.com/', 'http://example.com/'],
    ['mailto:desk@example.com', 'mailto:desk@example.com'],
    ['javascript:alert(1)', undefined],
    ['data:text/html,<b>x</b>', undefined],
    ['not a url', undefined],
  ])('links %s only if http, https or mailto', (href, kept) => {
    expect(safeHref(href)).toBe(kept);
    const svg = exportSvg(drawing('credit', href), 't');
    if (kept) expect(svg).toContain(`<a href="${kept.replace(/&/g, '&amp;')}">`);
    else expect(svg).not.toContain('<a ');
  });
});
