/**
 * The exported image, laid out top to bottom at a given width: title, description and what the
 * view shows; the periods' names; each lane with every event's whole title (layoutLane.ts); the
 * time axis; the sources, whole; and the credit. The height is whatever that takes. Pure: the time
 * scale (which may fold long empty stretches, so it is only ever called) and a text measurer come
 * in, positions go out, and exportSvg.ts draws them.
 */
import type { TimeScale } from '../time/timeScale';
import { baseline, COLORS, FONTS, lineHeight, type ExportDrawing, type Font, type Item, type MeasureFont } from './drawing';
import { layoutLane, plotBounds, type ExportLane } from './layoutLane';
import { wrapText } from './wrapText';

export interface ExportPeriod {
  title: string;
  from: number;
  to: number;
}

export interface ExportInput {
  width: number;
  /** The view's window onto the plot's width: its range gives the plot's left and right edges. */
  scale: TimeScale;
  title: string;
  description: string;
  /** e.g. "20 Apr 2026 – 3 May 2026 · 12 events" */
  meta: string;
  periods: ExportPeriod[];
  lanes: ExportLane[];
  /** Axis ticks with their labels; `major` ticks (the year above months) get a second row. */
  ticks: { value: number; label: string }[];
  majorTicks: { value: number; label: string }[];
  /** The whole sources line, e.g. "Sources: Axios; CNBC; Moccet". */
  sources: string;
  /** e.g. "Made with Chronicle" */
  credit: string;
  /** Where the credit links to: the view's address (http or https only). */
  creditHref?: string;
}

const PAD = 16;

export function layoutExport(input: ExportInput, measure: MeasureFont): ExportDrawing {
  const { scale, width } = input;
  const [left, right] = plotBounds(scale);
  const items: Item[] = [];
  let y = PAD;
  const paragraph = (text: string, font: Font, fill: string, href?: string) => {
    for (const line of text ? wrapText(text, width - 2 * PAD, (t) => measure(t, font)) : []) {
      items.push({ kind: 'text', x: PAD, y: baseline(y, font), runs: [{ text: line, fill }], font, href });
      y += lineHeight(font);
    }
  };
  paragraph(input.title, FONTS.title, COLORS.text);
  y += 4;
  paragraph(input.description, FONTS.description, COLORS.text);
  y += 4;
  paragraph(input.meta, FONTS.meta, COLORS.muted);
  y += 14;

  // Behind everything from here to the axis: period bands and grid lines, added once their height is known.
  const backdrop = items.length;
  const plotTop = y;
  y = layoutPeriodNames(input.periods, scale, y, measure, items);
  for (const lane of input.lanes) {
    const laid = layoutLane(lane, scale, y, measure);
    items.push(...laid.items);
    y = laid.bottom;
  }
  const axisY = y;
  const behind: Item[] = [];
  input.periods.forEach((p, i) => {
    const x0 = Math.max(left, scale(p.from));
    const x1 = Math.min(right, scale(p.to));
    if (x1 <= x0) return;
    behind.push({ kind: 'rect', x: x0, y: plotTop, width: x1 - x0, height: axisY - plotTop, fill: i % 2 ? COLORS.bandB : COLORS.bandA });
    if (x0 > left) behind.push({ kind: 'line', x1: x0, y1: plotTop, x2: x0, y2: axisY, stroke: COLORS.axis, width: 1, dash: '3 3' });
  });
  const ticks = input.ticks.map((t) => ({ ...t, x: scale(t.value) })).filter((t) => t.x >= left - 0.5 && t.x <= right + 0.5);
  for (const t of ticks) behind.push({ kind: 'line', x1: t.x, y1: plotTop, x2: t.x, y2: axisY, stroke: COLORS.grid, width: 1 });
  // Folded time: each break is a blank stretch between dashed edges, and the axis line stops across it.
  const breaks = (scale.breaks ?? []).filter((b) => b.x1 > left && b.x0 < right);
  for (const b of breaks) {
    behind.push({ kind: 'rect', x: b.x0, y: plotTop, width: b.x1 - b.x0, height: axisY - plotTop, fill: COLORS.background });
    for (const x of [b.x0, b.x1]) behind.push({ kind: 'line', x1: x, y1: plotTop, x2: x, y2: axisY, stroke: COLORS.axis, width: 1, dash: '2 4' });
  }
  items.splice(backdrop, 0, ...behind);

  items.push({ kind: 'line', x1: left, y1: axisY, x2: right, y2: axisY, stroke: COLORS.axis, width: 1 });
  for (const b of breaks) {
    items.push({ kind: 'rect', x: b.x0 + 1, y: axisY - 3, width: b.x1 - b.x0 - 2, height: 6, fill: COLORS.background });
    for (const x of [b.x0, b.x1]) items.push({ kind: 'line', x1: x - 3, y1: axisY + 5, x2: x + 3, y2: axisY - 5, stroke: COLORS.axis, width: 1 });
  }
  y = axisY + 6;
  const tickRow = (list: { label: string; x: number }[], font: Font) => {
    let free = -Infinity;
    for (const t of list) {
      const x = Math.max(left, t.x) + 3;
      const w = measure(t.label, font);
      // A label that would run into the last one or off the plot is left out; its tick stays.
      if (x < free || x + w > width - 4) continue;
      items.push({ kind: 'text', x, y: baseline(y, font), runs: [{ text: t.label, fill: COLORS.muted }], font });
      free = x + w + 8;
    }
    y += lineHeight(font);
  };
  for (const t of ticks) items.push({ kind: 'line', x1: t.x, y1: axisY, x2: t.x, y2: axisY + 5, stroke: COLORS.axis, width: 1 });
  tickRow(ticks, FONTS.tick);
  const majors = input.majorTicks.map((t) => ({ ...t, x: scale(t.value) })).filter((t) => t.x <= right);
  if (majors.length) tickRow(majors, FONTS.tickMajor);

  y += 12;
  paragraph(input.sources, FONTS.footer, COLORS.muted);
  y += 2;
  paragraph(input.credit, FONTS.footer, COLORS.muted, input.creditHref);
  y += PAD - 4;
  return { width, height: Math.ceil(y), items: [{ kind: 'rect', x: 0, y: 0, width, height: Math.ceil(y), fill: COLORS.background }, ...items] };
}

/** Each period's name, whole, at the start of its band, wrapped to the band where it can be; names that would meet go on the next row. */
function layoutPeriodNames(periods: ExportPeriod[], scale: TimeScale, top: number, measure: MeasureFont, items: Item[]): number {
  const [left, right] = plotBounds(scale);
  const font = FONTS.period;
  const rows: number[] = []; // the x where each row is free again
  const rowHeight: number[] = [];
  const placed: { x: number; lines: string[]; row: number }[] = [];
  for (const p of periods) {
    const x0 = Math.max(left, scale(p.from));
    const x1 = Math.min(right, scale(p.to));
    if (x1 <= x0) continue;
    // Wrapped to its band if the band is wide enough; else at least 120 px wide, moved left if the plot ends first.
    const lines = wrapText(p.title, Math.min(right - left, Math.max(x1 - x0 - 9, 120)), (t) => measure(t, font));
    const w = Math.max(...lines.map((l) => measure(l, font)));
    const x = Math.max(left, Math.min(x0 + 5, right - w));
    let row = rows.findIndex((free) => free <= x);
    if (row < 0) row = rows.push(0) - 1;
    rows[row] = x + w + 10;
    rowHeight[row] = Math.max(rowHeight[row] ?? 0, lines.length * lineHeight(font));
    placed.push({ x, lines, row });
  }
  const rowTop = rowHeight.reduce<number[]>((tops, h, i) => [...tops, tops[i]! + h + 4], [top + 6]);
  for (const p of placed) {
    p.lines.forEach((line, i) => {
      items.push({ kind: 'text', x: p.x, y: baseline(rowTop[p.row]! + i * lineHeight(font), font), runs: [{ text: line, fill: COLORS.text }], font });
    });
  }
  return placed.length ? rowTop[rowTop.length - 1]! + 2 : top;
}
