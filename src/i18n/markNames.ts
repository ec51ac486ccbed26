/** Event marks' accessible names in the reader's language: what the eye takes from a mark's place and colour, in words. */
import type { Dataset, TimelineEvent } from '../data/types';
import type { CoreMessages } from './en';
import { formatList } from './format';

/** How a mark names its event, given its date as shown: see `markNamer`. */
export type MarkNamer = (event: TimelineEvent, date: string) => string;

/**
 * Names each mark by its date and title, then its actors (the lanes it is drawn in when lanes are
 * by actor), its category and the period it falls in; a sighted reader gets those from the mark's
 * lane, shape and band. Built once per dataset and language; each event's words once, when first drawn.
 */
export function markNamer(dataset: Pick<Dataset, 'actors' | 'categories' | 'periods'>, t: Pick<CoreMessages, 'markName' | 'markContext'>): MarkNamer {
  const actors = new Map(dataset.actors.map((a) => [a.id, a.label]));
  const categories = new Map(dataset.categories.map((c) => [c.id, c.label]));
  const contexts = new Map<string, string>();
  return (event, date) => {
    let context = contexts.get(event.id);
    if (context === undefined) {
      const period = dataset.periods.find((p) => p.start.start <= event.from && event.from < p.end.end);
      const category = event.category ? (categories.get(event.category) ?? event.category) : null;
      context = t.markContext(formatList(event.actors.map((id) => actors.get(id) ?? id)), category, period?.title ?? null);
      contexts.set(event.id, context);
    }
    return t.markName(date, event.title, context);
  };
}
