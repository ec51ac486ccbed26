/**
 * Calendar dates with their precision, as UTC milliseconds.
 * "2026" covers the whole year, "2026-02" the month, "2026-02-27" the day:
 * `start` is the first instant, `end` the first instant after (half-open),
 * so a month-precision event is drawn across its month and never as a fake day.
 * Parsed with Date.UTC only: a calendar day has no time zone.
 */
export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  readonly start: number;
  readonly end: number;
  readonly precision: Precision;
}

export const DAY_MS = 86_400_000;

const FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Large datasets repeat the same few thousand dates; parsing each once keeps validation of 100,000
 * events fast. Parsed dates are frozen, so sharing one object between events is safe.
 */
const cache = new Map<string, PartialDate | null>();
// Keyed by the date's digits read as one number: hashing a small integer is far cheaper than a string.
const byNumber = new Map<number, PartialDate | null>();
const CACHE_LIMIT = 100_000;

export function parsePartialDate(text: string): PartialDate | null {
  const key = numericKey(text);
  let parsed = key < 0 ? cache.get(text) : byNumber.get(key);
  if (parsed === undefined) {
    if (cache.size + byNumber.size >= CACHE_LIMIT) {
      cache.clear();
      byNumber.clear();
    }
    parsed = parseUncached(text);
    if (parsed) Object.freeze(parsed);
    if (key < 0) cache.set(text, parsed);
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

function parseUncached(text: string): PartialDate | null {
  const m = FORM.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
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
  return { start, end: start + DAY_MS, precision: 'day' };
}

/** A UTC instant as the date form of the given precision, e.g. "2026-04" for month. */
export function toDateForm(ms: number, precision: Precision): string {
  const d = new Date(ms);
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  if (precision === 'year') return y;
  const m = String(d.getUTCMonth() + 1).padStart(2, '0');
  if (precision === 'month') return `${y}-${m}`;
  return `${y}-${m}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

function utc(year: number, month: number, day: number): number {
  if (year >= 100) return Date.UTC(year, month, day);
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear keeps them literal and rolls month 12 into the next year.
  const d = new Date(0);
  d.setUTCFullYear(year, month, day);
  return d.getTime();
}
