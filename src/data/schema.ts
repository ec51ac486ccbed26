/**
 * The dataset schema of the design doc, checked with valibot: its modular functions tree-shake to
 * about 2 KB gzipped for this schema, where zod's classic API ships roughly 13 KB. The schema checks
 * one record at a time so that a bad event is reported and dropped while the rest still show.
 */
import * as v from 'valibot';
import { parsePartialDate } from '../time/partialDate';

const dateForm = (field: string) =>
  v.pipe(
    v.string(`${field} must be a string like "2026", "2026-04" or "2026-04-27"`),
    v.check(
      (s) => parsePartialDate(s) !== null,
      (issue) => `${field} must be YYYY, YYYY-MM or YYYY-MM-DD; got ${JSON.stringify(issue.input)}`,
    ),
  );

const text = (field: string) => v.string(`${field} must be text`);
const optionalText = (field: string) => v.optional(text(field));
const textList = (field: string) => v.optional(v.array(text(`each of ${field}`), `${field} must be a list`));

export const ActorSchema = v.object({
  id: text('id'),
  label: optionalText('label'),
  color: optionalText('color'),
});

export const CategorySchema = v.object({ id: text('id'), label: optionalText('label') });

export const PeriodSchema = v.object({
  id: text('id'),
  title: optionalText('title'),
  start: dateForm('start'),
  end: dateForm('end'),
});

export const EventSchema = v.object({
  id: v.pipe(
    text('id'),
    v.regex(/^[A-Za-z0-9._~-]+$/, (i) => `id must use only letters, digits, "-", "_", "." or "~" so it fits in a URL; got ${JSON.stringify(i.input)}`),
  ),
  start: dateForm('start'),
  end: v.optional(dateForm('end')),
  title: v.pipe(text('title'), v.nonEmpty('title must not be empty')),
  summary: optionalText('summary'),
  actors: textList('actors'),
  category: optionalText('category'),
  amounts: v.optional(
    v.array(
      v.object({
        value: v.pipe(v.number('amount value must be a number'), v.finite('amount value must be finite')),
        currency: v.pipe(text('currency'), v.regex(/^[A-Za-z]{3}$/, 'currency must be a 3-letter code such as "USD"')),
        label: optionalText('amount label'),
      }),
      'amounts must be a list',
    ),
  ),
  quotes: v.optional(
    v.array(
      v.object({ text: text('quote text'), by: optionalText('quote by'), where: optionalText('quote where'), date: v.optional(dateForm('quote date')) }),
      'quotes must be a list',
    ),
  ),
  sources: v.optional(v.array(v.object({ name: text('source name'), url: optionalText('source url') }), 'sources must be a list')),
  // An id, or { id, label } to say how they relate ("led to", "resolved by"): an extension of the design doc's list of ids.
  related: v.optional(
    v.array(
      v.union([text('related id'), v.object({ id: text('related id'), label: optionalText('relation label') })], 'each related entry must be an id or { "id": …, "label": … }'),
      'related must be a list',
    ),
  ),
  disputed: optionalText('disputed'),
  approx: v.optional(v.boolean('approx must be true or false')),
  qualifier: v.optional(v.picklist(['before', 'after'], 'qualifier must be "before" or "after"')),
});

export type EventInput = v.InferOutput<typeof EventSchema>;
export type PeriodInput = v.InferOutput<typeof PeriodSchema>;

export interface FieldIssue {
  field: string;
  message: string;
}

/** Runs a record schema; returns its output or the issues with dotted field paths ("quotes.0.text"). */
export function checkRecord<T extends v.GenericSchema>(
  schema: T,
  input: unknown,
): { ok: true; value: v.InferOutput<T> } | { ok: false; issues: FieldIssue[] } {
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  return {
    ok: false,
    issues: result.issues.map((issue) => ({ field: v.getDotPath(issue) ?? '', message: readable(issue.message) })),
  };
}

/** valibot says `Invalid key: Expected "title" but received undefined` for a missing field. */
function readable(message: string): string {
  const missing = /^Invalid key: Expected "([^"]+)" but received undefined$/.exec(message);
  return missing ? `${missing[1]} is required` : message;
}
