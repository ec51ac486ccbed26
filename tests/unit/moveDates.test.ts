/** Dragging an event on the editor's timeline (issue 21): new dates snapped to the event's precision. */
import { describe, expect, it } from 'vitest';
import { asWritten, datesEdit, movedDates, steppedDates, type DragEdge } from '../../src/data/edits/moveDates';
import { columnAt } from '../../src/data/edits/newRows';
import { parsePartialDate } from '../../src/time/partialDate';

const date = (text: string) => parsePartialDate(text)!;
const DAY = 86_400_000;

describe('movedDates', () => {
  it.each<[string, string | undefined, number, DragEdge, { start: string; end?: string } | null]>([
    ['2026-04-27', undefined, 3 * DAY + 1000, 'both', { start: '2026-04-30' }],
    ['2026-04-27', undefined, 0.4 * DAY, 'both', null],
    ['2026-04-27', undefined, -0.6 * DAY, 'both', { start: '2026-04-26' }],
    // A month stays a month, snapped to the nearest one.
    ['2025-10', undefined, 20 * DAY, 'both', { start: '2025-11' }],
    ['2019', undefined, 200 * DAY, 'both', { start: '2020' }],
    // A range keeps its length in its own units.
    ['2025-10', '2026-04', 62 * DAY, 'both', { start: '2025-12', end: '2026-06' }],
    ['2025-10-01', '2025-10-10', -DAY, 'both', { start: '2025-09-30', end: '2025-10-09' }],
    // One end dragged, never past the other.
    ['2025-10-01', '2025-10-10', 5 * DAY, 'end', { start: '2025-10-01', end: '2025-10-15' }],
    ['2025-10-01', '2025-10-10', -30 * DAY, 'end', { start: '2025-10-01', end: '2025-10-01' }],
    ['2025-10-01', '2025-10-10', 30 * DAY, 'start', { start: '2025-10-10', end: '2025-10-10' }],
    ['2025-10-01', '2025-10-10', 2 * DAY, 'start', { start: '2025-10-03', end: '2025-10-10' }],
    // A time of day moves by minutes.
    ['2026-04-27T14:30', undefined, 90 * 60_000, 'both', { start: '2026-04-27T16:00' }],
    // Before the common era, in the dataset's own signed years.
    ['-0490', undefined, 365.25 * 3 * DAY, 'both', { start: '-0487' }],
    // Deep time is not dragged.
    ['-66000000', undefined, DAY * 365e6, 'both', null],
  ])('%s – %s moved by %d ms (%s)', (start, end, delta, edge, expected) => {
    expect(movedDates(date(start), end ? date(end) : undefined, delta, edge)).toEqual(expected);
  });
});

describe('steppedDates', () => {
  it.each<[string, string | undefined, -1 | 1, { start: string; end?: string }]>([
    ['2026-04-27', undefined, 1, { start: '2026-04-28' }],
    ['2026-01', undefined, -1, { start: '2025-12' }],
    ['2019', '2026', 1, { start: '2020', end: '2027' }],
    ['2024-02-28', '2024-03-01', 1, { start: '2024-02-29', end: '2024-03-02' }],
  ])('%s – %s, one step %d', (start, end, step, expected) => {
    expect(steppedDates(date(start), end ? date(end) : undefined, step)).toEqual(expected);
  });
});

describe('asWritten', () => {
  it.each<[string, string | undefined, string | undefined, string]>([
    // A wall-clock time, or a cell that held a day: written as the drag made it.
    ['2026-04-27T15:30', '2026-04-27T14:30', undefined, '2026-04-27T15:30'],
    ['2026-04-28', '2026-04-27', 'Europe/Berlin', '2026-04-28'],
    ['2026-04-27T15:30', undefined, undefined, '2026-04-27T15:30'],
    // A moment without a time zone is drawn at its own clock: that clock moved, its offset kept.
    ['2026-04-27T15:30', '2026-04-27T14:30-07:00', undefined, '2026-04-27T15:30-07:00'],
    ['2026-04-27T15:30', '2026-04-27T14:30Z', undefined, '2026-04-27T15:30Z'],
    // With one, the drag's time is Berlin's clock: the same moment, written in the cell's offset.
    ['2026-04-27T18:30', '2026-04-27T09:30-07:00', 'Europe/Berlin', '2026-04-27T09:30-07:00'],
    ['2026-04-27T19:30', '2026-04-27T09:30-07:00', 'Europe/Berlin', '2026-04-27T10:30-07:00'],
    ['2026-01-15T12:00', '2026-04-27T10:00Z', 'Europe/Berlin', '2026-01-15T11:00Z'],
    ['2026-04-27T19:30', '2026-04-27T17:30+0000', 'Europe/Berlin', '2026-04-27T17:30+0000'],
  ])('%s over %s in %s → %s', (moved, was, zone, expected) => {
    expect(asWritten(moved, was, zone)).toBe(expected);
  });

  it('reads back as the moment the timeline drew', () => {
    const written = asWritten('2026-10-25T02:30', '2026-03-01T10:00+05:30', 'Europe/Berlin');
    expect(parsePartialDate(written, 'Europe/Berlin')!.start).toBe(parsePartialDate('2026-10-25T02:30')!.start);
  });
});

describe('datesEdit', () => {
  it('is one edit of the start and end cells, each as its cell wrote it', () => {
    const row: string[] = [];
    row[columnAt('start')] = '2026-04-27T09:00Z';
    row[columnAt('end')] = '2026-04-27T11:00';
    expect(datesEdit([[], row], 1, { start: '2026-04-27T10:00', end: '2026-04-27T12:00' })).toEqual({
      op: 'all',
      edits: [
        { op: 'cell', row: 1, column: columnAt('start'), value: '2026-04-27T10:00Z' },
        { op: 'cell', row: 1, column: columnAt('end'), value: '2026-04-27T12:00' },
      ],
    });
  });
});
