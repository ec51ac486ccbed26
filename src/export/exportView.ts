/**
 * Downloads: the filtered events as CSV or JSON, and the view as an image made to publish (SVG or
 * PNG): every event in the window with its whole title, grouped by lane, on a true time axis, with
 * the title, description and every source (exportLayout.ts). Loaded on demand.
 */
import { listInWindow } from '../data/laneIndex';
import { compareEvents } from '../data/sortEvents';
import { leadActor } from '../data/lanes';
import type { TimelineState } from '../store/createTimelineStore';
import { selectFilteredEvents, selectLaneIndex, selectTimeRtl } from '../store/selectors';
import { formatDay, formatEventDate, tickLabel } from '../i18n/format';
import { eventCount } from '../i18n/messages';
import { laneLabel } from '../i18n/laneWords';
import { moreMessages } from '../i18n/more/more';
import { sourcesLine } from '../i18n/sourcesLine';
import { viewLink } from '../io/viewLink';
import { timeScale } from '../time/timeScale';
import { timeTicks } from '../time/ticks';
import { shapeAt } from '../view/shapes';
import { finestUnit } from '../view/zoomMath';
import { COLORS, FONT_FAMILY, mirrorDrawing, type Font, type MeasureFont } from './drawing';
import { layoutExport, type ExportInput } from './exportLayout';
import { exportSvg } from './exportSvg';
import { datasetToCsv } from './toCsv';
import { datasetToJson } from './toJson';

export type ExportFormat = 'csv' | 'json' | 'svg' | 'png';

const MARGIN = 16;
const MIN_WIDTH = 320;

export async function exportView(format: ExportFormat, state: TimelineState): Promise<void> {
  const index = state.index;
  if (!index || !state.timeWindow) throw new Error('nothing is loaded');
  const name = slug(index.dataset.title);
  if (format === 'csv' || format === 'json') {
    const events = selectFilteredEvents(state);
    // A byte-order mark: Excel reads a CSV without one in the computer's old code page (mojibake in "Málaga").
    if (format === 'csv') return download(new Blob(['\ufeff', datasetToCsv(index.dataset, events)], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
    return download(new Blob([datasetToJson(index.dataset, events)], { type: 'application/json' }), `${name}.json`);
  }
  const input = exportInput(state, exportWidth());
  // The page's own font stack (a script's fonts: Arabic, Devanagari, Hangul), once its fonts have
  // loaded, so the widths measured are the ones drawn, in the SVG and in the PNG made from it.
  await document.fonts.ready;
  const fontFamily = pageFontFamily();
  const laidOut = layoutExport(input, canvasMeasure(fontFamily));
  // As the reader sees it: where time runs right to left, the image does too.
  const drawing = selectTimeRtl(state) ? mirrorDrawing(laidOut) : laidOut;
  const svg = exportSvg(drawing, input.title, fontFamily);
  if (format === 'svg') return download(new Blob([svg], { type: 'image/svg+xml' }), `${name}.svg`);
  download(await rasterize(svg, drawing.width, drawing.height, 2), `${name}.png`);
}

/** The width the reader sees the timeline at, as before; never narrower than a small phone. */
function exportWidth(): number {
  const shown = document.querySelector('svg.timeline-svg:not(.vertical)') ?? document.querySelector('[data-testid=timeline]');
  return Math.max(MIN_WIDTH, Math.round(shown?.getBoundingClientRect().width || 1280));
}

/**
 * What the image shows, in the page's language: the window, the filters' events in it by lane, the
 * periods it crosses. The credit links to this view, or to `creditHref` where there is no page (the
 * publish CLI's link preview image, src/cli/ogImage.ts).
 */
export function exportInput(state: TimelineState, width: number, creditHref = viewLink(state, { embed: undefined })): ExportInput {
  const { dataset } = state.index!;
  const { from, to } = state.timeWindow!;
  const t = moreMessages();
  // The view's window across the plot, folded as on screen: the layout only calls the scale and reads its breaks.
  const folds = state.limits.folds ?? null;
  const scale = timeScale([from, to], [MARGIN, width - MARGIN], folds);
  const actorAt = new Map(dataset.actors.map((a, i) => [a.id, i]));
  const colorOf = (id: string | undefined) => (id !== undefined && dataset.actors[actorAt.get(id) ?? -1]?.color) || COLORS.fallbackMark;
  const shapeOf = (id: string | undefined) => shapeAt(id === undefined ? -1 : (actorAt.get(id) ?? -1));
  const lanes = (selectLaneIndex(state)?.lanes ?? [])
    .map((lane) => ({ lane: lane.lane, events: listInWindow(lane, { from, to }).sort(compareEvents) }))
    .filter((l) => l.events.length > 0);
  const visible = lanes.flatMap((l) => l.events).sort(compareEvents);
  const ticks = timeTicks(from, to, width - 2 * MARGIN, tickLabel, folds, finestUnit(state.limits));
  return {
    width,
    scale,
    title: dataset.title,
    description: dataset.description,
    // The window is half-open: its last day is the one before `to`.
    meta: `${formatDay(from)} – ${formatDay(to - 1)} · ${eventCount(visible.length)}`,
    periods: dataset.periods.filter((p) => p.start.start < to && p.end.end > from).map((p) => ({ title: p.title, from: p.start.start, to: p.end.end })),
    lanes: lanes.map(({ lane, events }) => ({
      label: laneLabel(lane, t),
      color: lane.color,
      shape: lane.color ? shapeOf(lane.id) : undefined,
      events: events.map((e) => ({
        id: e.id,
        from: e.from,
        to: e.to,
        date: formatEventDate(e),
        title: e.title,
        color: colorOf(leadActor(e)),
        shape: shapeOf(leadActor(e)),
        hollow: e.qualifier !== undefined,
      })),
    })),
    ticks: ticks.minor,
    majorTicks: ticks.major,
    // Every source, whole: a published image credits them all.
    sources: sourcesLine(visible, Infinity, t),
    credit: t.exportCredit,
    creditHref,
  };
}

/** The font stack the page's text is set in (styles.css), else the drawing's own. */
function pageFontFamily(): string {
  return getComputedStyle(document.body).fontFamily || FONT_FAMILY;
}

/** Text widths as the browser will draw them: the drawing's fonts measured on a canvas. */
function canvasMeasure(fontFamily: string): MeasureFont {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) throw new Error('no canvas');
  const widths = new Map<string, number>();
  return (text: string, font: Font) => {
    const key = `${font.weight} ${font.size}px|${text}`;
    let w = widths.get(key);
    if (w === undefined) {
      ctx.font = `${font.weight} ${font.size}px ${fontFamily}`;
      // A little to spare: another machine's sans-serif may run slightly wider when the SVG is opened there.
      widths.set(key, (w = ctx.measureText(text).width * 1.03));
    }
    return w;
  };
}

export async function rasterize(svgText: string, width: number, height: number, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no canvas');
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function slug(title: string): string {
  return (
    title
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'timeline'
  );
}
