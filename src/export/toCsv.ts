/**
 * Events as CSV in the design doc's columns: id,start,end,title,summary,actors,category,sources,related,
 * lists joined with ";". Fields that a spreadsheet would run as a formula (=, +, @) get a leading
 * apostrophe, so an exported file is safe to open. A source is written by its label (sourceLabel.ts),
 * with its link as `Name <https://…>`, the form the CSV reader takes back.
 */
import { toDateForm } from '../time/partialDate';
import { sourceHref, sourceLabel, type ReportedBy } from '../data/sourceLabel';
import type { Source, TimelineEvent } from '../data/types';
import { en } from '../i18n/en';

export const CSV_COLUMNS = ['id', 'start', 'end', 'title', 'summary', 'actors', 'category', 'sources', 'related'] as const;

/** `reportedBy` words second-hand reports: the page's language for a download, English for the CLI. */
export function eventsToCsv(events: TimelineEvent[], reportedBy: ReportedBy = en.reportedBy): string {
  const sourceCell = (s: Source) => {
    // The CSV reader takes back http(s) links only: a mailto: link would come back as part of the name.
    const href = sourceHref(s);
    return href && /^https?:/.test(href) ? `${sourceLabel(s, reportedBy)} <${href}>` : sourceLabel(s, reportedBy);
  };
  const rows = events.map((e) => [
    e.id,
    toDateForm(e.start.start, e.start.precision),
    e.end ? toDateForm(e.end.start, e.end.precision) : '',
    e.title,
    e.summary,
    e.actors.join(';'),
    e.category ?? '',
    e.sources.map(sourceCell).join(';'),
    e.related.map((r) => r.id).join(';'),
  ]);
  return [CSV_COLUMNS as readonly string[], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function csvField(value: string): string {
  const safe = /^[=+@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
