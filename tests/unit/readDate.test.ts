/** Dates as people write them (issue 20): input, the column's day order, and what is read. */
import { describe, expect, it } from 'vitest';
import { orderShown, readDate, type DayOrder } from '../../src/data/formats/readDate';
import { parseCsvDataset } from '../../src/data/formats/parseCsv';
import { problemsInEnglish } from '../../src/data/words/problemWords';

problemsInEnglish();

type Row = [input: string, order: DayOrder | null, start: string, end?: string];

const READ: Row[] = [
  // Before the common era, as ISO 8601's astronomical years (490 BCE is -0489), and the era written out
  ['490 BC', null, '-0489'],
  ['490 BCE', null, '-0489'],
  ['490 B.C.', null, '-0489'],
  ['1 BC', null, '0000'],
  ['12,000 BCE', null, '-11999'],
  ['15 March 44 BC', null, '-0043-03-15'],
  ['March 15, 44 BC', null, '-0043-03-15'],
  ['500–400 BC', null, '-0499', '-0399'],
  ['44 v. Chr.', null, '-0043'],
  ['490 av. J.-C.', null, '-0489'],
  ['490 a. C.', null, '-0489'],
  ['紀元前490年', null, '-0489'],
  ['公元前490年', null, '-0489'],
  ['AD 602', null, '0602'],
  ['602 CE', null, '0602'],
  ['602 n. Chr.', null, '0602'],
  // A day with a time of day, to the minute; an offset is kept for the validator (time/partialDate.ts)
  ['2026-04-27 14:30', null, '2026-04-27T14:30'],
  ['2026-04-27T14:30', null, '2026-04-27T14:30'],
  ['2026-04-27T14:30:00-07:00', null, '2026-04-27T14:30-07:00'],
  ['2026-04-27T14:30:00.000Z', null, '2026-04-27T14:30Z'],
  ['2026-04-27 09:05 +0530', null, '2026-04-27T09:05+05:30'],
  ['27 April 2026, 2:30 pm', null, '2026-04-27T14:30'],
  ['April 27, 2026 2:30 PM', null, '2026-04-27T14:30'],
  ['April 27, 2026 at 12:05 a.m.', null, '2026-04-27T00:05'],
  ['27.04.2026 14:30', null, '2026-04-27T14:30'],
  ['4/27/2026 9:15', null, '2026-04-27T09:15'],
  ['01/02/2020 12:00 pm', 'dmy', '2020-02-01T12:00'],
  ['27 avril 2026 à 14:30', null, '2026-04-27T14:30'],
  // ISO and near-ISO
  ['2026-04-27', null, '2026-04-27'],
  ['2026-4-7', null, '2026-04-07'],
  ['2026/04/27', null, '2026-04-27'],
  ['2026-04', null, '2026-04'],
  ['2026', null, '2026'],
  ['  2026  ', null, '2026'],
  // Month names, English
  ['27 April 2026', null, '2026-04-27'],
  ['April 27, 2026', null, '2026-04-27'],
  ['April 27 2026', null, '2026-04-27'],
  ['27 Apr 2026', null, '2026-04-27'],
  ['Apr. 27, 2026', null, '2026-04-27'],
  ['27th April 2026', null, '2026-04-27'],
  ['the 1st of May 2026', null, '2026-05-01'],
  ['Apr 2026', null, '2026-04'],
  ['April 2026', null, '2026-04'],
  ['APRIL 2026', null, '2026-04'],
  ['Sept 2025', null, '2025-09'],
  ['2 Sep 2025', null, '2025-09-02'],
  ['29 February 2024', null, '2024-02-29'],
  // German, French, Spanish
  ['27. April 2026', null, '2026-04-27'],
  ['3. März 2026', null, '2026-03-03'],
  ['Dezember 2025', null, '2025-12'],
  ['27 avril 2026', null, '2026-04-27'],
  ['1er mai 2026', null, '2026-05-01'],
  ['août 2025', null, '2025-08'],
  ['17 février 2026', null, '2026-02-17'],
  ['27 de abril de 2026', null, '2026-04-27'],
  ['diciembre de 2025', null, '2025-12'],
  ['1 ene 2026', null, '2026-01-01'],
  // Japanese and Chinese
  ['2026年4月27日', null, '2026-04-27'],
  ['2026年4月', null, '2026-04'],
  ['2026年', null, '2026'],
  // Numeric, settled by the value itself
  ['4/27/2026', null, '2026-04-27'],
  ['27/04/2026', null, '2026-04-27'],
  ['27-04-2026', null, '2026-04-27'],
  ['27.04.2026', null, '2026-04-27'],
  ['01.02.2026', null, '2026-02-01'],
  ['5/5/2026', null, '2026-05-05'],
  // Numeric, settled by the column
  ['01/02/2020', 'dmy', '2020-02-01'],
  ['01/02/2020', 'mdy', '2020-01-02'],
  ['4/27/2026', 'dmy', '2026-04-27'],
  // Ranges in one cell
  ['1939–1945', null, '1939', '1945'],
  ['1939-1945', null, '1939', '1945'],
  ['1939 - 1945', null, '1939', '1945'],
  ['1914 to 1918', null, '1914', '1918'],
  ['April-May 1945', null, '1945-04', '1945-05'],
  ['April – May 1945', null, '1945-04', '1945-05'],
  ['27–29 April 2026', null, '2026-04-27', '2026-04-29'],
  ['27 April – 3 May 2026', null, '2026-04-27', '2026-05-03'],
  ['Oct 2025 to Apr 2026', null, '2025-10', '2026-04'],
  ['2019 bis 2026', null, '2019', '2026'],
  ['de 1939 a 1945', null, '1939', '1945'],
  ['1/2/2020 – 3/4/2020', 'mdy', '2020-01-02', '2020-03-04'],
  ['2026–2026', null, '2026'],
];

describe('readDate reads', () => {
  it.each(READ)('%j (order %s) as %s…%s', (input, order, start, end) => {
    expect(readDate(input, order)).toEqual(end ? { ok: true, start, end } : { ok: true, start });
  });
});

// Every month by name in the four languages with Latin month names, in the forms each writes, and every
// numeric order: the table that holds the reader to the calendar rather than to a few examples.
const MONTH_NAMES: [lang: string, names: string[], day: (d: number, m: string) => string, month: (m: string) => string][] = [
  ['en', 'January February March April May June July August September October November December'.split(' '), (d, m) => `${m} ${d}, 2025`, (m) => `${m} 2025`],
  ['de', 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(' '), (d, m) => `${d}. ${m} 2025`, (m) => `${m} 2025`],
  ['fr', 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '), (d, m) => `${d} ${m} 2025`, (m) => `${m} 2025`],
  [
    'es',
    'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' '),
    (d, m) => `${d} de ${m} de 2025`,
    (m) => `${m} de 2025`,
  ],
];
const pad = (n: number) => String(n).padStart(2, '0');
const CALENDAR: Row[] = MONTH_NAMES.flatMap(([, names, day, month]) =>
  names.flatMap((name, i): Row[] => [
    [day(28, name), null, `2025-${pad(i + 1)}-28`],
    [month(name), null, `2025-${pad(i + 1)}`],
  ]),
).concat(
  Array.from({ length: 12 }, (_, i): Row[] => [
    [`${i + 1}/13/2025`, null, `2025-${pad(i + 1)}-13`],
    [`13/${i + 1}/2025`, null, `2025-${pad(i + 1)}-13`],
    [`13.${pad(i + 1)}.2025`, null, `2025-${pad(i + 1)}-13`],
    [`2025-${i + 1}-13`, null, `2025-${pad(i + 1)}-13`],
    [`2025年${i + 1}月13日`, null, `2025-${pad(i + 1)}-13`],
    [`${i + 1}/5/2025`, 'mdy', `2025-${pad(i + 1)}-05`],
    [`5/${i + 1}/2025`, 'dmy', `2025-${pad(i + 1)}-05`],
    [`2025-${pad(i + 1)}-13 ${i + 8}:05`, null, `2025-${pad(i + 1)}-13T${pad(i + 8)}:05`],
  ]).flat(),
);

describe('readDate reads every month, every way', () => {
  it.each(CALENDAR)('%j (order %s) as %s', (input, order, start) => expect(readDate(input, order)).toEqual({ ok: true, start }));
});

describe('readDate reads approximate dates', () => {
  it.each([
    ['c. 3000 BCE', '-2999'],
    ['ca. 1200', '1200'],
    ['circa 1200', '1200'],
    ['um 1200', '1200'],
    ['vers 1200', '1200'],
  ])('%j as approximately %s', (input, start) => expect(readDate(input)).toEqual({ ok: true, start, approx: true }));
});

describe('readDate does not guess', () => {
  it.each([
    ['01/02/2020', ['2020-02-01', '2020-01-02']],
    ['1/2/2020 – 3/4/2020', ['2020-02-01 – 2020-04-03', '2020-01-02 – 2020-03-04']],
  ] as const)('%j with no order: both readings', (input, both) => {
    expect(readDate(input)).toEqual({ ok: false, ambiguous: both });
  });

  it.each([
    '',
    'soon',
    '27',
    '31 April 2026',
    '2026-13',
    '2026-02-30',
    '13/13/2026',
    '29 February 2025',
    'April 2026 14:30',
    '2026-04-27 24:00',
    '2026-04-27 13:00 pm',
    '2026-04-27 10:75',
    '2:30 pm',
    '1939–1945 10:00',
    'abc',
    'BC',
    '12 dic',
    'Q2 2026',
    '1939–1945–1950',
    'May',
  ])('%j: not read', (input) => {
    expect(readDate(input)).toEqual({ ok: false });
  });
});

describe('orderShown', () => {
  it.each([
    ['27/04/2026', 'dmy'],
    ['4/27/2026', 'mdy'],
    ['01/02/2020', null],
    ['27.04.2026', null],
    ['2026-04-27', null],
    ['27 April 2026', null],
  ] as const)('%j shows %s', (input, order) => expect(orderShown(input)).toBe(order));
});

describe('dates in a CSV', () => {
  const read = (text: string) => {
    const { dataset, problems } = parseCsvDataset(text, 'a.csv');
    return {
      events: dataset.events.map((e) => [e.title, e.start.precision, e.from, e.end?.precision ?? null]),
      problems: problems.map((p) => [p.where, p.message]),
    };
  };

  it('take the order the column settles: one date with a day over 12 is enough', () => {
    const { events, problems } = read('date,title\n01/02/2020,A\n25/12/2020,B\n');
    expect(problems).toEqual([]);
    expect(events).toEqual([
      ['A', 'day', Date.UTC(2020, 1, 1), null],
      ['B', 'day', Date.UTC(2020, 11, 25), null],
    ]);
  });

  it('a range in the start cell is the end too; a row’s own end wins', () => {
    const { events, problems } = read('start,end,title\n1939–1945,,War\nApril-May 1945,1946,Spring\n');
    expect(problems).toEqual([]);
    expect(events).toEqual([
      ['War', 'year', Date.UTC(1939, 0, 1), 'year'],
      ['Spring', 'month', Date.UTC(1945, 3, 1), 'year'],
    ]);
  });

  it('an ambiguous date is said with both readings and how to settle it; an unread one how to write it; the rest load', () => {
    const { events, problems } = read('start,title\n01/02/2020,A\nsoon,B\n2026-04-27,C\n');
    expect(events.map((e) => e[0])).toEqual(['C']);
    expect(problems).toEqual([
      [
        'row 2 (line 2), column "start"',
        '"01/02/2020" could be 2020-02-01 (day first) or 2020-01-02 (month first): write it as YYYY-MM-DD, or let one date in the column have a day over 12, which settles the order',
      ],
      ['row 3 (line 3), column "start"', '"soon" is not a date Chronicle reads: write it as 2026-04-27, 27 April 2026, April 2026 or 2026'],
    ]);
  });

  it('a column whose dates settle it both ways settles nothing: its undecided dates are asked about', () => {
    const { problems } = read('start,title\n25/12/2020,A\n12/25/2020,B\n01/02/2020,C\n');
    expect(problems.map((p) => p[0])).toEqual(['row 4 (line 4), column "start"']);
  });
});
