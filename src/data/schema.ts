/**
 * The dataset schema of the design doc, checked with valibot: its modular functions tree-shake to
 * about 2 KB gzipped for this schema, where zod's classic API ships roughly 13 KB. The schema checks
 * one record at a time so that a bad event is reported and dropped while the rest still show.
 */
import * as v from 'valibot';
import { parsePartialDate } from '../time/partialDate';
import { say, type Said } from './problems';

/** valibot carries messages as strings: each of ours is a coded phrase, read back in checkRecord. */
const CODED = '\u0001';
export const coded = (said: Said) => CODED + JSON.stringify(said);

const dateForm = (field: string) =>
  v.pipe(
    v.string(coded(say('dateNotText', field))),
    v.check(
      (s) => parsePartialDate(s) !== null,
      (issue) => coded(say('dateForm', field, JSON.stringify(issue.input))),
    ),
  );

export const text = (field: string) => v.string(coded(say('mustBeText', field)));
export const optionalText = (field: string) => v.optional(text(field));
const textList = (field: string) => v.optional(v.array(v.string(coded(say('eachMustBeText', field))), coded(say('mustBeAList', field))));

const urlSafeId = v.pipe(
  text('id'),
  v.regex(/^[A-Za-z0-9._~-]+$/, (i) => coded(say('idForm', JSON.stringify(i.input)))),
);

/** An event's or period's source: the id of one in the dataset's `sources`, or the inline `{ name, url }` of the design doc. */
const citations = v.optional(
  v.array(
    v.union([text('source id'), v.object({ name: text('source name'), url: optionalText('source url') })], coded(say('sourceEntry'))),
    coded(say('mustBeAList', 'sources')),
  ),
);

/** An entry of the dataset's `sources`, which events, periods and quotes cite by id: an extension of the design doc's schema. */
export const SourceSchema = v.object({
  id: urlSafeId,
  name: v.pipe(text('name'), v.nonEmpty(coded(say('emptySourceName')))),
  title: optionalText('title'),
  url: optionalText('url'),
  date: v.optional(dateForm('date')),
  via: optionalText('via'),
});

export const ActorSchema = v.object({
  id: text('id'),
  label: optionalText('label'),
  color: optionalText('color'),
});

export const CategorySchema = v.object({ id: text('id'), label: optionalText('label'), color: optionalText('color') });

export const PeriodSchema = v.object({
  id: text('id'),
  title: optionalText('title'),
  summary: optionalText('summary'),
  start: dateForm('start'),
  end: dateForm('end'),
  sources: citations,
  media: v.optional(v.unknown()),
});

export const EventSchema = v.object({
  id: urlSafeId,
  start: dateForm('start'),
  end: v.optional(dateForm('end')),
  title: v.pipe(text('title'), v.nonEmpty(coded(say('emptyTitle')))),
  summary: optionalText('summary'),
  actors: textList('actors'),
  category: optionalText('category'),
  amounts: v.optional(
    v.array(
      v.object({
        value: v.pipe(v.number(coded(say('amountNumber'))), v.finite(coded(say('amountFinite')))),
        currency: v.pipe(text('currency'), v.regex(/^[A-Za-z]{3}$/, coded(say('currencyCode')))),
        label: optionalText('amount label'),
      }),
      coded(say('mustBeAList', 'amounts')),
    ),
  ),
  quotes: v.optional(
    v.array(
      v.object({
        text: text('quote text'),
        by: optionalText('quote by'),
        where: optionalText('quote where'),
        date: v.optional(dateForm('quote date')),
        source: optionalText('quote source'),
      }),
      coded(say('mustBeAList', 'quotes')),
    ),
  ),
  sources: citations,
  // An id, or { id, label } to say how they relate ("led to", "resolved by"): an extension of the design doc's list of ids.
  related: v.optional(
    v.array(
      v.union([text('related id'), v.object({ id: text('related id'), label: optionalText('relation label') })], coded(say('relatedEntry'))),
      coded(say('mustBeAList', 'related')),
    ),
  ),
  disputed: optionalText('disputed'),
  approx: v.optional(v.boolean(coded(say('approxBoolean')))),
  qualifier: v.optional(v.picklist(['before', 'after'], coded(say('qualifierForm')))),
  lane: optionalText('lane'),
  displayDate: optionalText('displayDate'),
  // Checked item by item (validate.ts): a bad media item is left out, never its event.
  media: v.optional(v.unknown()),
  backdrop: v.optional(v.unknown()),
});

export type EventInput = v.InferOutput<typeof EventSchema>;
export type PeriodInput = v.InferOutput<typeof PeriodSchema>;
/** What an event or period lists under `sources`: ids and inline sources, mixed. */
export type CitationInput = NonNullable<EventInput['sources']>[number];

export interface FieldIssue {
  field: string;
  said: Said;
}

/** Runs a record schema; returns its output or the issues with dotted field paths ("quotes.0.text"). */
export function checkRecord<T extends v.GenericSchema>(schema: T, input: unknown): { ok: true; value: v.InferOutput<T> } | { ok: false; issues: FieldIssue[] } {
  // valibot checks a list's keys as if it were an object ("id is required", three times): say what it is.
  if (Array.isArray(input)) return { ok: false, issues: [{ field: '', said: say('listNotObject') }] };
  const result = v.safeParse(schema, input);
  if (result.success) return { ok: true, value: result.output };
  return {
    ok: false,
    issues: result.issues.map((issue) => ({ field: v.getDotPath(issue) ?? '', said: readable(issue.message) })),
  };
}

/** Ours are coded; valibot's own say `Invalid key: Expected "title" but received undefined` for a missing field. */
function readable(message: string): Said {
  if (message.startsWith(CODED)) return JSON.parse(message.slice(1)) as Said;
  const missing = /^Invalid key: Expected "([^"]+)" but received undefined$/.exec(message);
  if (missing) return say('required', missing[1]!);
  const notObject = /^Invalid type: Expected Object but received (.+)$/.exec(message);
  return notObject ? say('notAnObject', notObject[1]!) : say('other', message);
}
