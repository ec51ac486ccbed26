import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareEvents, sortEvents } from '../../src/data/sortEvents';
import type { TimelineEvent } from '../../src/data/types';
import { DAY_MS } from '../../src/time/partialDate';

const event = (id: string, fromDay: number, days: number) => ({ id, from: fromDay * DAY_MS, to: (fromDay + days) * DAY_MS }) as TimelineEvent;

// Days from year 0000 to 9999 and lengths past the 4,095-day clamp, with many shared days and lengths.
const events = fc
  .array(
    fc.record({
      id: fc.stringMatching(/^[a-c]{1,3}$/),
      fromDay: fc.oneof(fc.integer({ min: -719_528, max: 2_932_896 }), fc.integer({ min: 0, max: 5 })),
      days: fc.oneof(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 4000, max: 9000 })),
    }),
    { maxLength: 300 },
  )
  .map((list) => list.map((e) => event(e.id, e.fromDay, e.days)));

describe('sortEvents', () => {
  it('orders exactly as the comparator does, for any input order', () => {
    fc.assert(
      fc.property(events, (list) => {
        const expected = [...list].sort(compareEvents).map((e) => `${e.id}@${e.from}-${e.to}`);
        expect(sortEvents([...list]).map((e) => `${e.id}@${e.from}-${e.to}`)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('sorts in place and keeps every event', () => {
    const list = [event('b', 10, 1), event('a', 10, 1), event('c', 2, 400)];
    expect(sortEvents(list)).toBe(list);
    expect(list.map((e) => e.id)).toEqual(['c', 'a', 'b']);
  });
});
