/// <reference lib="webworker" />
/** Parses a large dataset off the main thread with the one pipeline, reporting progress. */
import { parseDatasetWith } from './parsePipeline';
import { parseCsvDataset } from './formats/parseCsv';
import { fromTimelineJs } from './formats/parseTimelineJs';

self.onmessage = (e: MessageEvent<{ text: string; source: string }>) => {
  const { text, source } = e.data;
  const result = parseDatasetWith(text, source, { csv: parseCsvDataset, timelineJs: fromTimelineJs }, (done, total) =>
    self.postMessage({ type: 'progress', done, total }),
  );
  self.postMessage({ type: 'done', result });
};
