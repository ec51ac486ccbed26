/**
 * Turns any parsed JSON value into a usable dataset plus a list of problems. Never throws on data:
 * a bad record is reported with its index, id and field, dropped, and everything valid still shows.
 */
import { quickEvent } from './quickEvent';
import { sortEvents } from './sortEvents';
import { isTimeZone, parsePartialDate, type PartialDate } from '../time/partialDate';
import { ActorSchema, CategorySchema, EventSchema, PeriodSchema, checkRecord, type EventInput, type FieldIssue } from './schema';
import { problem, say, type Report, type Where } from './problems';
import { isCssColor, PALETTE } from './safeValues';
import { citeQuoteSource, citeSources, readSources, type SourceTable } from './sources';
import { fieldOf, recordAt } from './recordPath';
import type { Actor, Category, Dataset, ParseResult, Period, Problem, Quote, RecordPath, TimelineEvent } from './types';

/** Well past the 100,000 events the benchmarks hold to; beyond it a browser tab would struggle. */
export const MAX_EVENTS = 250_000;

/** `onProgress(done, total)` is called every few thousand events, for a progress bar; `readMedia` reads events' media (MediaReader). */
export function validateDataset(raw: unknown, source: string, onProgress?: (done: number, total: number) => void, readMedia?: MediaReader): ParseResult {
  const problems: Problem[] = [];
  const report: Report = (level, where, said) => problems.push(problem(level, source, where, said));

  if (!isRecord(raw)) {
    report('error', say('topLevel'), Array.isArray(raw) ? say('jsonList') : say('notADataset'));
    return { dataset: emptyDataset(), problems };
  }
  // The zone a moment written with an offset is shown in: read first, as the dates depend on it.
  let timeZone: string | undefined;
  if (typeof raw.timeZone === 'string' && isTimeZone(raw.timeZone)) timeZone = raw.timeZone;
  else if (raw.timeZone !== undefined)
    report('warning', 'timeZone', say('settingValue', 'timeZone', JSON.stringify(raw.timeZone), 'a time zone name such as Europe/Berlin or America/New_York'));
  const actors = readActors(listAt(raw, 'actors', report), report);
  const categories = readCategories(listAt(raw, 'categories', report), report);
  const sources = readSources(listAt(raw, 'sources', report), report);
  const periods = readPeriods(listAt(raw, 'periods', report), sources, report, timeZone, readMedia);
  if (raw.events === undefined) report('error', 'events', say('needsEvents'));
  let list = listAt(raw, 'events', report);
  if (list.length > MAX_EVENTS) {
    report('error', 'events', say('tooManyEvents', list.length, MAX_EVENTS));
    list = list.slice(0, MAX_EVENTS);
  }
  const ids = new Set<string>();
  const events = readEvents(list, { actors, categories, sources, report, timeZone, readMedia }, ids, onProgress);

  for (const event of events) {
    const missing = event.related.filter((r) => !ids.has(r.id));
    if (missing.length) {
      report('warning', { list: 'events', id: event.id, field: 'related' }, say('relatedMissing', missing.map((m) => JSON.stringify(m.id)).join(', ')));
      event.related = event.related.filter((r) => ids.has(r.id));
    }
  }
  const periodIds = new Set(periods.map((p) => p.id));
  const steps = listAt(raw, 'steps', report).filter((step, i): step is string => {
    const ok = typeof step === 'string' && (ids.has(step) || periodIds.has(step));
    if (!ok) report('warning', { list: 'steps', index: i }, say('stepMissing', JSON.stringify(step)));
    return ok;
  });

  const title = typeof raw.title === 'string' && raw.title.trim() ? raw.title.trim() : 'Untitled timeline';
  let dateOrder: Dataset['dateOrder'];
  if (raw.dateOrder === 'dmy' || raw.dateOrder === 'mdy') dateOrder = raw.dateOrder;
  else if (raw.dateOrder !== undefined) report('warning', 'dateOrder', say('settingValue', 'dateOrder', JSON.stringify(raw.dateOrder), 'dmy, mdy'));
  return {
    dataset: withMedia(readMedia, { media: raw.media, thumbnails: raw.thumbnails }, (field) => field, report, {
      title,
      description: typeof raw.description === 'string' ? raw.description : '',
      locale: typeof raw.locale === 'string' ? raw.locale : undefined,
      ...(dateOrder ? { dateOrder } : {}),
      ...(timeZone ? { timeZone } : {}),
      actors,
      categories,
      periods,
      sources: sources.list,
      events: sortEvents(events),
      steps,
    }),
    problems,
  };
}

function readActors(list: unknown[], report: Report): Actor[] {
  const actors: Actor[] = [];
  list.forEach((item, i) => {
    const r = checkRecord(ActorSchema, item);
    if (!r.ok) return reportIssues(report, recordAt('actors', i, item), r.issues);
    if (actors.some((a) => a.id === r.value.id)) return report('warning', recordAt('actors', i, item), say('duplicateActor'));
    let color = r.value.color;
    if (color !== undefined && !isCssColor(color)) {
      report('warning', fieldOf(recordAt('actors', i, item), 'color'), say('notAColour', JSON.stringify(color)));
      color = undefined;
    }
    actors.push({ id: r.value.id, label: r.value.label ?? r.value.id, color: color ?? PALETTE[actors.length % PALETTE.length]! });
  });
  return actors;
}

function readCategories(list: unknown[], report: Report): Category[] {
  const categories: Category[] = [];
  list.forEach((item, i) => {
    const r = checkRecord(CategorySchema, item);
    if (!r.ok) return reportIssues(report, recordAt('categories', i, item), r.issues);
    if (categories.some((c) => c.id === r.value.id)) return report('warning', recordAt('categories', i, item), say('duplicateCategory'));
    const { id, label, color } = r.value;
    if (color !== undefined && !isCssColor(color))
      report('warning', fieldOf(recordAt('categories', i, item), 'color'), say('notAColour', JSON.stringify(color)));
    categories.push(color !== undefined && isCssColor(color) ? { id, label: label ?? id, color } : { id, label: label ?? id });
  });
  return categories;
}

function readPeriods(list: unknown[], table: SourceTable, report: Report, timeZone: string | undefined, reader: MediaReader | undefined): Period[] {
  const periods: Period[] = [];
  list.forEach((item, i) => {
    const r = checkRecord(PeriodSchema, item);
    if (!r.ok) return reportIssues(report, recordAt('periods', i, item), r.issues);
    const where = () => recordAt('periods', i, item);
    const [start, end] = ordered(parsePartialDate(r.value.start, timeZone)!, parsePartialDate(r.value.end, timeZone)!, () =>
      report('warning', where(), say('endBeforeStart')),
    );
    const sources = r.value.sources?.length ? citeSources(r.value.sources, table, report, where) : NONE;
    const at = (field: string) => fieldOf(where(), field);
    periods.push(
      withMedia(reader, r.value, at, report, { id: r.value.id, title: r.value.title ?? r.value.id, summary: r.value.summary ?? '', start, end, sources }),
    );
  });
  return periods.sort((a, b) => a.start.start - b.start.start);
}

/** `seen` ends up holding every kept event's id. */
function readEvents(
  list: unknown[],
  { actors, categories, sources, report, timeZone, readMedia }: Pick<Known, 'actors' | 'categories' | 'sources' | 'report' | 'timeZone' | 'readMedia'>,
  seen: Set<string>,
  onProgress?: (done: number, total: number) => void,
): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const known: Known = {
    actors,
    categories,
    actorIds: new Set(actors.map((a) => a.id)),
    categoryIds: new Set(categories.map((c) => c.id)),
    sources,
    report,
    timeZone,
    readMedia,
  };
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (onProgress && i % 5000 === 0) onProgress(i, list.length);
    let input = quickEvent(item);
    if (!input) {
      const r = checkRecord(EventSchema, item);
      if (!r.ok) {
        reportIssues(report, recordAt('events', i, item), r.issues, 'eventLeftOut');
        continue;
      }
      input = r.value;
    }
    const event = toEvent(input, item, i, known);
    if (seen.has(event.id)) {
      let n = 2;
      while (seen.has(`${event.id}-${n}`)) n++;
      report('warning', recordAt('events', i, item), say('duplicateId', `${event.id}-${n}`));
      event.id = `${event.id}-${n}`;
    }
    seen.add(event.id);
    events.push(event);
  }
  return events;
}

/** One frozen empty list shared by every event without amounts, quotes or relations: 100,000 events, 300,000 fewer arrays. */
const NONE: never[] = Object.freeze([]) as never[];

/** What the events met so far share: lists that unknown actors and categories join, sets to look them up, the sources they cite. */
interface Known {
  actors: Actor[];
  categories: Category[];
  actorIds: Set<string>;
  categoryIds: Set<string>;
  sources: SourceTable;
  report: Report;
  timeZone: string | undefined;
  readMedia: MediaReader | undefined;
}

/**
 * Reads a record's `media` (an event's `backdrop`, the dataset's `thumbnails`) into the record made of it: data/media/readMedia.ts,
 * passed in by whoever parses (parsePipeline.ts asks for it when a dataset has either), so the first
 * view carries none of it (issue 22).
 */
export type MediaReader = <T extends object>(from: MediaFields, at: (field: string) => Where, report: Report, to: T) => T;
type MediaFields = { media?: unknown; backdrop?: unknown; thumbnails?: unknown };

/** The record with its media read, or said not to be read when no reader was given. */
function withMedia<T extends object>(reader: MediaReader | undefined, from: MediaFields, at: (field: string) => Where, report: Report, to: T): T {
  if ((from.media ?? from.backdrop ?? from.thumbnails) === undefined) return to;
  if (reader) return reader(from, at, report, to);
  report('warning', at('media'), say('other', 'not read (no media reader)'));
  return to;
}

function toEvent(input: EventInput, item: unknown, i: number, known: Known): TimelineEvent {
  const { report } = known;
  let start = parsePartialDate(input.start, known.timeZone)!;
  let end = input.end === undefined ? undefined : parsePartialDate(input.end, known.timeZone)!;
  // The end's whole span before the start (end.end is exclusive): a day before a day, a month before a month.
  if (end && end.end <= start.start) {
    report('warning', fieldOf(recordAt('events', i, item), 'end'), say('endBeforeStart'));
    [start, end] = [end, start];
  }

  const actorIds = input.actors ?? NONE;
  for (const id of actorIds) {
    if (!known.actorIds.has(id)) {
      report('warning', fieldOf(recordAt('events', i, item), 'actors'), say('unknownActor', id));
      known.actors.push({ id, label: id, color: PALETTE[known.actors.length % PALETTE.length]! });
      known.actorIds.add(id);
    }
  }
  if (input.category !== undefined && !known.categoryIds.has(input.category)) {
    report('warning', fieldOf(recordAt('events', i, item), 'category'), say('unknownCategory', input.category));
    known.categories.push({ id: input.category, label: input.category });
    known.categoryIds.add(input.category);
  }
  const sources = !input.sources?.length ? NONE : citeSources(input.sources, known.sources, report, () => recordAt('events', i, item));
  let lane = input.lane;
  if (lane !== undefined && !actorIds.includes(lane)) {
    report('warning', fieldOf(recordAt('events', i, item), 'lane'), say('laneNotActor', lane));
    lane = undefined;
  }
  const at = (field: string) => fieldOf(recordAt('events', i, item), field);
  return withMedia(known.readMedia, input, at, report, {
    id: input.id,
    title: input.title,
    summary: input.summary ?? '',
    start,
    end,
    from: start.start,
    to: (end ?? start).end,
    actors: actorIds.length === 0 ? NONE : actorIds.length === 1 ? [actorIds[0]!] : [...new Set(actorIds)],
    category: input.category,
    amounts: input.amounts?.length ? input.amounts.slice() : NONE,
    quotes: input.quotes?.length ? input.quotes.map((q, j) => toQuote(q, known, () => fieldOf(recordAt('events', i, item), `quotes.${j}.source`))) : NONE,
    sources,
    related: input.related?.length ? uniqueRelations(input.related, input.id) : NONE,
    disputed: input.disputed,
    approx: input.approx ?? false,
    qualifier: input.qualifier,
    ...(lane !== undefined ? { lane } : {}),
    ...(input.displayDate?.trim() ? { displayDate: input.displayDate.trim() } : {}),
  });
}

function toQuote({ source, ...q }: NonNullable<EventInput['quotes']>[number], known: Known, where: () => RecordPath): Quote {
  const quote: Quote = { ...q, date: q.date === undefined ? undefined : parsePartialDate(q.date, known.timeZone)! };
  const cited = source === undefined ? undefined : citeQuoteSource(source, known.sources, known.report, where);
  if (cited) quote.source = cited;
  return quote;
}

function uniqueRelations(list: (string | { id: string; label?: string })[], self: string) {
  const seen = new Set<string>([self]);
  const out: { id: string; label?: string }[] = [];
  for (const entry of list) {
    const relation = typeof entry === 'string' ? { id: entry } : entry.label ? { id: entry.id, label: entry.label } : { id: entry.id };
    if (seen.has(relation.id)) continue;
    seen.add(relation.id);
    out.push(relation);
  }
  return out;
}

function ordered(a: PartialDate, b: PartialDate, onSwap: () => void): [PartialDate, PartialDate] {
  if (b.end <= a.start) {
    onSwap();
    return [b, a];
  }
  return [a, b];
}

function reportIssues(report: Report, where: RecordPath, issues: FieldIssue[], consequence: 'eventLeftOut' | 'entryLeftOut' = 'entryLeftOut'): void {
  for (const issue of issues) report('error', issue.field ? fieldOf(where, issue.field) : where, say(consequence, issue.said));
}

function listAt(raw: Record<string, unknown>, key: string, report: Report): unknown[] {
  const value = raw[key];
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  report('error', key, say('notAList', key));
  return [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function emptyDataset(): Dataset {
  return { title: 'Untitled timeline', description: '', actors: [], categories: [], periods: [], sources: [], events: [], steps: [] };
}
