/**
 * parseDatasetWith for the browser. Small texts parse here, fetching the CSV or TimelineJS reader
 * only when needed; large ones (over 1 MB) go to a Web Worker so the page keeps responding, with
 * progress reported as events are checked.
 */
import { parseDatasetWith, type DatasetFormat, type Readers } from '../data/parsePipeline';
import type { ParseResult } from '../data/types';
import type { ColumnChoice } from '../data/columnChoice';

const WORKER_ABOVE = 1024 * 1024;

export type Progress = (done: number, total: number) => void;

export async function parseAny(
  text: string,
  source: string,
  onProgress?: Progress,
  { worker = true, columns }: { worker?: boolean; columns?: ColumnChoice } = {},
): Promise<ParseResult & { format: DatasetFormat }> {
  // A published single file runs under a policy that allows no worker, and has no file to start one from.
  if (worker && !import.meta.env.VITE_STANDALONE && text.length > WORKER_ABOVE && typeof Worker !== 'undefined') {
    try {
      return await parseInWorker(text, source, onProgress, columns);
    } catch {
      /* no worker here (an odd sandbox): parse on the page instead */
    }
  }
  const readers: Readers = {};
  for (;;) {
    const parsed = parseDatasetWith(text, source, readers, onProgress, columns);
    if (!('needs' in parsed)) return parsed;
    if (parsed.needs === 'csv') readers.csv = (await import('../data/formats/parseCsv')).parseCsvDataset;
    else if (parsed.needs === 'media') readers.media = (await import('../data/media/readMedia')).mediaReader;
    else readers.timelineJs = (await import('../data/formats/parseTimelineJs')).fromTimelineJs;
  }
}

function parseInWorker(text: string, source: string, onProgress?: Progress, columns?: ColumnChoice): Promise<ParseResult & { format: DatasetFormat }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./parseWorker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (e: MessageEvent) => {
      if (e.data?.type === 'progress') onProgress?.(e.data.done, e.data.total);
      if (e.data?.type === 'done') {
        worker.terminate();
        resolve(e.data.result);
      }
    });
    worker.addEventListener('error', (e) => {
      worker.terminate();
      reject(e);
    });
    worker.postMessage({ text, source, columns });
  });
}
