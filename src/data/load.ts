/** The only impure file of the data layer: fetches a dataset with a size limit, then parses it. */
import { parseAny } from './parseAny';
import { emptyDataset } from './validate';
import type { ParseResult } from './types';

export const MAX_BYTES = 64 * 1024 * 1024;

export async function loadDataset(url: string, signal?: AbortSignal): Promise<ParseResult> {
  const source = url.split('/').pop()?.split('?')[0] || url;
  const fail = (message: string): ParseResult => ({
    dataset: emptyDataset(),
    problems: [{ level: 'error', source: url, where: 'loading', message }],
  });
  let response: Response;
  try {
    // Default credentials (same-origin): matches the preload hint in index.html, and sends no cookies elsewhere.
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    return fail(`could not be fetched (${error instanceof Error ? error.message : String(error)}); check the address and that the server allows cross-origin requests`);
  }
  if (!response.ok) return fail(`the server answered ${response.status} ${response.statusText}`.trim());
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_BYTES) return fail(`is ${(declared / 1e6).toFixed(1)} MB; the limit is ${MAX_BYTES / 1024 / 1024} MB`);
  const text = await response.text();
  if (text.length > MAX_BYTES) return fail(`is larger than the ${MAX_BYTES / 1024 / 1024} MB limit`);
  // Linked datasets parse on the page: a worker's start-up and copying the result back cost ~0.5 s at
  // 10,000 events, more than the parse itself; files the reader opens go through the worker.
  return parseAny(text, source, undefined, { worker: false });
}
