/**
 * Folded time: long stretches with nothing in them fold into a short break, so the dense part of a
 * story gets the room. Time keeps its true scale within each stretch; a break says how much it hides.
 *
 * A fold hides the real span [from, to) and takes `gap` "folded ms" on the axis instead. The map
 * real ms → folded ms (`foldTime`) is continuous and increasing, so zoom and pan work on folded ms as
 * on a linear clock, and its inverse (`unfoldTime`) runs linearly through a break: panning across one
 * is smooth. e.g. { list: [{ from: 2019-09-01, to: 2025-06-01 }], gap: 40 days in ms }.
 */
export interface Fold {
  from: number;
  to: number;
}

export interface Folds {
  /** Ascending, disjoint. */
  list: readonly Fold[];
  /** Folded length of every break, in ms of the folded clock. */
  gap: number;
}

/** A stretch qualifies when it is at least this share of the whole extent… */
const MIN_SHARE = 0.1;
/** …and this long, so a week-long story with a quiet day never folds. */
const MIN_FOLD_MS = 180 * 86_400_000;
/** Each side of a break keeps this share of the extent unfolded, so its neighbours do not touch it. */
const EDGE_SHARE = 0.015;
/** A break is this share of the unfolded length. */
const GAP_SHARE = 0.04;
/** Occupancy buckets: a qualifying stretch spans hundreds of them, so edges found from bucket bounds are exact. */
const BUCKETS = 4096;

/**
 * The stretches to fold between the given instants (event starts and ends, period bounds; any order).
 * O(n): instants fall into buckets by time, runs of empty buckets are the candidates, and the last
 * instant before and the first after each run are its true edges.
 */
export function findFolds(instants: ArrayLike<number>[]): Folds | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const column of instants)
    for (let i = 0; i < column.length; i++) {
      const v = column[i]!;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  const span = hi - lo;
  if (!(span > 0) || !Number.isFinite(span)) return null;
  const minGap = Math.max(MIN_SHARE * span, MIN_FOLD_MS);
  if (minGap >= span) return null;
  const first = new Float64Array(BUCKETS).fill(Infinity);
  const last = new Float64Array(BUCKETS).fill(-Infinity);
  const bucketOf = (v: number) => Math.min(BUCKETS - 1, Math.floor(((v - lo) / span) * BUCKETS));
  for (const column of instants)
    for (let i = 0; i < column.length; i++) {
      const v = column[i]!;
      const b = bucketOf(v);
      if (v < first[b]!) first[b] = v;
      if (v > last[b]!) last[b] = v;
    }
  const edge = EDGE_SHARE * span;
  const list: Fold[] = [];
  let before = last[0]!;
  for (let b = 1; b < BUCKETS; b++) {
    if (first[b] === Infinity) continue;
    const after = first[b]!;
    if (after - before >= minGap) list.push({ from: before + edge, to: after - edge });
    before = last[b]!;
  }
  if (list.length === 0) return null;
  const hidden = list.reduce((sum, f) => sum + f.to - f.from, 0);
  return { list, gap: GAP_SHARE * (span - hidden) };
}

/** Real ms → folded ms. Without folds, the identity. */
export function foldTime(ms: number, folds: Folds | null | undefined): number {
  if (!folds) return ms;
  let shift = 0;
  for (const f of folds.list) {
    if (ms <= f.from) break;
    const length = f.to - f.from;
    if (ms < f.to) return ms - shift - (ms - f.from) + ((ms - f.from) / length) * folds.gap;
    shift += length - folds.gap;
  }
  return ms - shift;
}

/** Folded ms → real ms; inside a break, linearly through the time it hides. */
export function unfoldTime(u: number, folds: Folds | null | undefined): number {
  if (!folds) return u;
  let shift = 0;
  for (const f of folds.list) {
    const start = f.from - shift;
    if (u <= start) break;
    const length = f.to - f.from;
    if (u < start + folds.gap) return f.from + ((u - start) / folds.gap) * length;
    shift += length - folds.gap;
  }
  return u + shift;
}

/** The folds that hide some of [from, to): what a view of that window draws as breaks. */
export function foldsWithin(folds: Folds | null | undefined, from: number, to: number): Fold[] {
  return folds ? folds.list.filter((f) => f.to > from && f.from < to) : [];
}

/** Whether the instant is hidden inside a fold (drawn inside a break). */
export function isFolded(ms: number, folds: Folds | null | undefined): boolean {
  return !!folds && folds.list.some((f) => ms > f.from && ms < f.to);
}

/** The same folds less those the reader opened (by their start). */
export function withoutFolds(folds: Folds | null, opened: readonly number[]): Folds | null {
  if (!folds || opened.length === 0) return folds;
  const list = folds.list.filter((f) => !opened.includes(f.from));
  return list.length > 0 ? { list, gap: folds.gap } : null;
}
