/**
 * The reader's word on what a CSV's columns hold, where Chronicle's own reading of the header was not
 * safe (the Open dialog's column step): for a column, by its header as compared (headerKey), the
 * one-sheet layout's column it is read as (formats/sheetLayout.ts), or null for "not read". It travels
 * with the dataset: kept beside a file the reader opened (io/storage.ts), and in a link as `columns=`
 * (view/viewParams.ts), so the same sheet reads the same way for everyone who opens the link. Those
 * check only its form; the CSV reader, which knows the layout's columns, says which names it does not.
 */
export type ColumnChoice = { readonly [header: string]: string | null };

/** A header as compared: case, spaces, underscores, dashes and accents aside ("Start_Date", "start date" → "startdate"). */
export const headerKey = (cell: string): string =>
  cell
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_.-]+/g, '');

/** How a layout's column is named: lower-case words ("quote by"). */
export const FIELD_NAME = /^[a-z]+(?: [a-z]+)*$/;
