/**
 * A dataset holding only the given events, as one CSV sheet in Chronicle's layout
 * (data/formats/sheetLayout.ts): its title, periods, actors, categories, sources and steps as typed
 * rows beside the events, so that opening the file again gives back the same dataset. Every cell is
 * guarded against spreadsheet formulas, so the file is safe to open in a spreadsheet.
 */
import { datasetRecord } from '../data/formats/toRecord';
import { sheetCsv } from '../data/formats/writeSheet';
import type { Dataset, TimelineEvent } from '../data/types';

/** `delimiter`: a tab for the tab-separated form that Google Sheets and Excel paste and import. */
export function datasetToCsv(dataset: Dataset, events: TimelineEvent[], delimiter: ',' | '\t' = ','): string {
  return sheetCsv(datasetRecord(dataset, events), delimiter);
}
