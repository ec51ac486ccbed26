/**
 * Calendar dates with their precision, as UTC milliseconds.
 * "2026" covers the whole year, "2026-02" the month, "2026-02-27" the day:
 * `start` is the first instant, `end` the first instant after (half-open),
 * so a month-precision event is drawn across its month and never as a fake day.
 * Parsed with Date.UTC only: a calendar day has no time zone.
 *
 * A time of day ("2026-04-27T14:30", "2026-04-27 14:30") is read to the minute as a wall-clock time on
 * that calendar day, with the same UTC encoding: 14:30 is drawn and written as 14:30 wherever the
 * reader is. A time with an offset ("…T14:30:00-07:00", "…Z") is a moment: shown in the dataset's
 * declared time zone (an IANA name) when it has one, else as written (its own wall-clock time).
 */
export type Precision = 'year' | 'month' | 'day' | 'minute';

export interface PartialDate {
  readonly start: number;
  readonly end: number;
  readonly precision: Precision;
}

export const DAY_MS = 86_400_000;
export const MINUTE_MS = 60_000;

const FORM = /^([+-]\d{4,12}|\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/;

/**
 * Large datasets repeat the same few thousand dates; parsing each once keeps validation of 100,000
 * events fast. Parsed dates are frozen, so sharing one object between events is safe.
 */
const cache = new Map<string, PartialDate | null>();
// Keyed by the date's digits read as one number: hashing a small integer is far cheaper than a string.
const byNumber = new Map<number, PartialDate | null>();
const CACHE_LIMIT = 100_000;

/** `timeZone`: the dataset's (an IANA name), in which a moment written with an offset is shown. */
export function parsePartialDate(text: string, timeZone?: string): PartialDate | null {
  const key = numericKey(text);
  const textKey = timeZone && text.length > 10 ? `${timeZone}\u0000${text}` : text;
  let parsed = key < 0 ? cache.get(textKey) : byNumber.get(key);
  if (parsed === undefined) {
    if (cache.size + byNumber.size >= CACHE_LIMIT) {
      cache.clear();
      byNumber.clear();
    }
    parsed = parseUncached(text, timeZone);
    if (parsed) Object.freeze(parsed);
    if (key < 0) cache.set(textKey, parsed);
    else byNumber.set(key, parsed);
  }
  return parsed;
}

/**
 * "2026-04-27" → 20260427, "2026-04" → 100202604, "2026" → 200002026: each form has a range of its
 * own, so no two texts share a key; -1 for anything else, which takes the string cache.
 */
function numericKey(text: string): number {
  const n = text.length;
  if (n !== 4 && n !== 7 && n !== 10) return -1;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    year = year * 10 + d;
  }
  if (n === 4) return 200_000_000 + year;
  const month = twoDigits(text, 4);
  if (month < 0) return -1;
  if (n === 7) return 100_000_000 + year * 100 + month;
  const day = twoDigits(text, 7);
  return day < 0 ? -1 : year * 10_000 + month * 100 + day;
}

/** The two digits after a hyphen at `at`, or -1. */
function twoDigits(text: string, at: number): number {
  if (text.charCodeAt(at) !== 45) return -1;
  const a = text.charCodeAt(at + 1) - 48;
  const b = text.charCodeAt(at + 2) - 48;
  return a < 0 || a > 9 || b < 0 || b > 9 ? -1 : a * 10 + b;
}

/** Years before 1 are ISO 8601's, counted astronomically: 0000 is 1 BCE, -0490 is 491 BCE. */
function parseUncached(text: string, timeZone?: string): PartialDate | null {
  const m = FORM.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  // Beyond what a Date can hold (some 270,000 years either side of 1970): a year on deep time's line.
  if (!Number.isFinite(utc(year, 0, 1)) || !Number.isFinite(utc(year + 1, 0, 1)))
    return m[2] === undefined ? { start: deepYearStart(year), end: deepYearStart(year + 1), precision: 'year' } : null;
  if (m[2] === undefined) {
    return { start: utc(year, 0, 1), end: utc(year + 1, 0, 1), precision: 'year' };
  }
  const month = Number(m[2]) - 1;
  if (month < 0 || month > 11) return null;
  if (m[3] === undefined) {
    return { start: utc(year, month, 1), end: utc(year, month + 1, 1), precision: 'month' };
  }
  const day = Number(m[3]);
  const start = utc(year, month, day);
  // Date.UTC rolls 2026-02-31 over into March; a real calendar day survives the round trip.
  if (day < 1 || new Date(start).getUTCMonth() !== month) return null;
  if (m[4] === undefined) return { start, end: start + DAY_MS, precision: 'day' };
  const [hours, minutes, seconds] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  let wall = start + hours * 3_600_000 + minutes * MINUTE_MS;
  if (m[7] !== undefined) {
    const offset = m[7] === 'Z' ? 0 : offsetMs(m[7]);
    if (offset === null) return null;
    if (timeZone) wall = inZone(wall - offset, timeZone);
  }
  return { start: wall, end: wall + MINUTE_MS, precision: 'minute' };
}

/** "+05:30", "-0700", "+09" → ms east of UTC; null past ±14 h. */
export function offsetMs(text: string): number | null {
  const digits = text.slice(1).replace(':', '');
  const minutes = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0);
  if (minutes > 14 * 60) return null;
  return (text[0] === '-' ? -1 : 1) * minutes * MINUTE_MS;
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/** A moment as the wall-clock time it is in `timeZone`, encoded as UTC like every date here. */
export function inZone(instant: number, timeZone: string): number {
  let format = zoneFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    zoneFormats.set(timeZone, format);
  }
  const part: Record<string, number> = {};
  for (const { type, value } of format.formatToParts(instant)) part[type] = Number(value);
  return utc(part.year!, part.month! - 1, part.day!) + part.hour! * 3_600_000 + part.minute! * MINUTE_MS;
}

/** Whether `name` is a time zone this browser knows ("Europe/Berlin", "UTC"). */
export function isTimeZone(name: string): boolean {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone !== undefined;
  } catch {
    return false;
  }
}

/** A UTC instant as the date form of the given precision, e.g. "2026-04" for month. */
export function toDateForm(ms: number, precision: Precision): string {
  const d = new Date(ms);
  // ISO 8601's years: four digits, signed before year 0 ("-0490" is 491 BCE), more past 9999.
  const year = isDeep(ms) ? yearOf(ms) : d.getUTCFullYear();
  if (isDeep(ms)) return year < 0 ? String(year) : `+${year}`;
  const y = year < 0 ? `-${String(-year).padStart(4, '0')}` : year > 9999 ? `+${String(year).padStart(6, '0')}` : String(year).padStart(4, '0');
  if (precision === 'year') return y;
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  if (precision === 'month') return `${y}-${m}`;
  const day = `${y}-${m}-${String(d.getUTCDate()).padStart(2, '0')}`;
  if (precision === 'day') return day;
  return `${day}T${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

/**
 * Deep time: years beyond a Date's reach ("66 Ma", "13.8 billion years ago") are years only, on a
 * line of equal years of 365.2425 days that continues the calendar's ms (within a day at its ends).
 */
export const YEAR_MS = 365.2425 * DAY_MS;
const DATE_LIMIT = 8.64e15;

/** The year deep time counts back from, as radiocarbon and geology do ("before present"). */
export const PRESENT = 1950;

export const isDeep = (ms: number): boolean => Math.abs(ms) > DATE_LIMIT;

const deepYearStart = (year: number): number => (year - 1970) * YEAR_MS;

/** The year an instant falls in, astronomically (0 is 1 BCE), deep or not. */
export function yearOf(ms: number): number {
  return isDeep(ms) ? Math.floor(ms / YEAR_MS + 1e-4) + 1970 : new Date(ms).getUTCFullYear();
}

/** The first instant of a year, deep or not. */
export function yearStart(year: number): number {
  const start = utc(year, 0, 1);
  return Number.isFinite(start) ? start : deepYearStart(year);
}

function utc(year: number, month: number, day: number): number {
  if (year >= 100 || year < 0) return Date.UTC(year, month, day);
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear keeps them literal and rolls month 12 into the next year.
  const d = new Date(0);
  d.setUTCFullYear(year, month, day);
  return d.getTime();
}
