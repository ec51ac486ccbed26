/**
 * Deep time (issue 20): years beyond a Date's reach, written as geologists and cosmologists write them,
 * kept as signed years, shown as years before the present, on an axis of round years ago.
 */
import { describe, expect, it } from 'vitest';
import { readDate } from '../../src/data/formats/readDate';
import { parseDataset } from '../../src/data/parseDataset';
import { formatAtPrecision, formatDuration, tickLabelIn } from '../../src/i18n/format';
import { formatLocale, setFormatLocale } from '../../src/i18n/locale';
import { localeFor } from '../../src/i18n/intl/intlDates';
import { isDeep, parsePartialDate, toDateForm, yearOf } from '../../src/time/partialDate';
import { timeTicks } from '../../src/time/ticks';
import type { Lang } from '../../src/view/lang';

describe('deep time', () => {
  it.each([
    ['66 Ma', '-65998050'],
    ['66 mya', '-65998050'],
    ['4.5 Ga', '-4499998050'],
    ['300 ka', '-298050'],
    ['13.8 billion years ago', '-13799998050'],
    ['66 million years ago', '-65998050'],
    ['300,000 years ago', '-298050'],
    ['10,000 years BP', '-8050'],
    ['vor 66 Millionen Jahren', '-65998050'],
    ['vor 13,8 Milliarden Jahren', '-13799998050'],
    ["il y a 66 millions d'années", '-65998050'],
    ['hace 66 millones de años', '-65998050'],
    ['6600万年前', '-65998050'],
    ['138億年前', '-13799998050'],
  ])('reads %j as the year %s', (input, start) => expect(readDate(input)).toEqual({ ok: true, start }));

  it('reads "c. 66 Ma" as approximate', () => expect(readDate('c. 66 Ma')).toEqual({ ok: true, start: '-65998050', approx: true }));

  it('keeps a deep year as a year, in order, and writes it back as written', () => {
    const bang = parsePartialDate('-13799998050')!;
    const dinosaurs = parsePartialDate('-65998050')!;
    expect(bang.precision).toBe('year');
    expect(isDeep(bang.start)).toBe(true);
    expect(bang.start).toBeLessThan(dinosaurs.start);
    expect(dinosaurs.end).toBeGreaterThan(dinosaurs.start);
    expect(yearOf(dinosaurs.start)).toBe(-65998050);
    expect(toDateForm(dinosaurs.start, 'year')).toBe('-65998050');
    // A month or a day of deep time is not a date Chronicle holds.
    expect(parsePartialDate('-65998050-03')).toBeNull();
  });

  it.each<[Lang, string]>([
    ['en', '66 million years ago'],
    ['de', 'vor 66 Millionen Jahren'],
    ['fr', 'il y a 66 millions d’années'],
    ['es', 'hace 66 millones de años'],
    ['ja', '6600万年前'],
    ['zh', '6600万年前'],
  ])('in %s: %s', async (lang, words) => {
    setFormatLocale(localeFor(lang));
    expect(formatAtPrecision(parsePartialDate('-65998050')!)).toBe(words);
    setFormatLocale(localeFor('en'));
  });

  it('puts ticks on round years ago, and says a break in billions of years', () => {
    const label = tickLabelIn(formatLocale());
    const ticks = timeTicks(parsePartialDate('-13799998050')!.start, parsePartialDate('2000')!.start, 1000, label);
    expect(ticks.minor.map((t) => t.label).slice(0, 3)).toEqual(['12B yrs ago', '10B yrs ago', '8B yrs ago']);
    expect(formatDuration(4e9 * 365.25 * 86_400_000, 'long', 'en')).toBe('4 billion years');
  });

  it('loads a science teacher’s sheet, every row in order', () => {
    const r = parseDataset(
      'when,what\n13.8 billion years ago,Big Bang\n4.54 billion years ago,Earth forms\n66 Ma,Chicxulub impact\n300 ka,Homo sapiens\n',
      'cosmos.csv',
    );
    expect(r.problems).toEqual([]);
    expect(r.dataset.events.map((e) => [e.title, formatAtPrecision(e.start)])).toEqual([
      ['Big Bang', '13.8 billion years ago'],
      ['Earth forms', '4.54 billion years ago'],
      ['Chicxulub impact', '66 million years ago'],
      ['Homo sapiens', '300 thousand years ago'],
    ]);
  });
});
