/**
 * An event dragged on the editor's timeline (issue 21), as vis-timeline lets one drag an item: its new
 * dates, snapped to its own precision (a year stays a year, a month a month), written as the dataset
 * writes dates. A range moved whole keeps its length in its own units; one end dragged stays on its
 * side of the other. Null where a drag cannot say (deep time, no change).
 */
import { utcDay, utcMinute, utcMonth, utcYear, type CountableTimeInterval } from 'd3-time';
import { isDeep, toDateForm, type PartialDate, type Precision } from '../../time/partialDate';
import { columnAt } from './newRows';
import type { SheetEdit } from './sheetEdits';

export type DragEdge = 'both' | 'start' | 'end';

const UNIT: Record<Precision, CountableTimeInterval> = { year: utcYear, month: utcMonth, day: utcDay, minute: utcMinute };

/** A date moved by `delta` ms, to the nearest start of its unit. */
const snapped = (date: PartialDate, delta: number) => UNIT[date.precision].round(new Date(date.start + delta)).getTime();

export function movedDates(start: PartialDate, end: PartialDate | undefined, delta: number, edge: DragEdge): { start: string; end?: string } | null {
  if (isDeep(start.start) || (end && isDeep(end.start))) return null;
  const from = start.start;
  if (edge === 'end' && end) {
    const to = Math.max(snapped(end, delta), UNIT[end.precision].floor(new Date(from)).getTime());
    return to === end.start ? null : { start: toDateForm(from, start.precision), end: toDateForm(to, end.precision) };
  }
  const moved = snapped(start, delta);
  if (moved === from) return null;
  if (edge === 'start' && end) {
    const at = Math.min(moved, end.start);
    return at === from ? null : { start: toDateForm(at, start.precision), end: toDateForm(end.start, end.precision) };
  }
  if (!end) return { start: toDateForm(moved, start.precision) };
  // The whole range: its end moves by as many of its own units as the start moved by of its.
  const steps = UNIT[start.precision].count(new Date(Math.min(from, moved)), new Date(Math.max(from, moved))) * Math.sign(moved - from);
  const to = UNIT[start.precision].offset(new Date(end.start), steps).getTime();
  return { start: toDateForm(moved, start.precision), end: toDateForm(UNIT[end.precision].round(new Date(to)).getTime(), end.precision) };
}

/** One unit of the start's precision earlier (-1) or later (+1), the whole range with it: the keyboard's way to move an event. */
export function steppedDates(start: PartialDate, end: PartialDate | undefined, step: -1 | 1): { start: string; end?: string } | null {
  if (isDeep(start.start)) return null;
  return movedDates(start, end, UNIT[start.precision].offset(new Date(start.start), step).getTime() - start.start, 'both');
}

/** New dates as one edit of a row's start and end cells: one step to undo, however they were made. */
export function datesEdit(row: number, dates: { start: string; end?: string }): SheetEdit {
  const edits: SheetEdit[] = [{ op: 'cell', row, column: columnAt('start'), value: dates.start }];
  if (dates.end !== undefined) edits.push({ op: 'cell', row, column: columnAt('end'), value: dates.end });
  return { op: 'all', edits };
}
