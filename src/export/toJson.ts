/**
 * A dataset in the design doc's schema holding only the given events: what the reader filtered, as a
 * file. Sources keep their identity: the dataset's `sources` list holds those the events, periods and
 * quotes cite (and those they were reported by), which cite them by id; inline sources stay inline.
 */
import { toDateForm, type PartialDate } from '../time/partialDate';
import type { Dataset, Period, Source, TimelineEvent } from '../data/types';

const form = (d: PartialDate) => toDateForm(d.start, d.precision);

export function datasetToJson(dataset: Dataset, events: TimelineEvent[]): string {
  const ids = new Set(events.map((e) => e.id));
  const actors = new Set(events.flatMap((e) => e.actors));
  const categories = new Set(events.map((e) => e.category));
  const listed = listedSources(dataset, events);
  const out = {
    title: dataset.title,
    description: dataset.description,
    ...(dataset.locale ? { locale: dataset.locale } : {}),
    actors: dataset.actors.filter((a) => actors.has(a.id)),
    categories: dataset.categories.filter((c) => categories.has(c.id)),
    ...(listed.length ? { sources: listed.map(sourceRecord) } : {}),
    periods: dataset.periods.map((p) => ({
      id: p.id,
      title: p.title,
      ...(p.summary ? { summary: p.summary } : {}),
      start: form(p.start),
      end: form(p.end),
      ...(p.sources.length ? { sources: p.sources.map(citation) } : {}),
    })),
    events: events.map((e) => ({
      id: e.id,
      start: form(e.start),
      ...(e.end ? { end: form(e.end) } : {}),
      title: e.title,
      ...(e.summary ? { summary: e.summary } : {}),
      actors: e.actors,
      ...(e.category ? { category: e.category } : {}),
      ...(e.amounts.length ? { amounts: e.amounts } : {}),
      ...(e.quotes.length ? { quotes: e.quotes.map(({ source, ...q }) => ({ ...q, date: q.date ? form(q.date) : undefined, source: source?.id })) } : {}),
      sources: e.sources.map(citation),
      related: e.related.filter((r) => ids.has(r.id)).map((r) => (r.label ? r : r.id)),
      ...(e.disputed ? { disputed: e.disputed } : {}),
      ...(e.approx ? { approx: true } : {}),
      ...(e.qualifier ? { qualifier: e.qualifier } : {}),
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** A listed source by its id; an inline one as it was written. */
const citation = (s: Source) => s.id ?? (s.url ? { name: s.name, url: s.url } : { name: s.name });

function sourceRecord(s: Source) {
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
