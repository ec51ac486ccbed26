/** The dataset's `sources` list, citations of it by id, and the old inline sources beside them. */
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/data/validate';

const event = (over: Record<string, unknown> = {}) => ({ id: 'e1', start: '2026-04-27', title: 'An event', ...over });
const said = (r: ReturnType<typeof validateDataset>) => r.problems.map((p) => `${p.level} ${p.where}: ${p.message}`);

const LISTED = [
  { id: 'moccet', name: 'Moccet', title: 'OpenAI ends its exclusive partnership with Microsoft' },
  { id: 'axios', name: 'Axios', title: 'OpenAI breaks free of Microsoft’s cloud', date: '2026-04-28', url: 'https://www.axios.com/2026/04/28/openai' },
  { id: 'reshape', name: 'Microsoft and OpenAI Reshape Partnership Amid Amazon Investment' },
  { id: 'ft-via-reshape', name: 'Financial Times', via: 'reshape' },
];

describe('old files, with inline sources only', () => {
  it('load as they did: the same sources, no list, no problems', () => {
    const sources = [{ name: 'CNBC', url: 'https://cnbc.com/x' }, { name: 'Axios' }];
    const r = validateDataset(
      { periods: [{ id: 'p', start: '2019', end: '2020' }], events: [event({ sources, quotes: [{ text: 'q', by: 'A' }] })] },
      'old.json',
    );
    expect(r.problems).toEqual([]);
    expect(r.dataset.sources).toEqual([]);
    expect(r.dataset.events[0]!.sources).toEqual([{ name: 'CNBC', url: 'https://cnbc.com/x' }, { name: 'Axios' }]);
    // Nothing new is added to an inline source or a quote.
    expect(r.dataset.events[0]!.sources.map((s) => Object.keys(s))).toEqual([['name', 'url'], ['name']]);
    expect(Object.keys(r.dataset.events[0]!.quotes[0]!).sort()).toEqual(['by', 'date', 'text']);
    expect(r.dataset.periods[0]!.sources).toEqual([]);
  });

  it('still share one object per unlinked name', () => {
    const r = validateDataset({ events: [event({ sources: [{ name: 'Axios' }] }), event({ id: 'e2', sources: [{ name: 'Axios' }] })] }, 'old.json');
    expect(r.dataset.events[0]!.sources[0]).toBe(r.dataset.events[1]!.sources[0]);
  });
});

describe('a dataset-level sources list', () => {
  const r = validateDataset(
    {
      sources: LISTED,
      periods: [{ id: 'p', title: 'P', start: '2019', end: '2025-09', sources: ['moccet', { name: 'Inline' }] }],
      events: [
        event({
          sources: ['moccet', 'ft-via-reshape', { name: 'Inline Outlet', url: 'https://example.com/a' }],
          quotes: [{ text: 'We are pleased.', by: 'Andy Jassy', source: 'axios' }],
        }),
        event({ id: 'e2', sources: ['moccet', 'axios'] }),
      ],
    },
    'listed.json',
  );
  const [e1, e2] = [r.dataset.events.find((e) => e.id === 'e1')!, r.dataset.events.find((e) => e.id === 'e2')!];
  const listed = (id: string) => r.dataset.sources.find((s) => s.id === id)!;

  it('loads with no problems, in file order, every field read', () => {
    expect(r.problems).toEqual([]);
    expect(r.dataset.sources.map((s) => s.id)).toEqual(['moccet', 'axios', 'reshape', 'ft-via-reshape']);
    expect(listed('axios')).toEqual({
      id: 'axios',
      name: 'Axios',
      title: 'OpenAI breaks free of Microsoft’s cloud',
      url: 'https://www.axios.com/2026/04/28/openai',
      date: { start: Date.UTC(2026, 3, 28), end: Date.UTC(2026, 3, 29), precision: 'day' },
    });
    expect(Object.keys(listed('moccet'))).toEqual(['id', 'name', 'title']);
  });

  it('gives every citation the listed object itself: events, periods and quotes share it', () => {
    expect(e1.sources[0]).toBe(listed('moccet'));
    expect(e2.sources[0]).toBe(listed('moccet'));
    expect(r.dataset.periods[0]!.sources[0]).toBe(listed('moccet'));
    expect(e1.quotes[0]!.source).toBe(listed('axios'));
    expect(e2.sources[1]).toBe(listed('axios'));
    expect(listed('ft-via-reshape').via).toBe(listed('reshape'));
    expect(Object.isFrozen(listed('moccet'))).toBe(true);
  });

  it('mixes ids and inline sources in their order', () => {
    expect(e1.sources.map((s) => s.id ?? s.name)).toEqual(['moccet', 'ft-via-reshape', 'Inline Outlet']);
    expect(e1.sources[2]).toEqual({ name: 'Inline Outlet', url: 'https://example.com/a' });
    expect(r.dataset.periods[0]!.sources.map((s) => s.id ?? s.name)).toEqual(['moccet', 'Inline']);
  });

  it('keeps the sharing through a structured clone (a Web Worker hands datasets back so)', () => {
    const copy = structuredClone(r.dataset);
    const moccet = copy.sources[0]!;
    expect(
      copy.events
        .flatMap((e) => e.sources)
        .filter((s) => s.id === 'moccet')
        .every((s) => s === moccet),
    ).toBe(true);
    expect(copy.sources[3]!.via).toBe(copy.sources[2]);
  });
});

describe('problems with sources', () => {
  it.each([
    [
      'an event citing an unknown id',
      { sources: LISTED, events: [event({ sources: ['moccet', 'nowhere', 'axios'] })] },
      ['warning events[0] "e1" › sources.1: source "nowhere" is not in the sources list; this citation was left out'],
    ],
    [
      'a period citing an unknown id',
      { sources: LISTED, periods: [{ id: 'p', start: '2019', end: '2020', sources: ['gone'] }], events: [] },
      ['warning periods[0] "p" › sources.0: source "gone" is not in the sources list; this citation was left out'],
    ],
    [
      'a quote from an unknown source',
      { events: [event({ quotes: [{ text: 'q', source: 'gone' }] })] },
      ['warning events[0] "e1" › quotes.0.source: source "gone" is not in the sources list; this citation was left out'],
    ],
    [
      'a repeated source id',
      {
        sources: [
          { id: 'a', name: 'First' },
          { id: 'a', name: 'Second' },
        ],
        events: [],
      },
      ['warning sources[1] "a": duplicate source id; the first one is kept'],
    ],
    [
      'a source without a name',
      { sources: [{ id: 'a', title: 'Headline' }], events: [] },
      ['error sources[0] "a" › name: name is required; this entry was left out'],
    ],
    [
      'a source with an empty name',
      { sources: [{ id: 'a', name: '' }], events: [] },
      ['error sources[0] "a" › name: name must not be empty; this entry was left out'],
    ],
    ['a source without an id', { sources: [{ name: 'A' }], events: [] }, ['error sources[0] › id: id is required; this entry was left out']],
    [
      'a source id that does not fit a URL',
      { sources: [{ id: 'financial times', name: 'FT' }], events: [] },
      [
        `error sources[0] "financial times" › id: id must use only letters, digits, "-", "_", "." or "~" so it fits in a URL; got "financial times"; this entry was left out`,
      ],
    ],
    [
      'a source with a bad date',
      { sources: [{ id: 'a', name: 'A', date: '28 April' }], events: [] },
      ['error sources[0] "a" › date: date must be YYYY, YYYY-MM or YYYY-MM-DD; got "28 April"; this entry was left out'],
    ],
    ['a source that is not an object', { sources: ['moccet'], events: [] }, ['error sources[0]: must be an object; got "moccet"; this entry was left out']],
    ['sources that are not a list', { sources: { moccet: 'Moccet' }, events: [] }, ['error sources: "sources" must be a list']],
    [
      'a via naming no source',
      { sources: [{ id: 'ft', name: 'Financial Times', via: 'nowhere' }], events: [] },
      ['warning sources[0] "ft" › via: via "nowhere" names no source in the sources list; it was dropped'],
    ],
    [
      'a via through itself',
      { sources: [{ id: 'a', name: 'A', via: 'a' }], events: [] },
      ['warning sources[0] "a" › via: via makes a loop ("a" › "a"); it was dropped'],
    ],
    [
      'a via loop of three',
      {
        sources: [
          { id: 'a', name: 'A', via: 'b' },
          { id: 'b', name: 'B', via: 'c' },
          { id: 'c', name: 'C', via: 'a' },
        ],
        events: [],
      },
      ['warning sources[2] "c" › via: via makes a loop ("c" › "a" › "b" › "c"); it was dropped'],
    ],
    [
      'an unsafe link',
      { sources: [{ id: 'a', name: 'A', url: 'javascript:alert(1)' }], events: [] },
      ['warning sources[0] "a" › url: only http:, https: and mailto: links are kept; "javascript:alert(1)" was dropped'],
    ],
    [
      'an event source that is neither id nor object',
      { events: [event({ sources: [7] })] },
      ['error events[0] "e1" › sources.0: each source must be a source id or { "name": …, "url": … }; this event was left out'],
    ],
  ])('%s', (_, raw, expected) => {
    expect(said(validateDataset(raw, 'x.json'))).toEqual(expected);
  });

  it('keeps the rest: a citation dropped leaves the event and its other sources', () => {
    const r = validateDataset({ sources: LISTED, events: [event({ sources: ['moccet', 'nowhere', { name: 'Inline' }] })] }, 'x.json');
    expect(r.dataset.events[0]!.sources.map((s) => s.name)).toEqual(['Moccet', 'Inline']);
  });

  it('keeps the first of a repeated id, and cites it', () => {
    const r = validateDataset(
      {
        sources: [
          { id: 'a', name: 'First' },
          { id: 'a', name: 'Second' },
        ],
        events: [event({ sources: ['a'] })],
      },
      'x.json',
    );
    expect(r.dataset.sources.map((s) => s.name)).toEqual(['First']);
    expect(r.dataset.events[0]!.sources[0]!.name).toBe('First');
  });

  it('a citation of an entry left out is reported too, and the event still shows', () => {
    const r = validateDataset({ sources: [{ id: 'a', date: 'soon' }], events: [event({ sources: ['a'] })] }, 'x.json');
    expect(r.dataset.sources).toEqual([]);
    expect(r.dataset.events).toHaveLength(1);
    expect(said(r)).toContain('warning events[0] "e1" › sources.0: source "a" is not in the sources list; this citation was left out');
  });

  it('breaks a via loop at the entry that closes it, keeping the rest of the chain', () => {
    const r = validateDataset(
      {
        sources: [
          { id: 'a', name: 'A', via: 'b' },
          { id: 'b', name: 'B', via: 'a' },
        ],
        events: [],
      },
      'x.json',
    );
    const [a, b] = r.dataset.sources;
    expect(a!.via).toBe(b);
    expect(b!.via).toBeUndefined();
    expect(said(r)).toEqual(['warning sources[1] "b" › via: via makes a loop ("b" › "a" › "b"); it was dropped']);
  });

  it('follows a via to a source listed later, and chains of them', () => {
    const r = validateDataset(
      {
        sources: [
          { id: 'a', name: 'A', via: 'b' },
          { id: 'b', name: 'B', via: 'c' },
          { id: 'c', name: 'C' },
        ],
        events: [],
      },
      'x.json',
    );
    expect(r.problems).toEqual([]);
    expect(r.dataset.sources[0]!.via!.via).toBe(r.dataset.sources[2]);
  });

  it('drops an unsafe link but keeps the source', () => {
    const r = validateDataset({ sources: [{ id: 'a', name: 'A', url: 'data:text/html,<script>alert(1)</script>' }], events: [] }, 'x.json');
    expect(r.dataset.sources).toEqual([{ id: 'a', name: 'A' }]);
  });
});
