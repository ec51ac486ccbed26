/** parseDatasetWith for the browser: the CSV and TimelineJS readers are separate chunks, fetched when a dataset needs one. */
import { parseDatasetWith, type DatasetFormat, type Readers } from './parsePipeline';
import type { ParseResult } from './types';

export async function parseAny(text: string, source: string): Promise<ParseResult & { format: DatasetFormat }> {
  const readers: Readers = {};
  for (;;) {
    const parsed = parseDatasetWith(text, source, readers);
    if (!('needs' in parsed)) return parsed;
    if (parsed.needs === 'csv') readers.csv = (await import('./parseCsv')).parseCsvDataset;
    else readers.timelineJs = (await import('./parseTimelineJs')).fromTimelineJs;
  }
}
