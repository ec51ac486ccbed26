/**
 * A dataset as the design doc's JSON holds it, for the given events: what the reader filtered, as a
 * record to write as JSON or as one sheet. Sources keep their identity: the dataset's `sources` list
 * holds those the events, periods and quotes cite (and those they were reported by), which cite them
 * by id; inline sources stay inline. Only what a file can say is written: defaults stay absent.
 */
import { toDateForm, type PartialDate } from '../../time/partialDate';
import type { Amount, Backdrop, Dataset, Media, Period, Source, TimelineEvent } from '../types';
import { mediaFacts } from '../media/providers';

export interface SourceRecord {
  id: string;
  name: string;
  title?: string;
  url?: string;
  date?: string;
  via?: string;
}
export type CitationRecord = string | { name: string; url?: string };
export interface QuoteRecord {
  text: string;
  by?: string;
  where?: string;
  date?: string;
  source?: string;
}
export interface PeriodRecord {
  id: string;
  title: string;
  summary?: string;
  start: string;
  end: string;
  sources?: CitationRecord[];
  media?: MediaRecord | MediaRecord[];
}
export interface EventRecord {
  id: string;
  start: string;
  end?: string;
  title: string;
  summary?: string;
  actors: string[];
  category?: string;
  amounts?: Amount[];
  quotes?: QuoteRecord[];
  sources: CitationRecord[];
  related: (string | { id: string; label?: string })[];
  disputed?: string;
  approx?: true;
  qualifier?: 'before' | 'after';
  displayDate?: string;
  lane?: string;
  /** One item as an object (as every version of the schema reads it), several as a list. */
  media?: MediaRecord | MediaRecord[];
  backdrop?: Backdrop;
}
/** A media item as written: its kind only where the address would not say it (media/providers.ts). */
export type MediaRecord = Omit<Media, 'kind'> & { kind?: Media['kind'] };
export interface DatasetRecord {
  title: string;
  description: string;
  locale?: string;
  dateOrder?: 'dmy' | 'mdy';
  timeZone?: string;
  actors: { id: string; label: string; color: string }[];
  categories: { id: string; label: string; color?: string }[];
  sources?: SourceRecord[];
  periods: PeriodRecord[];
  events: EventRecord[];
  steps?: string[];
  media?: MediaRecord | MediaRecord[];
  thumbnails?: boolean;
}

const form = (d: PartialDate) => toDateForm(d.start, d.precision);

export function datasetRecord(dataset: Dataset, events: TimelineEvent[]): DatasetRecord {
  const ids = new Set(events.map((e) => e.id));
  const actors = new Set(events.flatMap((e) => e.actors));
  const categories = new Set(events.map((e) => e.category));
  const listed = listedSources(dataset, events);
  const periodIds = new Set(dataset.periods.map((p) => p.id));
  const steps = dataset.steps.filter((s) => ids.has(s) || periodIds.has(s));
  return {
    title: dataset.title,
    description: dataset.description,
    ...(dataset.locale ? { locale: dataset.locale } : {}),
    ...(dataset.dateOrder ? { dateOrder: dataset.dateOrder } : {}),
    ...(dataset.timeZone ? { timeZone: dataset.timeZone } : {}),
    actors: dataset.actors.filter((a) => actors.has(a.id)).map(({ id, label, color }) => ({ id, label, color })),
    categories: dataset.categories.filter((c) => categories.has(c.id)).map(({ id, label, color }) => (color ? { id, label, color } : { id, label })),
    ...(listed.length ? { sources: listed.map(sourceRecord) } : {}),
    periods: dataset.periods.map(periodRecord),
    events: events.map((e) => eventRecord(e, ids)),
    ...(steps.length ? { steps } : {}),
    ...mediaField(dataset.media),
    ...(dataset.thumbnails ? { thumbnails: true } : {}),
  };
}

function periodRecord(p: Period): PeriodRecord {
  return {
    id: p.id,
    title: p.title,
    ...(p.summary ? { summary: p.summary } : {}),
    start: form(p.start),
    end: form(p.end),
    ...(p.sources.length ? { sources: p.sources.map(citation) } : {}),
    ...mediaField(p.media),
  };
}

/** `ids`: the events written, which its relations may point to. */
function eventRecord(e: TimelineEvent, ids: Set<string>): EventRecord {
  return {
    id: e.id,
    start: form(e.start),
    ...(e.end ? { end: form(e.end) } : {}),
    title: e.title,
    ...(e.summary ? { summary: e.summary } : {}),
    actors: e.actors,
    ...(e.category ? { category: e.category } : {}),
    ...(e.amounts.length ? { amounts: e.amounts } : {}),
    ...(e.quotes.length ? { quotes: e.quotes.map(quoteRecord) } : {}),
    sources: e.sources.map(citation),
    related: e.related.filter((r) => ids.has(r.id)).map((r) => (r.label ? r : r.id)),
    ...(e.disputed ? { disputed: e.disputed } : {}),
    ...(e.approx ? { approx: true } : {}),
    ...(e.qualifier ? { qualifier: e.qualifier } : {}),
    ...(e.displayDate ? { displayDate: e.displayDate } : {}),
    ...(e.lane ? { lane: e.lane } : {}),
    ...mediaField(e.media),
    ...(e.backdrop ? { backdrop: { ...e.backdrop } } : {}),
  };
}

/** One item as an object (as every version of the schema reads it), several as a list, none as nothing. */
const mediaField = (media: Media[] | undefined): { media?: MediaRecord | MediaRecord[] } =>
  media ? { media: media.length === 1 ? mediaRecord(media[0]!) : media.map(mediaRecord) } : {};

function mediaRecord({ kind, ...item }: Media): MediaRecord {
  return kind === mediaFacts(item.url).kind ? item : { ...item, kind };
}

function quoteRecord(q: TimelineEvent['quotes'][number]): QuoteRecord {
  return {
    text: q.text,
    ...(q.by ? { by: q.by } : {}),
    ...(q.where ? { where: q.where } : {}),
    ...(q.date ? { date: form(q.date) } : {}),
    ...(q.source?.id ? { source: q.source.id } : {}),
  };
}

/** A listed source by its id; an inline one as it was written. */
const citation = (s: Source): CitationRecord => s.id ?? (s.url ? { name: s.name, url: s.url } : { name: s.name });

function sourceRecord(s: Source): SourceRecord {
  return {
    id: s.id!,
    name: s.name,
    ...(s.title ? { title: s.title } : {}),
    ...(s.url ? { url: s.url } : {}),
    ...(s.date ? { date: form(s.date) } : {}),
    ...(s.via?.id ? { via: s.via.id } : {}),
  };
}

/** The listed sources the events, the periods and the quotes cite, and those that reported them, in the dataset's order. */
function listedSources(dataset: Dataset, events: TimelineEvent[]): Source[] {
  const cited = new Set<Source>();
  const cite = (s: Source | undefined) => {
    for (; s?.id !== undefined && !cited.has(s); s = s.via) cited.add(s);
  };
  const citeAll = (item: TimelineEvent | Period) => item.sources.forEach(cite);
  events.forEach(citeAll);
  dataset.periods.forEach(citeAll);
  for (const e of events) for (const q of e.quotes) cite(q.source);
  const listed = dataset.sources.filter((s) => cited.has(s));
  // A hand-made dataset may cite a listed source its list lacks: keep it, after the list.
  const inList = new Set(listed);
  for (const s of cited) if (!inList.has(s)) listed.push(s);
  return listed;
}
