/// <reference lib="webworker" />
/** Parses a large dataset off the main thread with the one pipeline, reporting progress. */
import { parseDatasetWith } from '../data/parsePipeline';
import { parseCsvDataset } from '../data/formats/parseCsv';
import { fromTimelineJs } from '../data/formats/parseTimelineJs';

self.addEventListener('message', (e: MessageEvent<{ text: string; source: string }>) => {
  const { text, source } = e.data;
  const result = parseDatasetWith(text, source, { csv: parseCsvDataset, timelineJs: fromTimelineJs }, (done, total) =>
    self.postMessage({ type: 'progress', done, total }),
  );
  self.postMessage({ type: 'done', result });
});
