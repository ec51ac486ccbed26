/** The only impure file of the data layer: fetches a dataset with a size limit, then parses it. */
import { parseAny } from './parseAny';
import { messages } from '../i18n/messages';
import { emptyDataset } from './validate';
import { say } from './problemWords';
import type { ParseResult } from './types';

export const MAX_BYTES = 64 * 1024 * 1024;

/** `started` is a fetch of the same URL already under way (see datasetUrl.ts). */
export async function loadDataset(url: string, signal?: AbortSignal, started?: Promise<Response>): Promise<ParseResult> {
  const source = url.split('/').pop()?.split('?')[0] || url;
  const fail = (message: string): ParseResult => ({
    dataset: emptyDataset(),
    problems: [{ level: 'error', source: url, where: 'loading', message, place: say('loading') }],
  });
  let response: Response;
  try {
    // Default credentials (same-origin): matches the preload hint in index.html, and sends no cookies elsewhere.
    response = await (started ?? fetch(url, { signal }));
  } catch (error) {
    if (signal?.aborted) throw error;
    return fail(messages().fetchFailed(error instanceof Error ? error.message : String(error)));
  }
  if (!response.ok) return fail(messages().serverAnswered(`${response.status} ${response.statusText}`.trim()));
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_BYTES) return fail(messages().declaredTooLarge((declared / 1e6).toFixed(1), MAX_BYTES / 1024 / 1024));
  const text = await response.text();
  if (text.length > MAX_BYTES) return fail(messages().overLimit(MAX_BYTES / 1024 / 1024));
  // Marks for the benchmark's breakdown of the time to ready (bench/run.ts).
  performance.mark('chronicle:fetched');
  // Linked datasets parse on the page: copying 100,000 parsed events back from a worker costs more
  // (~0.9 s) than the parse itself (~0.4 s); files the reader opens go through the worker.
  const result = await parseAny(text, source, undefined, { worker: false });
  performance.mark('chronicle:parsed');
  return result;
}
