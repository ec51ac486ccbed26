/** Events in time order under headings: by year, or by the period each starts in (year where none). */
import type { Period, TimelineEvent } from '../../data/types';
import { yearOf } from '../../time/partialDate';

export type GroupBy = 'year' | 'period';

export interface EventGroup {
  key: string;
  heading: string;
  /** The period a group is, when grouped by period. */
  period?: Period;
  events: TimelineEvent[];
}

export function groupEvents(events: TimelineEvent[], periods: Period[], by: GroupBy): EventGroup[] {
  const groups: EventGroup[] = [];
  for (const event of events) {
    const period = by === 'period' ? periods.find((p) => event.from >= p.start.start && event.from < p.end.end) : undefined;
    const key = period ? `period:${period.id}` : `year:${yearOf(event.from)}`;
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.events.push(event);
    else groups.push({ key, heading: period ? period.title : key.slice(5), ...(period ? { period } : {}), events: [event] });
  }
  return groups;
}
