/** The loader cannot hang: limits on decoded bytes, stalls, cancelling, failures as codes (src/io/fetchText.ts, src/data/limits.ts). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stallPolicy, stallWatch, STALL } from '../../src/data/limits';
import { fetchText, PROGRESS_EVERY_MS, type FetchTextOutcome } from '../../src/io/fetchText';

describe('stallWatch (window 30 s, 16 KB)', () => {
  /** Seconds at which the watch first says "stalled", sampling every 5 s, for bytes received by time t (s). */
  const stalledAt = (bytesAt: (t: number) => number) => {
    const watch = stallWatch(STALL, 0);
    for (let t = 5; t <= 600; t += 5) if (watch(t * 1000, bytesAt(t))) return t;
    return null;
  };
  it.each([
    ['a server that never answers', () => 0, 30],
    ['a byte a second', (t: number) => t, 30],
    ['1 KB a second (the slowest line still counts)', (t: number) => t * 1024, null],
    ['fast, then nothing from 40 s', (t: number) => Math.min(t, 40) * 100_000, 70],
    ['fast, then nothing from 42 s', (t: number) => Math.min(t, 42) * 100_000, 75],
  ])('%s: stalled at %s s', (_, bytesAt, expected) => {
    expect(stalledAt(bytesAt)).toBe(expected);
  });

  it('a build may shorten the window; nothing else changes the policy', () => {
    expect(stallPolicy('1500')).toEqual({ windowMs: 1500, minBytes: STALL.minBytes });
    for (const odd of [undefined, '', 'abc', '-5', '0', {}]) expect(stallPolicy(odd)).toBe(STALL);
  });
});

/** A response whose body is made chunk by chunk by `next` (null ends it); counts what was pulled. */
function streamed(next: (i: number) => Uint8Array | null | Promise<Uint8Array | null> | 'error', headers: Record<string, string> = {}, status = 200) {
  const seen = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const chunk = await next(seen.pulled++);
        if (chunk === 'error') controller.error(new TypeError('network error'));
        else if (chunk === null) controller.close();
        else controller.enqueue(chunk);
      },
      cancel() {
        seen.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { response: new Response(body, { status, headers }), seen };
}

const never = <T>() => new Promise<T>(() => {});
const said = (outcome: FetchTextOutcome) => (outcome.ok ? 'ok' : `${outcome.said.code}(${(outcome.said.args as unknown[]).join(', ')})`);

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('fetchText', () => {
  it('decodes as it reads: a character split between chunks, a byte-order mark', async () => {
    const bytes = new TextEncoder().encode('\uFEFF{"title":"Zürich — 東京"}');
    const { response } = streamed((i) => (i < bytes.length ? bytes.slice(i, i + 1) : null));
    vi.stubGlobal('fetch', async () => response);
    expect(await fetchText('https://x/d.json')).toEqual({ ok: true, text: '{"title":"Zürich — 東京"}' });
  });

  it('stops at the limit with no Content-Length, without reading the rest', async () => {
    const { response, seen } = streamed(() => new Uint8Array(1000).fill(32));
    vi.stubGlobal('fetch', async () => response);
    const outcome = await fetchText('https://x/endless.json', { maxBytes: 10_000 });
    expect(said(outcome)).toBe('overLimit(10000)');
    expect(seen.pulled).toBeLessThanOrEqual(12);
    expect(seen.cancelled).toBe(true);
  });

  it('counts decoded bytes: a gzip bomb with a small Content-Length stops at the limit too', async () => {
    const { response } = streamed(() => new Uint8Array(1000).fill(32), { 'content-length': '500', 'content-encoding': 'gzip' });
    vi.stubGlobal('fetch', async () => response);
    expect(said(await fetchText('https://x/bomb.json', { maxBytes: 10_000 }))).toBe('overLimit(10000)');
  });

  it('refuses a declared size over the limit before reading any of it', async () => {
    const { response, seen } = streamed(() => new Uint8Array(10), { 'content-length': '20000' });
    vi.stubGlobal('fetch', async () => response);
    expect(said(await fetchText('https://x/big.json', { maxBytes: 10_000 }))).toBe('declaredTooLarge(20000, 10000)');
    expect(seen.pulled).toBeLessThanOrEqual(1);
  });

  it.each([
    ['the server answers 404', async () => new Response('nope', { status: 404, statusText: 'Not Found' }), 'serverAnswered(404 Not Found)'],
    ['the request fails', async () => Promise.reject(new TypeError('Failed to fetch')), 'fetchFailed(Failed to fetch)'],
    ['the body breaks off', async () => streamed((i) => (i < 3 ? new Uint8Array(100) : 'error')).response, 'interrupted(300)'],
  ])('%s: %s', async (_, respond, expected) => {
    vi.stubGlobal('fetch', respond);
    expect(said(await fetchText('https://x/d.json'))).toBe(expected);
  });

  it('gives up on a server that never answers, after the stall window', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', () => never<Response>());
    const outcome = fetchText('https://x/hang.json', { stall: { windowMs: 3000, minBytes: 16 } });
    await vi.advanceTimersByTimeAsync(2999);
    let settled = false;
    void outcome.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(said(await outcome)).toBe('stalled(3, 0)');
  });

  it('gives up on a drip of a byte a second, and aborts the request', async () => {
    vi.useFakeTimers();
    let signal: AbortSignal | undefined;
    const { response } = streamed(() => new Promise((resolve) => setTimeout(() => resolve(new Uint8Array(1)), 1000)));
    vi.stubGlobal('fetch', async (_: string, init: RequestInit) => ((signal = init.signal ?? undefined), response));
    const outcome = fetchText('https://x/drip.json', { stall: { windowMs: 3000, minBytes: 16 } });
    await vi.advanceTimersByTimeAsync(3000);
    expect(said(await outcome)).toMatch(/^stalled\(3, [23]\)$/);
    expect(signal?.aborted).toBe(true);
  });

  it('cancels at once when the caller aborts, and stops a request the page had started', async () => {
    const controller = new AbortController();
    const abortStarted = vi.fn();
    const outcome = fetchText('https://x/d.json', { signal: controller.signal, started: { response: never(), abort: abortStarted } });
    controller.abort();
    expect(await outcome).toEqual({ ok: false, said: { code: 'cancelled', args: [] }, cancelled: true });
    expect(abortStarted).toHaveBeenCalled();
  });

  it('reports progress only after a moment, with the total when the size is that of what arrives', async () => {
    vi.useFakeTimers();
    const { response } = streamed((i) => (i < 10 ? new Promise((resolve) => setTimeout(() => resolve(new Uint8Array(100)), 50)) : null), {
      'content-length': '1000',
    });
    vi.stubGlobal('fetch', async () => response);
    const reports: unknown[] = [];
    const outcome = fetchText('https://x/d.json', { onProgress: (p) => reports.push(p) });
    await vi.advanceTimersByTimeAsync(PROGRESS_EVERY_MS - 1);
    expect(reports).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect((await outcome).ok).toBe(true);
    expect(reports[0]).toEqual({ received: 400, total: 1000 });
    expect(reports.length).toBeLessThanOrEqual(3);
  });
});
