/**
 * One lane of the exported image: its name, its events' labels above the track (placeLabels.ts),
 * the marks on the track at their true times, and ranges as bars under it, packed in rows.
 */
import type { Shape } from '../view/shapes';
import type { TimeScale } from '../time/timeScale';
import { baseline, COLORS, FONTS, lineHeight, type Item, type MeasureFont, type TextRun } from './drawing';
import { placeLabels, type Side } from './placeLabels';

export interface ExportEvent {
  id: string;
  from: number;
  to: number;
  /** e.g. "27 Apr 2026", "c. 2019", "Oct 2025 – 2030" */
  date: string;
  title: string;
  color: string;
  shape: Shape;
  /** A point event whose date is uncertain: drawn hollow, as on screen. */
  hollow?: boolean;
}

export interface ExportLane {
  /** The lane's name as on screen, e.g. "Microsoft", "No category". */
  label: string;
  color?: string;
  shape?: Shape;
  events: ExportEvent[];
}

const HEADER = 22;
const MARK_R = 5;
const BAR_H = 4;
const BAR_ROW = 8;
const BOTTOM = 10;
/** A range narrower than this is its mark alone (a month at a scale of years): a stub under it is noise. */
const MIN_BAR = 12;

/** "date · title", the text a row shows; the date part is drawn muted. */
export const rowText = (e: ExportEvent) => `${datePart(e)} ${e.title}`;
// A no-break space keeps the dot with the date.
const datePart = (e: ExportEvent) => `${e.date}\u00a0·`;

/** Lays out a lane from `top`; returns what to draw and where the lane ends. */
export function layoutLane(lane: ExportLane, scale: TimeScale, top: number, measure: MeasureFont): { items: Item[]; bottom: number } {
  const [left, right] = plotBounds(scale);
  const items: Item[] = [];
  const font = FONTS.lane;
  const name = lane.label.toLocaleUpperCase();
  if (lane.shape) items.push({ kind: 'mark', x: left + 5, y: top + HEADER / 2, r: 4.5, shape: lane.shape, fill: lane.color ?? COLORS.fallbackMark });
  items.push({
    kind: 'text',
    x: lane.shape ? left + 15 : left,
    y: baseline(top + (HEADER - lineHeight(font)) / 2, font),
    runs: [{ text: name, fill: COLORS.muted }],
    font,
  });

  // A range that began before the window starts at its left edge; its label still gives its dates.
  const xs = lane.events.map((e) => clamp(scale(e.from), left, right));
  const plotWidth = right - left;
  const labelLine = lineHeight(FONTS.label);
  const blocks = placeLabels(
    lane.events.map((e, i) => ({ x: xs[i]!, text: rowText(e) })),
    {
      left,
      right,
      maxWidth: Math.round(clamp(plotWidth * 0.28, 150, 260)),
      listWidth: Math.round(clamp(plotWidth * 0.4, 170, 340)),
      minWidth: 110,
      lineHeight: labelLine,
      collide: MARK_R * 2 + 3,
      measure: (text) => measure(text, FONTS.label),
    },
  );
  const above = Math.max(12, ...blocks.filter((b) => b.side === 'above').map((b) => b.box.h1)) + 6;
  const track = top + HEADER + above;
  items.push({ kind: 'line', x1: left, y1: track, x2: right, y2: track, stroke: COLORS.lane, width: 1 });

  // Ranges under the track, first-fit in rows so overlapping ranges stay apart.
  const rowEnds: number[] = [];
  const bars: Item[] = [];
  lane.events.forEach((e, i) => {
    const x1 = clamp(scale(e.to), left, right);
    if (x1 - xs[i]! < MIN_BAR) return;
    let r = rowEnds.findIndex((end) => end + 3 <= xs[i]!);
    if (r < 0) r = rowEnds.push(0) - 1;
    rowEnds[r] = x1;
    bars.push({ kind: 'rect', x: xs[i]!, y: track + MARK_R + 3 + r * BAR_ROW, width: x1 - xs[i]!, height: BAR_H, fill: e.color });
  });
  // Blocks below the track hang under the bars.
  const belowTop = track + rowEnds.length * BAR_ROW;
  const yOf = (side: Side, h: number) => (side === 'above' ? track - h : belowTop + h);

  for (const block of blocks) {
    for (const row of block.rows) {
      const e = lane.events[row.index]!;
      const anchorY = yOf(block.side, row.anchorH);
      const towards = block.side === 'above' ? 1 : -1;
      const fromY = block.side === 'above' ? track - MARK_R - 1 : track + MARK_R + 1;
      items.push({ kind: 'line', x1: xs[row.index]!, y1: fromY, x2: row.anchorX, y2: anchorY + 4 * towards, stroke: COLORS.leader, width: 1 });
      items.push({ kind: 'mark', x: row.anchorX, y: anchorY, r: 3.5, shape: e.shape, fill: e.color });
      const runs = splitDate(row.lines, datePart(e));
      const rowTop = block.side === 'above' ? track - row.top : belowTop + row.top;
      row.lines.forEach((_, i) => {
        items.push({ kind: 'text', x: row.textX, y: baseline(rowTop + i * labelLine, FONTS.label), runs: runs[i]!, font: FONTS.label });
      });
    }
  }
  items.push(...bars);
  lane.events.forEach((e, i) => items.push({ kind: 'mark', x: xs[i]!, y: track, r: MARK_R, shape: e.shape, fill: e.color, hollow: e.hollow }));
  const below = Math.max(0, ...blocks.filter((b) => b.side === 'below').map((b) => b.box.h1));
  const bottom = Math.max(track + MARK_R + 3 + rowEnds.length * BAR_ROW, belowTop + below) + BOTTOM;
  return { items, bottom };
}

/** The lines of "date · title" as coloured runs: the date (however it wrapped) muted, the title in ink. */
export function splitDate(lines: string[], date: string): TextRun[][] {
  let rest = date;
  return lines.map((line) => {
    if (!rest) return [{ text: line, fill: COLORS.text }];
    if (line.startsWith(rest)) {
      const runs: TextRun[] = [{ text: rest, fill: COLORS.muted }];
      if (line.length > rest.length) runs.push({ text: line.slice(rest.length), fill: COLORS.text });
      rest = '';
      return runs;
    }
    rest = rest.slice(line.length).trimStart();
    return [{ text: line, fill: COLORS.muted }];
  });
}

export const plotBounds = (scale: TimeScale): [number, number] => [Math.min(...scale.range), Math.max(...scale.range)];

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
