/** TimelineJS's older JSON forms (issue 20): the `timeline` wrapper with slides, and TimelineJS2's `date` list. */
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/parseDataset';

describe('older TimelineJS JSON', () => {
  it('TimelineJS3 wrapped in "timeline", its events called slides, the undated slide its title', () => {
    const text = JSON.stringify({
      timeline: {
        slides: [
          { text: { headline: 'The partnership', text: '<p>From 2019 to 2026</p>' } },
          { start_date: { year: '2019', month: '7', day: '22' }, text: { headline: 'Microsoft invests', text: '$1 <b>billion</b>' } },
          { start_date: { year: 2026, month: 4 }, end_date: { year: 2032 }, text: { headline: 'Licence' }, group: 'Microsoft' },
        ],
      },
    });
    const { dataset, problems, format } = parseDataset(text, 'wrapped.json');
    expect(format).toBe('timelinejs');
    expect(problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(dataset.title).toBe('The partnership');
    expect(dataset.description).toBe('From 2019 to 2026');
    expect(dataset.events.map((e) => [e.title, e.summary, e.start.precision, e.from])).toEqual([
      ['Microsoft invests', '$1 **billion**', 'day', Date.UTC(2019, 6, 22)],
      ['Licence', '', 'month', Date.UTC(2026, 3, 1)],
    ]);
    expect(dataset.events[1]!.end?.precision).toBe('year');
    expect(dataset.actors.map((a) => a.label)).toEqual(['Microsoft']);
  });

  it('TimelineJS2: startDate "2011,3,23", tags as lanes, assets as media, eras as periods', () => {
    const text = JSON.stringify({
      timeline: {
        headline: 'Arab Spring',
        type: 'default',
        text: 'A year of protests',
        date: [
          {
            startDate: '2010,12,17',
            endDate: '2010,12,17',
            headline: 'Tunisia',
            text: 'It begins',
            tag: 'North Africa',
            asset: { media: 'https://example.org/a.jpg', credit: 'Reuters' },
          },
          { startDate: '2011,1', endDate: '2011,2', headline: 'Egypt', text: '' },
          { startDate: '2011', headline: 'Libya' },
        ],
        era: [{ startDate: '2010,12,17', endDate: '2011,12,31', headline: 'First wave' }],
      },
    });
    const { dataset, problems } = parseDataset(text, 'v2.json');
    expect(problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(dataset.title).toBe('Arab Spring');
    expect(dataset.events.map((e) => [e.title, e.start.precision, e.end?.precision ?? null])).toEqual([
      ['Tunisia', 'day', null],
      ['Egypt', 'month', 'month'],
      ['Libya', 'year', null],
    ]);
    const tunisia = dataset.events.find((e) => e.title === 'Tunisia')!;
    expect(tunisia.sources).toEqual([]);
    expect(tunisia.media).toEqual([{ url: 'https://example.org/a.jpg', kind: 'image', credit: 'Reuters' }]);
    expect(dataset.actors.map((a) => a.label)).toEqual(['North Africa']);
    expect(dataset.periods.map((p) => [p.title, p.start.precision, p.end.precision])).toEqual([['First wave', 'day', 'day']]);
  });
});
