import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quickEvent } from '../../src/data/quickEvent';
import { checkRecord, EventSchema } from '../../src/data/schema';

const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer(),
  fc.boolean(),
  fc.string({ maxLength: 4 }),
  fc.constant([]),
  fc.constant({}),
  fc.constant([1]),
);
const maybe = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 15, arbitrary: valid }, { weight: 1, arbitrary: junk });
const date = fc.constantFrom('2026', '2026-04', '2026-04-27', '2026-13', '2026-02-30', '26', ' 2026');
// An inline source, the id of a listed one (any text: validation looks it up), or junk.
const source = fc.oneof(
  fc.record({ name: maybe(fc.string({ maxLength: 5 })), url: fc.option(maybe(fc.webUrl()), { nil: undefined }) }, { requiredKeys: [] }),
  fc.constantFrom('moccet', 'ft-via-reshape', '', 'with space'),
  junk,
);
const candidate = fc.record(
  {
    id: maybe(fc.constantFrom('a', 'b-2', 'with space', '')),
    start: maybe(date),
    end: maybe(date),
    title: maybe(fc.constantFrom('Title', '')),
    summary: maybe(fc.string({ maxLength: 5 })),
    actors: maybe(fc.array(maybe(fc.constantFrom('ms', 'oa')), { maxLength: 3 })),
    category: maybe(fc.constantFrom('deal')),
    amounts: maybe(fc.constantFrom([], [{ value: 1, currency: 'USD' }])),
    quotes: maybe(fc.constantFrom([], [{ text: 'q' }])),
    sources: maybe(fc.array(source, { maxLength: 2 })),
    related: maybe(fc.array(maybe(fc.constantFrom('a', { id: 'a', label: 'led to' })), { maxLength: 2 })),
    disputed: maybe(fc.string({ maxLength: 3 })),
    approx: maybe(fc.boolean()),
    qualifier: maybe(fc.constantFrom('before', 'after', 'around')),
  },
  { requiredKeys: [] },
);

describe('quickEvent', () => {
  it('accepts only what the schema accepts, and hands back the same fields', () => {
    fc.assert(
      fc.property(candidate, (input) => {
        const quick = quickEvent(input);
        if (quick === null) return;
        const checked = checkRecord(EventSchema, input);
        expect(checked.ok).toBe(true);
        if (checked.ok) expect(JSON.parse(JSON.stringify(checked.value))).toEqual(JSON.parse(JSON.stringify(quick)));
      }),
      { numRuns: 5000 },
    );
  });

  it('takes the plain events a large dataset is made of', () => {
    expect(
      quickEvent({ id: 'ev-1', start: '2019-07', title: 'Investment', actors: ['ms'], category: 'deal', sources: [{ name: 'CNBC', url: 'https://cnbc.com' }] }),
    ).not.toBeNull();
    expect(quickEvent({ id: 'ev-1', start: '2019-07', title: 'Investment', sources: ['moccet', { name: 'Inline' }, 'axios'] })).not.toBeNull();
    expect(quickEvent({ id: 'ev-1', start: '2019-07', title: 'Investment', quotes: [{ text: 'q' }] })).toBeNull();
    expect(quickEvent({ id: 'ev-1', start: '2019-07', title: 'Investment', sources: ['moccet', 7] })).toBeNull();
  });
});
