import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatViewParams, parseViewParams, type ViewParams } from '../../src/view/viewParams';
import { headerKey } from '../../src/data/columnChoice';
import { paramWarning } from '../../src/view/words/paramWarnings';
import { SHEET_COLUMNS } from '../../src/data/formats/sheetLayout';

const DAY = 86_400_000;
const id = fc.stringMatching(/^[a-z0-9][a-z0-9._~-]{0,20}$/);
const anyText = fc.string({ unit: 'grapheme', maxLength: 40 });
const day = fc.integer({ min: Date.UTC(1000, 0, 1) / DAY, max: Date.UTC(3000, 0, 1) / DAY }).map((d) => d * DAY);

const paramsArb: fc.Arbitrary<ViewParams> = fc
  .record(
    {
      event: id,
      period: id,
      q: anyText.filter((s) => s.length > 0),
      actors: fc.uniqueArray(
        anyText.filter((s) => s.trim() === s && s !== ''),
        { minLength: 1, maxLength: 4 },
      ),
      categories: fc.uniqueArray(id, { minLength: 1, maxLength: 4 }),
      disputed: fc.boolean(),
      lanes: fc.constantFrom('actor', 'category', 'none'),
      view: fc.constantFrom('timeline', 'list'),
      embed: fc.boolean(),
      orientation: fc.constantFrom('horizontal', 'vertical'),
      theme: fc.constantFrom('light', 'dark', 'auto'),
      accent: fc.stringMatching(/^(?:[0-9a-f]{3}|[0-9a-f]{6})$/),
      window: fc.tuple(day, fc.integer({ min: 1, max: 20_000 })),
      columns: fc.dictionary(
        anyText.map(headerKey).filter((k) => k !== ''),
        fc.option(fc.constantFrom(...SHEET_COLUMNS), { nil: null }),
        { minKeys: 1, maxKeys: 4 },
      ),
    },
    { requiredKeys: [] },
  )
  .map(({ window, ...rest }) => {
    const p: ViewParams = { ...rest };
    if (window) {
      p.from = window[0];
      p.to = window[0] + window[1] * DAY;
    }
    return p;
  });

describe('view parameters', () => {
  it('writes a window narrower than a day to the minute (a dataset with times of day), and reads it back', () => {
    const from = Date.UTC(2026, 3, 27, 14, 0);
    const to = Date.UTC(2026, 3, 27, 15, 30);
    const link = formatViewParams({ from, to });
    expect(link).toBe('?from=2026-04-27T14:00&to=2026-04-27T15:29');
    expect(parseViewParams(link).params).toEqual({ from, to });
  });

  it('parse(format(params)) gives the params back', () => {
    fc.assert(
      fc.property(paramsArb, (params) => {
        const { params: back, warnings } = parseViewParams(formatViewParams(params));
        expect(warnings).toEqual([]);
        expect(back).toEqual(params);
      }),
      { numRuns: 500 },
    );
  });

  it('parse never throws on arbitrary strings, and returns only well-formed values', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (search) => {
        const { params } = parseViewParams(search);
        if (params.from !== undefined && params.to !== undefined) expect(params.from).toBeLessThan(params.to);
        if (params.lanes) expect(['actor', 'category', 'none']).toContain(params.lanes);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a readable link', () => {
    const { params, warnings } = parseViewParams('?event=amendment-2026-04-27&from=2026-04&to=2026-05-03&q=Bedrock+deal&actors=amazon,openai&lanes=category');
    expect(warnings).toEqual([]);
    expect(params).toEqual({
      event: 'amendment-2026-04-27',
      from: Date.UTC(2026, 3, 1),
      to: Date.UTC(2026, 4, 4),
      q: 'Bedrock deal',
      actors: ['amazon', 'openai'],
      lanes: 'category',
    });
  });

  it('writes one', () => {
    expect(formatViewParams({ actors: ['amazon'], q: 'Bedrock', event: 'amendment-2026-04-27', from: Date.UTC(2026, 3, 20), to: Date.UTC(2026, 4, 1) })).toBe(
      '?event=amendment-2026-04-27&from=2026-04-20&to=2026-04-30&q=Bedrock&actors=amazon',
    );
  });

  it.each([
    ['?from=2026/04/27', 'ignoring from=2026/04/27: use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm'],
    ['?lanes=diagonal', 'ignoring lanes=diagonal: use actor, category, none'],
    ['?colour=red', 'ignoring colour=red: unknown parameter'],
    ['?q=%E0%A4%A', 'ignoring q=%E0%A4%A: not valid percent-encoding'],
    ['?from=2027&to=2026', 'ignoring from and to: from must come before to'],
    ['?disputed=yes', 'ignoring disputed=yes: use 1 or 0'],
    ['?disputed', 'ignoring disputed=: use 1 or 0'],
  ])('%s warns: %s', (search, warning) => {
    expect(parseViewParams(search).warnings.map(paramWarning)).toEqual([warning]);
  });

  it('reads and writes the disputed filter, after the other filters', () => {
    const { params, warnings } = parseViewParams('?q=deal&categories=investment&disputed=1');
    expect(warnings).toEqual([]);
    expect(params).toEqual({ q: 'deal', categories: ['investment'], disputed: true });
    expect(formatViewParams(params)).toBe('?q=deal&categories=investment&disputed=1');
    expect(parseViewParams('?disputed=0').params).toEqual({ disputed: false });
  });

  it('keeps the rest of a link when one part is bad', () => {
    expect(parseViewParams('?lanes=nope&event=x&embed=1&accent=%23fff').params).toEqual({ event: 'x', embed: true });
    expect(parseViewParams('?disputed=true&actors=amazon').params).toEqual({ actors: ['amazon'] });
  });

  it('reads the embed, theme and orientation parameters', () => {
    expect(parseViewParams('?embed=1&theme=dark&accent=C2570C&orientation=vertical').params).toEqual({
      embed: true,
      theme: 'dark',
      accent: 'c2570c',
      orientation: 'vertical',
    });
  });
});
