import { describe, expect, it } from 'vitest';
import { markClasses, tabStopOf } from '../../src/timeline/markProps';
import type { TimelineEvent } from '../../src/data/types';

const event = (extra: Partial<TimelineEvent> = {}) => ({ id: 'a', approx: false, ...extra }) as TimelineEvent;

describe('markClasses', () => {
  it('names the kind, then only the states that hold', () => {
    expect(markClasses(event(), 'point', false, false)).toBe('mark mark-point');
    expect(markClasses(event({ approx: true, qualifier: 'before' }), 'range', true, true)).toBe('mark mark-range approx q-before selected related');
    expect(markClasses(event({ qualifier: 'after' }), 'point', false, true)).toBe('mark mark-point q-after related');
  });
});

describe('tabStopOf', () => {
  const marks = [
    { event: { id: 'b' }, x: 20 },
    { event: { id: 'a' }, x: 10 },
  ];
  it('is the selected event when drawn, else the earliest drawn, else none', () => {
    expect(tabStopOf(marks, 'b', (m) => m.x)).toBe('b');
    expect(tabStopOf(marks, 'zz', (m) => m.x)).toBe('a');
    expect(tabStopOf([], null, () => 0)).toBeNull();
  });
});
