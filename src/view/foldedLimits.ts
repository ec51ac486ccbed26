/**
 * How far a dataset's view reaches, and which empty stretches of it fold (time/folds.ts). The folds
 * are the data's: found once per index from every event's start and end and every period's bounds,
 * so a filter never moves a break. The reader can turn folding off (`fold=0`) or open single breaks.
 */
import type { DatasetIndex } from '../data/buildIndex';
import { findFolds, withoutFolds, type Folds } from '../time/folds';
import { MIN_SPAN, paddedExtent, TIMED_MIN_SPAN, type Limits } from './zoomMath';

const found = new WeakMap<DatasetIndex, Folds | null>();

export function foldsOf(index: DatasetIndex): Folds | null {
  let folds = found.get(index);
  if (folds === undefined) {
    const bounds = index.dataset.periods.flatMap((p) => [p.start.start, p.end.end]);
    folds = findFolds([index.columns.from, index.columns.to, bounds]);
    found.set(index, folds);
  }
  return folds;
}

/** `opened`: the starts of the breaks the reader unfolded. */
export function limitsFor(index: DatasetIndex | null, fold: boolean, opened: readonly number[] = []): Limits {
  if (!index) return paddedExtent(null);
  // Deep time zooms to a hundred-millionth of its extent: finer would be rounding, not time.
  const span = index.extent ? index.extent[1] - index.extent[0] : 0;
  const minSpan = Math.max(timed(index) ? TIMED_MIN_SPAN : MIN_SPAN, span / 1e8);
  return paddedExtent(index.extent, fold ? withoutFolds(foldsOf(index), opened) : null, minSpan === MIN_SPAN ? undefined : minSpan);
}

const timedIndex = new WeakMap<DatasetIndex, boolean>();

/** Whether any event has a time of day: then the view can zoom below a day. */
function timed(index: DatasetIndex): boolean {
  let has = timedIndex.get(index);
  if (has === undefined) {
    has = index.events.some((e) => e.start.precision === 'minute' || e.end?.precision === 'minute');
    timedIndex.set(index, has);
  }
  return has;
}
