/**
 * The sheet being edited, read as a CSV file in the one-sheet layout is (formats/readSheet.ts): the
 * same dates in any form the CSV reader takes, the same dataset, the same problems, each placed on
 * its row and column so the editor can show it on its cell.
 */
import { readSheet } from '../formats/readSheet';
import { SHEET_COLUMNS } from '../formats/sheetLayout';
import { sheetRows } from '../formats/writeSheet';
import { datasetRecord } from '../formats/toRecord';
import type { Dataset, ParseResult, Problem } from '../types';
import type { SheetRow } from './sheetEdits';

/** The header the editor's sheet always has: Chronicle's own columns, in order. */
const HEADER = { line: 1, cells: [...SHEET_COLUMNS] };
const ID = SHEET_COLUMNS.indexOf('id');
const FIELDS = [...SHEET_COLUMNS];

const TYPE = SHEET_COLUMNS.indexOf('type');
const TITLE = SHEET_COLUMNS.indexOf('title');

/**
 * A row with nothing typed in it but its kind and id (one just added) is not read yet: it is not a
 * problem before its author has begun it. A sheet with no title is the validator's untitled timeline.
 */
export function readEdited(rows: readonly SheetRow[], source: string): ParseResult {
  // Row k of the sheet is spreadsheet row k + 2, as in a CSV whose header is row 1.
  const body = rows
    .map((cells, k) => ({ line: k + 2, cells: [...cells] }))
    .filter(({ cells }) => cells.some((cell, i) => i !== TYPE && i !== ID && cell.trim() !== ''));
  const result = readSheet({ header: HEADER, body, fields: FIELDS, width: FIELDS.length, source });
  const titled = rows.some((r) => (r[TYPE] ?? '').trim().toLowerCase() === 'title' && (r[TITLE] ?? '').trim() !== '');
  return titled ? result : { ...result, dataset: { ...result.dataset, title: 'Untitled timeline' } };
}

/** A dataset as the editor's rows: its one-sheet CSV without the header. */
export function sheetOf(dataset: Dataset): SheetRow[] {
  return sheetRows(datasetRecord(dataset, dataset.events)).slice(1);
}

/** Where a problem is in the sheet: a row (0-based, without the header) and, when it names one, a column. */
export interface CellPlace {
  row: number;
  column?: number;
}

/** The place readSheet gave a problem ("row 5 (line 5), column "start""); none for the dataset as a whole. */
export function placeOf(problem: Problem): CellPlace | null {
  const place = problem.place;
  // By line: the editor numbers each row's line as its place in the sheet (readEdited), rows not yet begun included.
  if (place?.code === 'rowColumn') {
    const [, line, column] = place.args as unknown as [number, number, string];
    const at = SHEET_COLUMNS.indexOf(column as (typeof SHEET_COLUMNS)[number]);
    return at < 0 ? { row: line - 2 } : { row: line - 2, column: at };
  }
  if (place?.code === 'row') return { row: place.args[1] - 2 };
  return null;
}

/** Problems by cell (`"3:5"`) and by row (`"3"`), for drawing them where they are. */
export function problemsByPlace(problems: readonly Problem[]): Map<string, Problem[]> {
  const by = new Map<string, Problem[]>();
  for (const p of problems) {
    const at = placeOf(p);
    if (!at) continue;
    const key = at.column === undefined ? String(at.row) : `${at.row}:${at.column}`;
    by.set(key, [...(by.get(key) ?? []), p]);
  }
  return by;
}
