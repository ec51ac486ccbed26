/**
 * Chronicle's one-sheet layout: one table holds a whole dataset, as TimelineJS's spreadsheet template
 * does. A row's `type` says what it is (blank means an event); each type reads the columns it needs:
 *
 * | type       | id           | start, end     | title  | summary     | other columns                         |
 * |------------|--------------|----------------|--------|-------------|---------------------------------------|
 * | `title`    |              |                | title  | description | the media columns                     |
 * | `setting`  | its name     |                | value  |             | (`locale`, `dateOrder`)               |
 * | (event)    | event id     | its dates      | title  | summary     | all the event columns                 |
 * | `period`   | period id    | its dates      | title  | summary     | sources, the media columns            |
 * | `step`     | event/period |                |        |             | (one row per step, in order)          |
 * | `actor`    | actor id     |                | label  |             | color                                 |
 * | `category` | category id  |                | label  |             | color                                 |
 * | `source`   | source id    | start: its date| name   | headline    | url; sources: the one it was reported by |
 *
 * Lists in one cell (actors, sources, related, amounts, the quote columns) are separated by `;`; a `;`
 * or `\` inside an item is written `\;` or `\\`. The quote columns are read side by side: the second
 * item of `quote by` is said by the second quote.
 */

/** The columns, in the order Chronicle writes them. */
export const SHEET_COLUMNS = [
  'type',
  'id',
  'start',
  'end',
  'display date',
  'title',
  'summary',
  'actors',
  'category',
  'lane',
  'sources',
  'related',
  'approx',
  'qualifier',
  'disputed',
  'amounts',
  'quote',
  'quote by',
  'quote where',
  'quote date',
  'quote source',
  'media',
  'media credit',
  'media caption',
  'media alt',
  'media thumbnail',
  'media kind',
  'media size',
  'color',
  'url',
  // New columns go last: drafts (io/drafts) keep their rows by position.
  'backdrop',
] as const;

export type SheetColumn = (typeof SHEET_COLUMNS)[number];

export const isSheetColumn = (name: string): name is SheetColumn => (SHEET_COLUMNS as readonly string[]).includes(name);

export const ROW_TYPES = ['title', 'setting', 'event', 'period', 'step', 'actor', 'category', 'source'] as const;
export type RowType = (typeof ROW_TYPES)[number];

/** The columns each row type reads; a filled cell outside them is reported, never silently dropped. */
const MEDIA_COLUMNS = SHEET_COLUMNS.filter((c) => c.startsWith('media'));

export const ROW_READS: { [T in RowType]: readonly SheetColumn[] } = {
  title: ['type', 'title', 'summary', ...MEDIA_COLUMNS],
  setting: ['type', 'id', 'title'],
  event: SHEET_COLUMNS.filter((c) => c !== 'color'),
  period: ['type', 'id', 'start', 'end', 'title', 'summary', 'sources', ...MEDIA_COLUMNS],
  step: ['type', 'id'],
  actor: ['type', 'id', 'title', 'color'],
  category: ['type', 'id', 'title', 'color'],
  source: ['type', 'id', 'start', 'title', 'summary', 'url', 'sources'],
};

/** Items joined by `;`, each escaped so that a `;` or `\` inside it stays in it. */
export function joinList(items: readonly string[]): string {
  return items.map((item) => item.replace(/\\/g, '\\\\').replace(/;/g, '\\;')).join(';');
}

/**
 * The items of a list cell, trimmed: `a;b\;c` → ["a", "b;c"]. Empty items are kept (the quote columns
 * line up by place); a blank cell has none.
 */
export function splitList(cell: string): string[] {
  if (cell.trim() === '') return [];
  const items: string[] = [];
  let item = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!;
    if (c === '\\' && (cell[i + 1] === ';' || cell[i + 1] === '\\')) item += cell[++i];
    else if (c === ';') {
      items.push(item.trim());
      item = '';
    } else item += c;
  }
  items.push(item.trim());
  return items;
}
