/** A dataset in the design doc's schema holding only the given events (data/toRecord.ts), as a file. */
import { datasetRecord } from '../data/formats/toRecord';
import type { Dataset, TimelineEvent } from '../data/types';

export function datasetToJson(dataset: Dataset, events: TimelineEvent[]): string {
  return `${JSON.stringify(datasetRecord(dataset, events), null, 2)}\n`;
}
