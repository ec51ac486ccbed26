/**
 * A dataset from a URL: fetched (fetchText.ts: limits, stalls, cancelling), then parsed. Never
 * throws: a failure is a dataset-less result whose one problem says what happened, in codes.
 */
import { parseAny } from './parseAny';
import { problem, say, type Said } from '../data/problems';
import type { ParseResult } from '../data/types';
import type { ColumnChoice } from '../data/columnChoice';
import { emptyDataset } from '../data/validate';
import { fetchText, type FetchTextOptions } from './fetchText';
import { isSheetsUrl } from '../data/sheetsUrl';
import { sniffFormat } from '../data/sniffFormat';

export type LoadedDataset = ParseResult & { outcome: 'loaded' | 'failed' | 'cancelled' };

/**
 * The name a problem (and a CSV without a title) gives a URL's file: `events.json` for
 * `https://…/data/events.json?v=2`; a Google Sheet's address ends in "pub" or "export", so it is "Google Sheet".
 */
export const fileName = (url: string) => (isSheetsUrl(url) ? 'Google Sheet' : url.split('/').pop()?.split(/[?#]/)[0] || url);

/** `columns`: the link's word on a CSV's columns (`columns=`). */
export async function loadDataset(url: string, options: FetchTextOptions & { columns?: ColumnChoice } = {}): Promise<LoadedDataset> {
  const fetched = await fetchText(url, options);
  // A sheet that is not public answers with Google's sign-in page, or with a redirect there that CORS refuses.
  const privateSheet =
    isSheetsUrl(url) && (fetched.ok ? sniffFormat(fetched.text) === 'markup' : fetched.said.code === 'fetchFailed' || fetched.said.code === 'serverAnswered');
  if (privateSheet) return { ...loadFailure(url, say('sheetNotPublic')), outcome: 'failed' };
  if (!fetched.ok) return { ...loadFailure(url, fetched.said), outcome: fetched.cancelled ? 'cancelled' : 'failed' };
  // Marks for the benchmark's breakdown of the time to ready (bench/run.ts).
  performance.mark('chronicle:fetched');
  try {
    // Linked datasets parse on the page: copying 100,000 parsed events back from a worker costs more
    // (~0.9 s) than the parse itself (~0.4 s); files the reader opens go through the worker.
    const result = await parseAny(fetched.text, fileName(url), undefined, { worker: false, columns: options.columns });
    performance.mark('chronicle:parsed');
    return { ...result, outcome: 'loaded' };
  } catch (error) {
    // Only the CSV or TimelineJS reader's chunk failing to arrive gets here: parsing itself never throws.
    return { ...loadFailure(url, say('fetchFailed', error instanceof Error ? error.message : String(error))), outcome: 'failed' };
  }
}

/** No dataset, and the one problem that says why, placed at "loading". */
export function loadFailure(url: string, said: Said): ParseResult {
  return { dataset: emptyDataset(), problems: [problem('error', url, say('loading'), said)] };
}
