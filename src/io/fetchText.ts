/**
 * Fetches a dataset's text and never hangs or throws: the body is streamed and counted as it
 * arrives (decoded bytes, so a gzip bomb stops at the limit too), a stalled download is given up on
 * (data/limits.ts), and the caller's signal cancels at any point. Every failure is a coded problem
 * (data/problems.ts) that the page words in its language.
 */
import { MAX_BYTES, STALL, stallCheckEvery, stallWatch, type StallPolicy } from '../data/limits';
import { say, type Said } from '../data/problems';

export interface Progress {
  received: number;
  /** The size the server declared, when it is the size of what arrives (not a compressed one). */
  total: number | null;
}

/** A request already under way for the same URL (the page's inline script, src/build/earlyFetch.ts). */
export interface StartedFetch {
  response: Promise<Response>;
  abort?: () => void;
}

export interface FetchTextOptions {
  /** The caller's: once aborted, the download stops and the outcome is `cancelled`. */
  signal?: AbortSignal;
  started?: StartedFetch;
  maxBytes?: number;
  stall?: StallPolicy;
  /** Called at most every PROGRESS_EVERY_MS as bytes arrive, and not before (a quick load never reports); also at each stall check. */
  onProgress?: (progress: Progress) => void;
}

export type FetchTextOutcome = { ok: true; text: string } | { ok: false; said: Said; cancelled: boolean };

export const PROGRESS_EVERY_MS = 200;

export async function fetchText(url: string, options: FetchTextOptions = {}): Promise<FetchTextOutcome> {
  const { signal, started, maxBytes = MAX_BYTES, stall = STALL, onProgress } = options;
  if (signal?.aborted) return { ok: false, said: say('cancelled'), cancelled: true };
  const controller = new AbortController();
  let why: 'stalled' | 'cancelled' | null = null;
  let stopped!: (reason: unknown) => void;
  // Settles (rejects) once the download is stopped, whatever the pending promise is doing.
  const stop = new Promise<never>((_, reject) => (stopped = reject));
  stop.catch(() => {});
  const halt = (reason: 'stalled' | 'cancelled') => {
    if (why) return;
    why = reason;
    controller.abort();
    started?.abort?.();
    stopped(new Error(reason));
  };
  const until = <T>(pending: Promise<T>): Promise<T> => {
    pending.catch(() => {});
    return Promise.race([pending, stop]);
  };
  const onAbort = () => halt('cancelled');
  signal?.addEventListener('abort', onAbort, { once: true });

  let received = 0;
  let phase: 'request' | 'body' = 'request';
  const begun = Date.now();
  const watch = stallWatch(stall, begun);
  let total: number | null = null;
  // Each check also reports, so a server that sends nothing shows "0 bytes received" rather than nothing.
  const timer = setInterval(() => (watch(Date.now(), received) ? halt('stalled') : onProgress?.({ received, total })), stallCheckEvery(stall));
  try {
    // Default credentials (same-origin): matches the preload hint in index.html, and sends no cookies elsewhere.
    const response = await until(started?.response ?? fetch(url, { signal: controller.signal }));
    if (!response.ok) {
      void response.body?.cancel().catch(() => {});
      return failed(say('serverAnswered', `${response.status} ${response.statusText}`.trim()));
    }
    const declared = Number(response.headers.get('content-length') ?? NaN);
    if (declared > maxBytes) {
      void response.body?.cancel().catch(() => {});
      return failed(say('declaredTooLarge', declared, maxBytes));
    }
    // A compressed body's Content-Length is not the size of what arrives; cross-origin the encoding
    // may be hidden, so a total that the count overtakes is dropped below too.
    const encoding = response.headers.get('content-encoding');
    total = Number.isFinite(declared) && declared > 0 && (!encoding || encoding === 'identity') ? declared : null;
    phase = 'body';
    if (!response.body) return { ok: true, text: await decodeChunks([new Uint8Array(await until(response.arrayBuffer()))]) };
    const reader = response.body.getReader();
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    let reportAt = begun + PROGRESS_EVERY_MS;
    for (;;) {
      const { done, value } = await until(reader.read());
      if (done) break;
      received += value.byteLength;
      if (received > maxBytes) {
        void reader.cancel().catch(() => {});
        return failed(say('overLimit', maxBytes));
      }
      chunks.push(value);
      if (total !== null && received > total) total = null;
      const now = Date.now();
      if (onProgress && now >= reportAt) {
        reportAt = now + PROGRESS_EVERY_MS;
        onProgress({ received, total });
      }
    }
    return { ok: true, text: await decodeChunks(chunks) };
  } catch (error) {
    if (why === 'cancelled') return { ok: false, said: say('cancelled'), cancelled: true };
    if (why === 'stalled') return failed(say('stalled', stall.windowMs / 1000, received));
    if (phase === 'body') return failed(say('interrupted', received));
    return failed(say('fetchFailed', reasonOf(error)));
  } finally {
    clearInterval(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * The bytes as text: UTF-8, as a dataset nearly always is (a byte-order mark dropped). Bytes that
 * start like UTF-16, or that are not valid UTF-8 (a CSV saved by Excel in Windows-1252), are read by
 * data/decodeText.ts, which is fetched only then.
 */
async function decodeChunks(chunks: Uint8Array<ArrayBuffer>[]): Promise<string> {
  const head = chunks[0] ?? new Uint8Array();
  if (head[0] !== 0xff && head[0] !== 0xfe && head[0] !== 0 && head[1] !== 0) {
    const text = await new Blob(chunks).text();
    if (!text.includes('\uFFFD')) return text;
  }
  const { decodeBytes } = await import('../data/formats/decodeText');
  return decodeBytes(new Uint8Array(await new Blob(chunks).arrayBuffer())).text;
}

const failed = (said: Said): FetchTextOutcome => ({ ok: false, said, cancelled: false });

/** Browsers say only "Failed to fetch"; Node adds the system's reason as the cause ("fetch failed: ECONNREFUSED"). */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  const why = typeof cause?.code === 'string' ? cause.code : typeof cause?.message === 'string' ? cause.message : null;
  return why ? `${message}: ${why}` : message;
}
