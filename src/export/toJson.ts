/** A dataset in the design doc's schema holding only the given events: what the reader filtered, as a file. */
import { toDateForm, type PartialDate } from '../time/partialDate';
import type { Dataset, TimelineEvent } from '../data/types';

const form = (d: PartialDate) => toDateForm(d.start, d.precision);

export function datasetToJson(dataset: Dataset, events: TimelineEvent[]): string {
  const ids = new Set(events.map((e) => e.id));
  const actors = new Set(events.flatMap((e) => e.actors));
  const categories = new Set(events.map((e) => e.category));
  const out = {
    title: dataset.title,
    description: dataset.description,
    ...(dataset.locale ? { locale: dataset.locale } : {}),
    actors: dataset.actors.filter((a) => actors.has(a.id)),
    categories: dataset.categories.filter((c) => categories.has(c.id)),
    periods: dataset.periods.map((p) => ({ id: p.id, title: p.title, start: form(p.start), end: form(p.end) })),
    events: events.map((e) => ({
      id: e.id,
      start: form(e.start),
      ...(e.end ? { end: form(e.end) } : {}),
      title: e.title,
      ...(e.summary ? { summary: e.summary } : {}),
      actors: e.actors,
      ...(e.category ? { category: e.category } : {}),
      ...(e.amounts.length ? { amounts: e.amounts } : {}),
      ...(e.quotes.length ? { quotes: e.quotes.map((q) => ({ ...q, date: q.date ? form(q.date) : undefined })) } : {}),
      sources: e.sources,
      related: e.related.filter((r) => ids.has(r.id)).map((r) => (r.label ? r : r.id)),
      ...(e.disputed ? { disputed: e.disputed } : {}),
      ...(e.approx ? { approx: true } : {}),
      ...(e.qualifier ? { qualifier: e.qualifier } : {}),
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
