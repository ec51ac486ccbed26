/**
 * Events as CSV in the design doc's columns: id,start,end,title,summary,actors,category,sources,related,
 * lists joined with ";". Fields that a spreadsheet would run as a formula (=, +, @) get a leading
 * apostrophe, so an exported file is safe to open.
 */
import { toDateForm } from '../time/partialDate';
import type { TimelineEvent } from '../data/types';

export const CSV_COLUMNS = ['id', 'start', 'end', 'title', 'summary', 'actors', 'category', 'sources', 'related'] as const;

export function eventsToCsv(events: TimelineEvent[]): string {
  const rows = events.map((e) => [
    e.id,
    toDateForm(e.start.start, e.start.precision),
    e.end ? toDateForm(e.end.start, e.end.precision) : '',
    e.title,
    e.summary,
    e.actors.join(';'),
    e.category ?? '',
    e.sources.map((s) => s.name).join(';'),
    e.related.map((r) => r.id).join(';'),
  ]);
  return [CSV_COLUMNS as readonly string[], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function csvField(value: string): string {
  const safe = /^[=+@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
