/**
 * The timeline's drawing, as SVG files under tests/snapshots/: the bundled chronology across widths,
 * lane modes and both orientations, and a dense synthetic archive whose lanes become density bands.
 * Numbers are rounded and every element sits on a line of its own, so a change's diff shows what
 * moved (the files open in a browser, unstyled). Review a changed snapshot like code: `vitest -u` rewrites them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate';
import { buildIndex } from '../../src/data/buildIndex';
import { buildLaneIndex } from '../../src/data/laneIndex';
import type { LaneMode } from '../../src/data/lanes';
import { parseJsonDataset } from '../../src/data/parseJson';
import { validateDataset } from '../../src/data/validate';
import type { Dataset } from '../../src/data/types';
import { tickLabel } from '../../src/i18n/format';
import { markNamer } from '../../src/i18n/markNames';
import { messages } from '../../src/i18n/messages';
import { createTimelineStore } from '../../src/store/createTimelineStore';
import { StoreProvider } from '../../src/store/StoreContext';
import { timeTicks } from '../../src/time/ticks';
import { timeScale } from '../../src/time/timeScale';
import { PERIOD_STRIP } from '../../src/timeline/sizes';
import { TimelineSvg } from '../../src/timeline/lanes/TimelineSvg';
import { VerticalTimeline } from '../../src/timeline/vertical/VerticalTimelineSvg';
import { layoutLanes } from '../../src/view/lanes/layoutMarks';
import { layoutPeriods } from '../../src/view/periods';
import { shapeAt } from '../../src/view/shapes';
import { paddedExtent } from '../../src/view/zoomMath';

const bundled = parseJsonDataset(readFileSync(resolve(process.cwd(), 'data/events.json'), 'utf8'), 'events.json').dataset;
const archive = validateDataset(generateDataset(3000), 'archive.json').dataset;

interface Case {
  name: string;
  dataset: Dataset;
  width: number;
  height: number;
  lanes?: LaneMode;
  /** The window in view; the whole padded extent by default. */
  window?: [number, number];
  vertical?: boolean;
  selected?: string;
}

const CASES: Case[] = [
  { name: 'bundled-1440-actor', dataset: bundled, width: 1440, height: 560 },
  { name: 'bundled-800-category', dataset: bundled, width: 800, height: 520, lanes: 'category' },
  {
    name: 'bundled-800-one-lane-april-2026',
    dataset: bundled,
    width: 800,
    height: 360,
    lanes: 'none',
    window: [Date.UTC(2026, 3, 20), Date.UTC(2026, 4, 4)],
    selected: 'amendment-2026-04-27',
  },
  { name: 'bundled-320-vertical', dataset: bundled, width: 320, height: 720, vertical: true },
  { name: 'bundled-375-vertical-2026', dataset: bundled, width: 375, height: 720, vertical: true, window: [Date.UTC(2025, 8, 1), Date.UTC(2026, 5, 1)] },
  { name: 'archive-1280-density', dataset: archive, width: 1280, height: 560 },
  { name: 'archive-1280-one-month', dataset: archive, width: 1280, height: 560, window: [Date.UTC(2020, 2, 1), Date.UTC(2020, 3, 1)] },
];

const noop = () => {};

function draw(c: Case): string {
  const index = buildIndex(c.dataset);
  const laneIndex = buildLaneIndex(index, null, c.lanes ?? 'actor');
  const extent = paddedExtent(index.extent);
  const [from, to] = c.window ?? [extent.from, extent.to];
  const length = c.vertical ? c.height : c.width;
  const x = timeScale([from, to], [0, length]);
  const ticks = timeTicks(from, to, length, tickLabel);
  const colors = new Map(c.dataset.actors.map((a) => [a.id, a.color]));
  const shapes = new Map(c.dataset.actors.map((a, i) => [a.id, shapeAt(i)]));
  const pinned = c.selected ? (index.byId.get(c.selected) ?? null) : null;
  const shared = {
    width: c.width,
    colorOf: (id: string | undefined) => (id && colors.get(id)) || '#6b7280',
    shapeOf: (id: string | undefined) => (id && shapes.get(id)) || 'circle',
    selectedId: c.selected ?? null,
    related: new Set<string>(),
    terms: [],
    onSelect: noop,
    nameOf: markNamer(c.dataset, messages()),
    onCluster: noop,
    onPeriod: noop,
    label: `${c.dataset.title}: timeline`,
  };
  const svg = c.vertical ? (
    <VerticalTimeline
      {...shared}
      height={c.height}
      index={laneIndex}
      y={x}
      ticks={ticks}
      pinned={pinned}
      periods={c.dataset.periods.map((period, i) => ({ period, index: i, y0: x(period.start.start), y1: x(period.end.end) }))}
    />
  ) : (
    <TimelineSvg
      {...shared}
      layout={layoutLanes(laneIndex, { x, width: c.width, height: c.height - PERIOD_STRIP, pinned })}
      bands={layoutPeriods(c.dataset.periods, x, c.width)}
      ticks={ticks}
    />
  );
  return readable(renderToStaticMarkup(<StoreProvider store={createTimelineStore()}>{svg}</StoreProvider>));
}

/** One element a line, numbers to a tenth, and the namespace a browser needs to open the file. */
function readable(markup: string): string {
  return `${markup
    .replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" ')
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/></g, '>\n<')}\n`;
}

describe('the timeline as drawn', () => {
  it.each(CASES)('$name', async (c) => {
    const svg = draw(c);
    // Sanity before the picture: it is an SVG with marks, and the selected event is drawn.
    expect(svg).toMatch(/^<svg xmlns=/);
    if (c.selected) expect(svg).toContain(`data-event-id="${c.selected}"`);
    await expect(svg).toMatchFileSnapshot(`../snapshots/${c.name}.svg`);
  });

  it('draws the window it is given, and nothing of it twice', () => {
    const svg = draw(CASES[2]!);
    const ids = [...svg.matchAll(/data-event-id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(3);
  });
});
