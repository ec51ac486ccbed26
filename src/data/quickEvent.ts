/**
 * The common event shape, checked by hand. The schema's run, and the copy it makes, cost ~200 ms and
 * much garbage collection for 100,000 events; this accepts only what the schema certainly accepts
 * (a property test holds it to that) and returns the record as it is. Anything unusual (amounts,
 * quotes, relation labels, a wrong type) goes to the schema, which also words the problems.
 */
import { parsePartialDate } from '../time/partialDate';
import type { EventInput } from './schema';

const ID = /^[A-Za-z0-9._~-]+$/;

export function quickEvent(item: unknown): EventInput | null {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return null;
  const e = item as Record<string, unknown>;
  if (typeof e.id !== 'string' || !ID.test(e.id)) return null;
  if (!isDate(e.start) || (e.end !== undefined && !isDate(e.end))) return null;
  if (typeof e.title !== 'string' || e.title === '') return null;
  if (!optionalString(e.summary) || !optionalString(e.category) || !optionalString(e.disputed)) return null;
  // A lane is checked against the actors, media's addresses made safe: the schema's way.
  if (e.lane !== undefined || e.media !== undefined || e.displayDate !== undefined) return null;
  if (e.approx !== undefined && typeof e.approx !== 'boolean') return null;
  if (e.qualifier !== undefined && e.qualifier !== 'before' && e.qualifier !== 'after') return null;
  if (!optionalStrings(e.actors) || !optionalStrings(e.related)) return null;
  if (!absentOrEmpty(e.amounts) || !absentOrEmpty(e.quotes)) return null;
  if (e.sources !== undefined) {
    if (!Array.isArray(e.sources)) return null;
    for (const s of e.sources as unknown[]) {
      if (typeof s === 'string') continue; // the id of a listed source; validation looks it up
      if (typeof s !== 'object' || s === null || Array.isArray(s)) return null;
      const { name, url } = s as Record<string, unknown>;
      if (typeof name !== 'string' || !optionalString(url)) return null;
    }
  }
  return e as EventInput;
}

const isDate = (value: unknown) => typeof value === 'string' && parsePartialDate(value) !== null;
const optionalString = (value: unknown) => value === undefined || typeof value === 'string';
const absentOrEmpty = (value: unknown) => value === undefined || (Array.isArray(value) && value.length === 0);

function optionalStrings(value: unknown): boolean {
  if (value === undefined) return true;
  if (!Array.isArray(value)) return false;
  for (const v of value as unknown[]) if (typeof v !== 'string') return false;
  return true;
}
