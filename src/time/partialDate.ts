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
const CACHE_LIMIT = 100_000;

export function parsePartialDate(text: string): PartialDate | null {
  let parsed = cache.get(text);
  if (parsed === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    parsed = parseUncached(text);
    cache.set(text, parsed && Object.freeze(parsed));
  }
  return parsed;
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
