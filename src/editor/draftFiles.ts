/**
 * A draft as files: CSV in the one-sheet layout with every row as typed (a row that does not read yet
 * is kept, so nothing made is lost), and JSON in the design doc's schema (what reads, as the timeline
 * shows it).
 */
import { csvCell } from '../data/formats/csv';
import { SHEET_COLUMNS } from '../data/formats/sheetLayout';
import { datasetRecord } from '../data/formats/toRecord';
import type { SheetRow } from '../data/edits/sheetEdits';
import type { Dataset } from '../data/types';

export function draftCsv(rows: readonly SheetRow[]): string {
  return [SHEET_COLUMNS, ...rows].map((row) => SHEET_COLUMNS.map((_, k) => csvCell(row[k] ?? '')).join(',')).join('\r\n') + '\r\n';
}

export function draftJson(dataset: Dataset): string {
  return `${JSON.stringify(datasetRecord(dataset, dataset.events), null, 2)}\n`;
}

/** A file name from the title: "Microsoft and OpenAI" → "microsoft-and-openai". */
export function fileNameOf(title: string, extension: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'timeline'}.${extension}`;
}

export function download(content: string | Blob, name: string, type: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type }) : content);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
}
