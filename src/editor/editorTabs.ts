/**
 * The editor's tabs: each shows the sheet's rows of one type (formats/sheetLayout.ts) in the columns
 * that type reads, named as that type means them (an actor's `title` is its label, a source's `start`
 * its date). Settings are a form of their own (SettingsForm.tsx).
 */
import { columnAt, rowType, sheetRow } from '../data/edits/newRows';
import type { SheetRow } from '../data/edits/sheetEdits';
import type { RowType, SheetColumn } from '../data/formats/sheetLayout';
import type { enEditor } from '../i18n/more/en-editor';

export type TabId = keyof typeof enEditor.tabs;
export type ColumnWord = keyof typeof enEditor.columns;

export interface TabColumn {
  column: SheetColumn;
  word: ColumnWord;
  /** How wide its cells are drawn, in characters. */
  width: number;
}

export interface SheetTab {
  id: Exclude<TabId, 'settings'>;
  type: RowType;
  columns: TabColumn[];
  /** The id new rows of this type start from ("event", "event-2", …). */
  idBase: string;
}

const col = (column: SheetColumn, word: ColumnWord, width = 14): TabColumn => ({ column, word, width });

export const SHEET_TABS: SheetTab[] = [
  {
    id: 'events',
    type: 'event',
    idBase: 'event',
    columns: [
      col('start', 'start', 13),
      col('end', 'end', 13),
      col('title', 'title', 30),
      col('summary', 'summary', 40),
      col('actors', 'actors'),
      col('category', 'category'),
      col('sources', 'sources', 20),
      col('url', 'url', 20),
      col('related', 'related'),
      col('disputed', 'disputed', 20),
      col('approx', 'approx', 8),
      col('qualifier', 'qualifier', 8),
      col('display date', 'displayDate'),
      col('lane', 'lane'),
      col('amounts', 'amounts', 18),
      col('quote', 'quote', 30),
      col('quote by', 'quoteBy'),
      col('quote where', 'quoteWhere'),
      col('quote date', 'quoteDate', 13),
      col('quote source', 'quoteSource'),
      col('media', 'media', 20),
      col('media credit', 'mediaCredit'),
      col('media caption', 'mediaCaption', 20),
      col('media alt', 'mediaAlt', 20),
      col('media thumbnail', 'mediaThumbnail', 20),
      col('media kind', 'mediaKind', 10),
      col('media size', 'mediaSize', 10),
      col('backdrop', 'backdrop', 20),
      col('id', 'id'),
    ],
  },
  {
    id: 'periods',
    type: 'period',
    idBase: 'period',
    columns: [
      col('title', 'title', 24),
      col('start', 'start', 13),
      col('end', 'end', 13),
      col('summary', 'summary', 40),
      col('sources', 'sources', 20),
      col('media', 'media', 20),
      col('media credit', 'mediaCredit'),
      col('media caption', 'mediaCaption', 20),
      col('media alt', 'mediaAlt', 20),
      col('id', 'id'),
    ],
  },
  { id: 'actors', type: 'actor', idBase: 'actor', columns: [col('id', 'id'), col('title', 'label', 24), col('color', 'color', 10)] },
  { id: 'categories', type: 'category', idBase: 'category', columns: [col('id', 'id'), col('title', 'label', 24), col('color', 'color', 10)] },
  {
    id: 'sources',
    type: 'source',
    idBase: 'source',
    columns: [
      col('id', 'id'),
      col('title', 'name', 20),
      col('summary', 'headline', 30),
      col('url', 'url', 24),
      col('start', 'date', 13),
      col('sources', 'via'),
    ],
  },
  { id: 'steps', type: 'step', idBase: 'step', columns: [col('id', 'step', 30)] },
];

/** The sheet rows a tab shows, in sheet order. */
export function rowsOfTab(rows: readonly SheetRow[], tab: SheetTab): number[] {
  const out: number[] = [];
  rows.forEach((row, i) => {
    if (rowType(row) === tab.type) out.push(i);
  });
  return out;
}

/** Where a new row of the tab goes: after the last of its kind, else at the end of the sheet. */
export function insertPoint(rows: readonly SheetRow[], tab: SheetTab): number {
  const mine = rowsOfTab(rows, tab);
  return mine.length ? mine.at(-1)! + 1 : rows.length;
}

/** A new row of the tab's type, before anything is typed into it. */
export const blankRow = (tab: SheetTab, cells: Partial<Record<SheetColumn, string>> = {}): SheetRow => sheetRow(tab.type, cells);

const ID = columnAt('id');

/** The id an event row is known by in the dataset: its own, or the one the reader gives a row without one. */
export function eventIdOf(rows: readonly SheetRow[], row: number): string {
  return (rows[row]?.[ID] ?? '').trim() || `row-${row + 2}`;
}

/** The sheet row of an event id: its own id's, else the row a `row-N` id names. */
export function rowOfEvent(rows: readonly SheetRow[], id: string): number {
  const own = rows.findIndex((r) => rowType(r) === 'event' && (r[ID] ?? '').trim() === id);
  if (own >= 0) return own;
  const named = /^row-(\d+)$/.exec(id);
  return named ? Number(named[1]) - 2 : -1;
}
