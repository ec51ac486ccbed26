/**
 * Dates as people write them in a spreadsheet, read into the dataset's ISO forms at their precision:
 * `2026-04-27`, `2026-4-7`, `27 April 2026`, `April 27, 2026`, `27 Apr 2026`, `Apr 2026`, `2026`,
 * `4/27/2026`, `27/04/2026`, `27.04.2026`, `2026年4月27日`, month names in English, German, French
 * and Spanish, and ranges in one cell (`April-May 1945`, `1939–1945`, `1914 to 1918`, `27–29 April 2026`);
 * a day with a time of day (`2026-04-27 14:30`, `27 April 2026, 2:30 pm`, `2026-04-27T14:30:00-07:00`)
 * is read to the minute (`2026-04-27T14:30`, its offset kept: time/partialDate.ts says what it means).
 * Years before the common era are written as people write them (`490 BC`, `490 BCE`, `44 v. Chr.`,
 * `490 av. J.-C.`, `紀元前490年`; `15 March 44 BC`; `500–400 BC`) and read as ISO 8601's astronomical
 * years (490 BCE is `-0489`: year 0 is 1 BCE); `AD 602` and `602 CE` are 602. `c. 3000 BCE`, `ca.`,
 * `circa`, `um`, `vers`, `hacia` say the date is approximate (`approx`). Deep time is counted back
 * from the present (1950, as radiocarbon and geology count): `66 Ma`, `4.5 Ga`, `300 ka`,
 * `13.8 billion years ago`, `vor 66 Millionen Jahren`, `il y a 66 millions d'années`,
 * `hace 66 millones de años`, `6600万年前`, `138億年前` (a year: `-65998050`).
 * Numeric dates whose day and month could be either way round are read in the `order` given (the
 * column's, settled by any of its values that can only be read one way), else reported. Pure; never throws.
 */

import { PRESENT } from '../../time/partialDate';

/** Which comes first in a numeric date: the day (27/04/2026) or the month (04/27/2026). */
export type DayOrder = 'dmy' | 'mdy';

/** A date read: ISO `start` (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm[offset]), and `end` when the cell held a range. */
export type DateReading =
  | { ok: true; start: string; end?: string; approx?: true }
  /** Day and month could be either way round, and nothing says which: both readings, day first first. */
  | { ok: false; ambiguous: [string, string] }
  | { ok: false; ambiguous?: undefined };

interface Parts {
  year?: number;
  month?: number;
  day?: number;
  /** Both numbers could be the month (e.g. 01/02/2020). */
  either?: boolean;
}

/** Month names by their first letters, lower case, accents aside: English, German, French, Spanish. */
const MONTHS: [number, string[]][] = [
  [1, ['january', 'jan', 'januar', 'janvier', 'janv', 'enero', 'ene', 'jänner', 'jan']],
  [2, ['february', 'feb', 'februar', 'fevrier', 'fevr', 'fev', 'febrero']],
  [3, ['march', 'mar', 'marz', 'mars', 'marzo']],
  [4, ['april', 'apr', 'avril', 'avr', 'abril', 'abr']],
  [5, ['may', 'mai', 'mayo']],
  [6, ['june', 'jun', 'juni', 'juin', 'junio']],
  [7, ['july', 'jul', 'juli', 'juillet', 'juil', 'julio']],
  [8, ['august', 'aug', 'aout', 'agosto', 'ago']],
  [9, ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'set']],
  [10, ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre']],
  [11, ['november', 'nov', 'novembre', 'noviembre']],
  [12, ['december', 'dec', 'dezember', 'dez', 'decembre', 'diciembre', 'dic']],
];
const MONTH_OF = new Map(MONTHS.flatMap(([n, names]) => names.map((name) => [name, n] as const)));

/** Words that only join a date's parts: "27 de abril de 2026", "the 27th of April", "le 1er mai". */
const FILLER = new Set(['de', 'del', 'of', 'the', 'le', 'la', 'den', 'der', 'am']);

const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** One date, without a range: its parts, or null. */
function readOne(text: string): Parts | null {
  const t = plain(text).trim();
  if (!t) return null;
  let m = /^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?$/.exec(t);
  if (m) return { year: +m[1]!, month: m[2] ? +m[2] : undefined, day: m[3] ? +m[3] : undefined };
  m = /^(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?$/.exec(t);
  if (m) return { year: +m[1]!, month: m[2] ? +m[2] : undefined, day: m[3] ? +m[3] : undefined };
  // Dots are day first wherever they are written (27.04.2026); slashes and dashes either way.
  m = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})$/.exec(t);
  if (m) return { year: +m[3]!, month: +m[2]!, day: +m[1]! };
  m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/.exec(t);
  if (m) {
    const a = +m[1]!;
    const b = +m[2]!;
    if (a > 12) return { year: +m[3]!, day: a, month: b };
    if (b > 12) return { year: +m[3]!, month: a, day: b };
    return { year: +m[3]!, month: a, day: b, either: a !== b };
  }
  // Words: a month's name, a day (1st, 27th, 27.) and a year, in any order.
  const parts: Parts = {};
  for (const token of t.split(/[\s,]+/)) {
    const word = token.replace(/\.$/, '');
    if (!word || FILLER.has(word)) continue;
    const month = MONTH_OF.get(word);
    if (month !== undefined && parts.month === undefined) parts.month = month;
    else if (/^\d{4}$/.test(word) && parts.year === undefined) parts.year = +word;
    else if (/^\d{1,2}(?:st|nd|rd|th|er|e|º|o)?$/.test(word) && parts.day === undefined) parts.day = parseInt(word, 10);
    else return null;
  }
  return parts.month !== undefined || parts.year !== undefined ? parts : null;
}

/** A range's two ends in one cell: "1939–1945", "1914 to 1918", "April-May 1945", "27–29 April 2026". */
const RANGE = /\s*[–—]\s*|\s+(?:-|to|until|till|bis|au|a|al|hasta)\s+/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parts as ISO, or null when something is missing or out of range. */
function iso(p: Parts): string | null {
  if (p.year === undefined) return null;
  const y = String(p.year).padStart(4, '0');
  if (p.month === undefined) return p.day === undefined ? y : null;
  if (p.month < 1 || p.month > 12) return null;
  const ym = `${y}-${String(p.month).padStart(2, '0')}`;
  if (p.day === undefined) return ym;
  return p.day >= 1 && p.day <= daysIn(p.year, p.month) ? `${ym}-${String(p.day).padStart(2, '0')}` : null;
}

/** With `either`, the month-first reading is the one read; day first swaps them. */
const ordered = (p: Parts, order: DayOrder): Parts => (p.either && order === 'dmy' ? { ...p, day: p.month, month: p.day } : p);

/**
 * Whether a value settles the column's order: `27/04/2026` says day first, `4/27/2026` month
 * first; `01/02/2020`, an ISO date or a month's name says nothing (null).
 */
export function orderShown(text: string): DayOrder | null {
  const m = /^\s*(\d{1,2})[/-](\d{1,2})[/-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  if (+m[1]! > 12 && +m[2]! <= 12) return 'dmy';
  if (+m[2]! > 12 && +m[1]! <= 12) return 'mdy';
  return null;
}

/** A day, then a time of day: "…, 2:30 pm", "… 14:30", "…T14:30:00-07:00", "… at 9:05 am". */
const TIMED =
  /^(.+?)[\sT,]+(?:at\s+|um\s+|a\s+las\s+|à\s+)?(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([ap])?\.?(?:m\.?)?\s*(z|utc|gmt|[+-]\d{2}(?::?\d{2})?)?$/i;

/** "c. 3000 BCE": the date is approximate. */
const CIRCA = /^(?:c\.|ca\.?|circa|approx\.?|um|etwa|vers|env\.|hacia|約|约)\s*/i;
/** Years before and in the common era, by the words of the six languages (accents aside, lower case). */
const BEFORE =
  /^(紀元前|公元前)\s*|\s*(?<=[\d\s])(?:bce|b\.\s?c\.(?:\s?e\.)?|bc|v\.\s?chr\.?|vor christus|av\.\s?j\.?-?\s?c\.?|avant j\.?-?c\.?|a\.\s?c\.|ac|antes de cristo)$/;
const WITHIN = /^(?:ad|a\.d\.|紀元後|西暦|公元)(?=[\s\d])\s*|\s*(?<=[\d\s])(?:ce|c\.e\.|ad|a\.d\.|n\.\s?chr\.?|ap\.\s?j\.?-?\s?c\.?|d\.\s?c\.|dc)$/;

const TIMES: Record<string, number> = {
  k: 1e3,
  m: 1e6,
  g: 1e9,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  tausend: 1e3,
  millionen: 1e6,
  milliarden: 1e9,
  mille: 1e3,
  millions: 1e6,
  milliards: 1e9,
  mil: 1e3,
  millones: 1e6,
  'mil millones': 1e9,
  万: 1e4,
  億: 1e8,
  亿: 1e8,
};
const AGO = [
  /^([\d.,]+)\s*([kmg])(?:a|ya|yr)$/,
  /^([\d.,]+)\s*(thousand|million|billion)?\s*years?\s*(?:ago|bp|before present)$/,
  /^vor\s+([\d.,]+)\s*(tausend|millionen|milliarden)?\s*jahren$/,
  /^il y a\s+([\d.,]+)\s*(mille|millions|milliards)?\s*(?:d'annees|d’annees|ans)$/,
  /^hace\s+([\d.,]+)\s*(mil millones|millones|mil)?\s*(?:de\s+)?anos$/,
  /^([\d.,]+)\s*(万|億|亿)?年前$/,
];

/** "66 Ma", "13.8 billion years ago": a year before the present, or null. */
function readAgo(t: string): DateReading | null {
  for (const form of AGO) {
    const m = form.exec(t);
    if (!m) continue;
    // "300,000" and "300.000" group thousands; "13.8" and "13,8" are decimals.
    const digits = /^\d{1,3}(?:[.,]\d{3})+$/.test(m[1]!) ? m[1]!.replace(/[.,]/g, '') : m[1]!.replace(',', '.');
    const count = Number(digits) * (m[2] ? TIMES[m[2]]! : 1);
    if (!Number.isFinite(count) || count <= 0 || count > 1e11) return { ok: false };
    const year = Math.round(PRESENT - count);
    return { ok: true, start: year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0') };
  }
  return null;
}

export function readDate(text: string, order: DayOrder | null = null): DateReading {
  const ago = readAgo(plain(text).trim());
  if (ago) return ago;
  const circa = CIRCA.exec(text.trim());
  if (circa) {
    const date = readDate(text.trim().slice(circa[0].length), order);
    return date.ok ? { ...date, approx: true } : date;
  }
  const t = plain(text).trim();
  const era = BEFORE.test(t) ? 'bce' : WITHIN.test(t) ? 'ce' : null;
  if (era) return readEra(t.replace(era === 'bce' ? BEFORE : WITHIN, ''), era, order);
  return readPlain(text, order);
}

/**
 * A date whose era is written: its year may have fewer than four digits ("44 BC", "AD 602"), and is
 * the last number in it; before the era, the years count back from 1 BCE (astronomical 0).
 */
function readEra(rest: string, era: 'bce' | 'ce', order: DayOrder | null): DateReading {
  const years = rest.replace(/[\s,.’']/g, '');
  // A year alone may be long ("12,000 BCE"); Dates reach some 270,000 years back.
  const date: DateReading = /^\d{1,6}$/.test(years)
    ? { ok: true, start: years.padStart(4, '0') }
    : readPlain(
        rest.replace(/\b\d{3}\b/g, (n) => n.padStart(4, '0')).replace(/(\d+)(?!.*\d)/, (n) => n.padStart(4, '0')),
        order,
      );
  if (!date.ok || era === 'ce') return date;
  const back = (form: string) => {
    const [, year, after] = /^(\d+)(.*)$/.exec(form)!;
    const astronomical = 1 - Number(year);
    return `${astronomical === 0 ? '0000' : `-${String(-astronomical).padStart(4, '0')}`}${after}`;
  };
  // "500–400 BC" counts down: its start is the larger number.
  const [start, end] = [back(date.start), date.end && back(date.end)];
  return end ? { ok: true, start, end } : { ok: true, start };
}

function readPlain(text: string, order: DayOrder | null): DateReading {
  const timed = TIMED.exec(text.trim());
  if (timed) return readTimed(timed, order);
  const one = readOne(text);
  if (one) return settle(one, null, order);
  const years = /^\s*(\d{4})\s*-\s*(\d{4})\s*$/.exec(text);
  if (years) return readRange(years[1]!, years[2]!, order);
  const [left, right, ...more] = plain(text).trim().split(RANGE);
  if (left === undefined || right === undefined || more.length) {
    // "April-May 1945": a hyphen between two words (a hyphen between numbers is a date's own).
    const hyphen = /^([^\d\s-]+)-(.+)$/.exec(text.trim());
    return hyphen ? readRange(hyphen[1]!, hyphen[2]!, order) : { ok: false };
  }
  return readRange(left, right, order);
}

function readTimed([, day, h, m, , half, zone]: RegExpExecArray, order: DayOrder | null): DateReading {
  const date = readDate(day!, order);
  if (!date.ok) return date;
  let hours = +h!;
  const minutes = +m!;
  if (half) {
    if (hours < 1 || hours > 12) return { ok: false };
    hours = (hours % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
  }
  // A time belongs to one day, not to a month or a range.
  if (date.end || date.start.length !== 10 || hours > 23 || minutes > 59) return { ok: false };
  const offset = !zone ? '' : /^(z|utc|gmt)$/i.test(zone) ? 'Z' : zone.length === 3 ? `${zone}:00` : zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2');
  return { ok: true, start: `${date.start}T${String(hours).padStart(2, '0')}:${m}${offset}` };
}

function readRange(leftText: string, rightText: string, order: DayOrder | null): DateReading {
  const right = readOne(rightText);
  const left = readOne(leftText) ?? (/^\d{1,2}$/.test(leftText.trim()) ? { day: +leftText.trim() } : null);
  if (!left || !right || right.year === undefined) return { ok: false };
  // The start borrows what it leaves out from the end: "27–29 April 2026", "April–May 1945".
  const start: Parts = { ...left, year: left.year ?? right.year };
  if (start.month === undefined && start.day !== undefined) start.month = right.month;
  return settle(start, right, order);
}

function settle(start: Parts, end: Parts | null, order: DayOrder | null): DateReading {
  if ((start.either || end?.either) && !order) {
    const both = (o: DayOrder) => [iso(ordered(start, o)), end && iso(ordered(end, o))].filter(Boolean).join(' – ');
    return { ok: false, ambiguous: [both('dmy'), both('mdy')] };
  }
  const s = iso(order ? ordered(start, order) : start);
  const e = end ? iso(order ? ordered(end, order) : end) : undefined;
  if (!s || e === null) return { ok: false };
  return e && e !== s ? { ok: true, start: s, end: e } : { ok: true, start: s };
}
