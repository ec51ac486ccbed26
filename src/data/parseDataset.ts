/** Every reader at hand: for the CLI, tests and anything that is not size-bound. */
import { parseCsvDataset } from './formats/parseCsv';
import { parseDatasetWith, type DatasetFormat } from './parsePipeline';
import { fromTimelineJs } from './formats/parseTimelineJs';
import { mediaReader } from './media/readMedia';
import type { ParseResult } from './types';
import type { ColumnChoice } from './columnChoice';

export type { DatasetFormat } from './parsePipeline';
export { isTimelineJs, parseDatasetWith } from './parsePipeline';

export function parseDataset(text: string, source: string, columns?: ColumnChoice): ParseResult & { format: DatasetFormat } {
  return parseDatasetWith(text, source, { csv: parseCsvDataset, timelineJs: fromTimelineJs, media: mediaReader }, undefined, columns) as ParseResult & {
    format: DatasetFormat;
  };
}
