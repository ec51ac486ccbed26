/**
 * Events as CSV in the design doc's columns: id,start,end,title,summary,actors,category,sources,related,
 * lists joined with ";". A source is written by its label (sourceLabel.ts), with its link as
 * `Name <https://…>`, the form the CSV reader takes back. Every cell is guarded against CSV
 * injection as OWASP advises (csvField below), so an exported file is safe to open in a spreadsheet.
 */
import { toDateForm } from '../time/partialDate';
import { sourceHref, sourceLabel, type ReportedBy } from '../data/sourceLabel';
import type { Source, TimelineEvent } from '../data/types';
import { en } from '../i18n/en';
import { FORMULA_START } from '../data/formats/csv';

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

/**
 * OWASP's "CSV Injection" advice, whole: a cell that starts with `=`, `+`, `-`, `@`, tab or CR (or LF,
 * or spaces before one of the first four) gets a leading apostrophe, which spreadsheets read as "this
 * is text"; and a cell holding a separator (`,` or `;`, the list separator of many locales' Excel),
 * a quote (`"` or `'`), a tab or a line break is quoted, its `"` doubled, so nothing inside it can
 * start a new cell. `-` is guarded too: none of Chronicle's columns is numeric (dates are written
 * `YYYY-MM-DD`, amounts are not in the CSV), so a leading minus is always text, never a negative number.
 * The CSV reader (data/csv.ts) drops the apostrophe again, so an export reads back as it was.
 */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",;'\t\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
