/**
 * An event dragged on the editor's timeline (issue 21), as vis-timeline lets one drag an item: its new
 * dates, snapped to its own precision (a year stays a year, a month a month), written as the dataset
 * writes dates. A range moved whole keeps its length in its own units; one end dragged stays on its
 * side of the other. Null where a drag cannot say (deep time, no change).
 */
import { utcDay, utcMinute, utcMonth, utcYear, type CountableTimeInterval } from 'd3-time';
import { inZone, isDeep, offsetMs, parsePartialDate, toDateForm, type PartialDate, type Precision } from '../../time/partialDate';
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

/**
 * New dates as one edit of a row's start and end cells: one step to undo, however they were made. A
 * time its cell wrote as a moment (with an offset) stays a moment with that offset: the dates here are
 * wall-clock times in the dataset's `timeZone` where it has one (partialDate.ts), as the timeline draws them.
 */
export function datesEdit(rows: readonly (readonly string[])[], row: number, dates: { start: string; end?: string }, timeZone?: string): SheetEdit {
  const cells = rows[row] ?? [];
  const written = (column: 'start' | 'end', date: string) => ({
    op: 'cell' as const,
    row,
    column: columnAt(column),
    value: asWritten(date, cells[columnAt(column)], timeZone),
  });
  const edits: SheetEdit[] = [written('start', dates.start)];
  if (dates.end !== undefined) edits.push(written('end', dates.end));
  return { op: 'all', edits };
}

const OFFSET = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;

/** A wall-clock time (`YYYY-MM-DDTHH:mm`) in the offset its cell was written with, if it had one. */
export function asWritten(date: string, was: string | undefined, timeZone?: string): string {
  const offset = date.length > 10 && was && was.trim().length > 16 ? OFFSET.exec(was.trim())?.[0] : undefined;
  const shift = offset === undefined ? null : offset.toUpperCase() === 'Z' ? 0 : offsetMs(offset);
  const wall = parsePartialDate(date)?.start;
  if (offset === undefined || shift === null || wall === undefined) return date;
  // Without a time zone a moment is drawn at its own wall-clock time, so that time keeps its offset as is.
  const at = timeZone ? instantOf(wall, timeZone) + shift : wall;
  return `${toDateForm(at, 'minute')}${offset}`;
}

/** The moment at which `timeZone`'s clocks show `wall` (inZone's inverse; the later one where clocks go back). */
function instantOf(wall: number, timeZone: string): number {
  // Twice: the offset at a first guess, then at the moment it gives (right across a change of offset).
  let instant = wall - (inZone(wall, timeZone) - wall);
  instant = wall - (inZone(instant, timeZone) - instant);
  return instant;
}
