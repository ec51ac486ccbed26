/**
 * Years before the common era (issue 20): ISO 8601's astronomical years in the dataset, written as
 * each language writes them, on an axis whose ticks fall on years that are round as people count them.
 */
import { describe, expect, it } from 'vitest';
import { formatAtPrecision, formatEventDate, tickLabelIn } from '../../src/i18n/format';
import { parsePartialDate, toDateForm } from '../../src/time/partialDate';
import { timeTicks } from '../../src/time/ticks';
import { formatLocale, setFormatLocale } from '../../src/i18n/locale';
import { localeFor } from '../../src/i18n/intl/intlDates';
import { parseDataset } from '../../src/data/parseDataset';
import type { Lang } from '../../src/view/lang';

const year = (form: string) => parsePartialDate(form)!;

describe('years before the common era', () => {
  it('reads ISO 8601’s signed years astronomically and writes them back the same way', () => {
    expect(year('-0489')).toMatchObject({ precision: 'year' });
    expect(new Date(year('-0489').start).getUTCFullYear()).toBe(-489);
    expect(year('-0043-03-15').precision).toBe('day');
    for (const form of ['-0489', '0000', '-0043-03-15', '-11999', '0602']) expect(toDateForm(year(form).start, year(form).precision)).toBe(form);
    // Beyond what a Date holds: a year of deep time (deepTime.test.ts), never a month or a day.
    expect(parsePartialDate('-300000')).toMatchObject({ precision: 'year' });
    expect(parsePartialDate('-300000-01-01')).toBeNull();
  });

  it.each<[Lang, string, string]>([
    ['en', '490 BCE', '15 Mar 44 BCE'],
    ['de', '490 v. Chr.', '15. März 44 v. Chr.'],
    ['fr', '490 av. J.-C.', '15 mars 44 av. J.-C.'],
    ['es', '490 a. C.', '15 mar 44 a. C.'],
    ['ja', '紀元前490年', '紀元前44年3月15日'],
    ['zh', '公元前490年', '公元前44年3月15日'],
  ])('in %s: %s, %s', async (lang, battle, ides) => {
    setFormatLocale(localeFor(lang));
    expect(formatAtPrecision(year('-0489'))).toBe(battle);
    expect(formatAtPrecision(year('-0043-03-15'))).toBe(ides);
    // Years after 1 as people write them, never padded.
    expect(formatAtPrecision(year('0602'))).toMatch(/^602/);
    setFormatLocale(localeFor('en'));
  });

  it('says "c." for an approximate date before the era', () => {
    expect(formatEventDate({ start: year('-2999'), approx: true })).toBe('c. 3000 BCE');
  });

  it('puts year ticks on round years as people count them, with no year 0', () => {
    const label = tickLabelIn(formatLocale());
    const ticks = timeTicks(year('-0499').start, year('0300').start, 450, label);
    expect(ticks.unit).toBe('year');
    expect(ticks.minor.map((t) => t.label)).toEqual(['500 BCE', '400 BCE', '300 BCE', '200 BCE', '100 BCE', '100', '200', '300']);
    const deep = timeTicks(year('-9999').start, year('-1999').start, 450, label);
    expect(deep.minor.map((t) => t.label).slice(0, 3)).toEqual(['10000 BCE', '9000 BCE', '8000 BCE']);
  });

  it('reads TimelineJS’s negative years as TimelineJS shows them: -490 is 490 BCE', () => {
    const r = parseDataset(JSON.stringify({ events: [{ start_date: { year: -490 }, text: { headline: 'Marathon' } }] }), 'tl.json');
    expect(r.problems).toEqual([]);
    expect(formatAtPrecision(r.dataset.events[0]!.start)).toBe('490 BCE');
  });

  it('reads "c. 3000 BCE" in a sheet as an approximate date', () => {
    const r = parseDataset('start,title\nc. 3000 BCE,Writing in Sumer\n44 BC,Caesar dies\n', 'rome.csv');
    expect(r.problems).toEqual([]);
    expect(r.dataset.events.map((e) => [e.title, formatEventDate(e)])).toEqual([
      ['Writing in Sumer', 'c. 3000 BCE'],
      ['Caesar dies', '44 BCE'],
    ]);
  });
});
