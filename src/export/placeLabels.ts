/**
 * Where each event's label goes in an exported lane, with its whole title. Marks sit on the lane's
 * track at their true times; labels stand above the track, each joined to its mark by a leader line.
 * Marks that would collide (closer than `collide` px) form a group whose labels become a list beside
 * them, one row per event, earliest at the top, with leaders fanning out from the marks: never "+N".
 *
 * Blocks (a single label, or a group's list) are placed greedily at the lowest height where they
 * overlap no other block, their leaders cross no other block, and no other block's leaders cross
 * them. Heights are px above the track, so the caller can stack lanes; the geometry below says why
 * a list's rows run earliest-first: leaders from marks left of the list, to rows stacked in time
 * order, never cross one another.
 */
import { wrapText, type Measure } from './wrapText';

export interface LabelInput {
  /** The mark's x: the scale applied to the event's start. */
  x: number;
  /** e.g. "27 Apr 2026 · Amended agreement ends Azure exclusivity" */
  text: string;
}

export interface LabelMetrics {
  /** The plot's horizontal bounds. */
  left: number;
  right: number;
  /** Widest and narrowest text column a label gets, and a list's widest. */
  maxWidth: number;
  listWidth: number;
  minWidth: number;
  lineHeight: number;
  /** Marks closer than this collide (on screen they would cluster). */
  collide: number;
  measure: Measure;
}

export interface PlacedRow {
  /** Index into the inputs. */
  index: number;
  lines: string[];
  /** Left edge of the text column. */
  textX: number;
  /**
   * Distance from the track to the row's first line: above, to its top (the row reaches down
   * from there); below, to its top too (the row reaches further down).
   */
  top: number;
  /** Where the leader meets the row: the lane marker drawn at the row's side, at its first line. */
  anchorX: number;
  anchorH: number;
}

export interface PlacedBlock {
  side: Side;
  rows: PlacedRow[];
  box: { x0: number; x1: number; h0: number; h1: number };
}

const MARKER = 14; // room for the row's lane marker beside its text
const ROW_GAP = 4;
const BLOCK_GAP = 8;
const BASE = 12; // clear of the track's marks
const LIST_OFFSET = 10; // a list stands this far beside its group's marks

/** Groups of consecutive inputs (in x order) whose marks collide. e.g. xs [0, 5, 40] → [[0, 1], [2]] */
export function collidingGroups(xs: number[], collide: number): number[][] {
  const order = xs.map((_, i) => i).sort((a, b) => xs[a]! - xs[b]! || a - b);
  const groups: number[][] = [];
  let last = -Infinity;
  for (const i of order) {
    if (groups.length && xs[i]! - last < collide) groups[groups.length - 1]!.push(i);
    else groups.push([i]);
    last = xs[i]!;
  }
  return groups;
}

interface Draft {
  indices: number[];
  anchorX: number;
  x0: number;
  x1: number;
  /** Horizontal extent of the leaders: from the marks to the anchor. */
  reach0: number;
  reach1: number;
  rows: { index: number; lines: string[] }[];
  height: number;
}

/**
 * A block standing right of its marks (above the track), or, with too little room there, left of
 * them and hanging below the track: the same figure turned half a turn, so its rows still run
 * earliest first from the track outwards and its leaders still never cross.
 */
export type Side = 'above' | 'below';

function sideOf(xs: number[], m: LabelMetrics): Side {
  const single = xs.length === 1;
  const want = (single ? m.maxWidth : m.listWidth) + MARKER;
  const roomRight = m.right - (single ? Math.min(...xs) - MARKER / 2 : Math.max(...xs) + LIST_OFFSET - MARKER / 2);
  const roomLeft = (single ? Math.max(...xs) + MARKER / 2 : Math.min(...xs) - LIST_OFFSET + MARKER / 2) - m.left;
  if (roomRight >= want || roomRight >= roomLeft) return 'above';
  return single && roomRight >= m.minWidth + MARKER ? 'above' : 'below';
}

/** A block right of its marks, laid out in the space where it stands above them. */
function draft(indices: number[], inputs: LabelInput[], m: LabelMetrics): Draft {
  const xs = indices.map((i) => inputs[i]!.x);
  const first = Math.min(...xs);
  const last = Math.max(...xs);
  const single = indices.length === 1;
  // A single label stands right above its mark; a list stands beside the group.
  const anchorX = single ? first : last + LIST_OFFSET;
  const x0 = anchorX - MARKER / 2;
  const textWidth = Math.max(1, Math.min(single ? m.maxWidth : m.listWidth, m.right - x0 - MARKER));
  const rows = indices.map((index) => ({ index, lines: wrapText(inputs[index]!.text, textWidth, m.measure) }));
  const widest = Math.max(...rows.flatMap((r) => r.lines.map(m.measure)));
  const height = rows.reduce((h, r) => h + r.lines.length * m.lineHeight, 0) + ROW_GAP * (rows.length - 1);
  return { indices, anchorX, x0, x1: x0 + Math.min(textWidth, widest) + MARKER, reach0: first, reach1: anchorX, rows, height };
}

interface Placed extends Draft {
  h0: number;
}

const overlaps = (a0: number, a1: number, b0: number, b1: number, gap: number) => a0 < b1 + gap && b0 < a1 + gap;

/** True when `a`'s leaders pass through `b`'s box: b lies under a's top, across a's leaders. */
const leadersCross = (a: Placed, b: Placed) => b.h0 < a.h0 + a.height && overlaps(a.reach0, a.reach1, b.x0, b.x1, 2);

function fits(block: Placed, placed: Placed[]): boolean {
  return placed.every(
    (p) =>
      !(overlaps(block.x0, block.x1, p.x0, p.x1, BLOCK_GAP) && overlaps(block.h0, block.h0 + block.height, p.h0, p.h0 + p.height, BLOCK_GAP)) &&
      !leadersCross(block, p) &&
      !leadersCross(p, block),
  );
}

/** Labels for one lane's events: blocks above its track and blocks below it. */
export function placeLabels(inputs: LabelInput[], m: LabelMetrics): PlacedBlock[] {
  const groups = collidingGroups(
    inputs.map((i) => i.x),
    m.collide,
  );
  const sides = groups.map((g) =>
    sideOf(
      g.map((i) => inputs[i]!.x),
      m,
    ),
  );
  const above = groups.filter((_, k) => sides[k] === 'above');
  // Below, the plot is mirrored left to right: placed as if above, then turned back.
  const mirror = (x: number) => m.left + m.right - x;
  const mirrored = inputs.map((i) => ({ ...i, x: mirror(i.x) }));
  const below = groups.filter((_, k) => sides[k] === 'below').map((g) => g.toReversed());
  return [
    ...stack(above.map((g) => draft(g, inputs, m))).map(toBlock(m, 'above', (x) => x)),
    ...stack(below.map((g) => draft(g, mirrored, m))).map(toBlock(m, 'below', mirror)),
  ];
}

/** Each block at the lowest height where it fits, right to left: a block spanning a later one's marks goes above it. */
function stack(drafts: Draft[]): Placed[] {
  drafts.sort((a, b) => b.reach1 - a.reach1);
  const placed: Placed[] = [];
  for (const d of drafts) {
    const candidates = [BASE, ...placed.map((p) => p.h0 + p.height + BLOCK_GAP)].sort((a, b) => a - b);
    const h0 = candidates.find((h) => fits({ ...d, h0: h }, placed)) ?? candidates[candidates.length - 1]!;
    placed.push({ ...d, h0 });
  }
  return placed;
}

/**
 * Heights become distances from the track (up for blocks above, down for blocks below); x is
 * turned back for blocks below, whose marker then stands at the row's right, text to its left.
 */
const toBlock =
  (m: LabelMetrics, side: Side, x: (x: number) => number) =>
  (p: Placed): PlacedBlock => {
    const [x0, x1] = [x(p.x0), x(p.x1)].sort((a, b) => a - b) as [number, number];
    let top = p.h0 + p.height;
    const rows = p.rows.map((r) => {
      const height = r.lines.length * m.lineHeight;
      // Above, the farthest row is drawn first; below, the nearest.
      const row: PlacedRow = {
        index: r.index,
        lines: r.lines,
        textX: side === 'above' ? x0 + MARKER : x0,
        top: side === 'above' ? top : top - height,
        anchorX: x(p.anchorX),
        anchorH: side === 'above' ? top - m.lineHeight / 2 : top - height + m.lineHeight / 2,
      };
      top -= height + ROW_GAP;
      return row;
    });
    return { side, rows, box: { x0, x1, h0: p.h0, h1: p.h0 + p.height } };
  };
