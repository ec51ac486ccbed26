/// <reference lib="webworker" />
/** Parses a large dataset off the main thread with the one pipeline, reporting progress. */
import { parseDatasetWith } from '../data/parsePipeline';
import { parseCsvDataset } from '../data/formats/parseCsv';
import { fromTimelineJs } from '../data/formats/parseTimelineJs';
import { mediaReader } from '../data/media/readMedia';
import type { ColumnChoice } from '../data/columnChoice';

self.addEventListener('message', (e: MessageEvent<{ text: string; source: string; columns?: ColumnChoice }>) => {
  const { text, source, columns } = e.data;
  const result = parseDatasetWith(
    text,
    source,
    { csv: parseCsvDataset, timelineJs: fromTimelineJs, media: mediaReader },
    (done, total) => self.postMessage({ type: 'progress', done, total }),
    columns,
  );
  self.postMessage({ type: 'done', result });
});
