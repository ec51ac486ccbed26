/**
 * How much Chronicle reads and how long it waits: pure numbers and the one rule that judges a
 * download stalled, so the loader (src/io/fetchText.ts) and its tests share them.
 */

/** The largest dataset read: 64 MB of decoded text (a gzipped response counts what it inflates to). */
export const MAX_BYTES = 64 * 1024 * 1024;

/**
 * A download is stalled when fewer than `minBytes` arrived in the last `windowMs`, the wait for the
 * server's first answer included. Not a limit on the whole load: a 60 MB file on a slow line may take
 * minutes, shows its progress meanwhile and can be cancelled; only a server that has all but stopped
 * (a hang, or a byte a second) is given up on.
 */
export interface StallPolicy {
  windowMs: number;
  minBytes: number;
}

/**
 * 30 s is longer than any server takes to start answering a static file, and 16 KB in 30 s (0.5 KB/s)
 * is a tenth of the slowest mobile data (GPRS); below that a 1 MB file would take over half an hour.
 */
export const STALL: StallPolicy = { windowMs: 30_000, minBytes: 16 * 1024 };

/** How often the watch looks: six times a window, so a stall is seen at most a sixth of a window late. */
export const stallCheckEvery = (policy: StallPolicy) => policy.windowMs / 6;

/**
 * The watch over one download, started at `start` (ms): call it with the time and the bytes received
 * so far, every stallCheckEvery; it answers true once the download has stalled.
 */
export function stallWatch(policy: StallPolicy, start: number): (now: number, received: number) => boolean {
  // e.g. [{ at: 0, bytes: 0 }, { at: 5000, bytes: 81920 }, …]: the newest sample a window old is the baseline.
  const samples = [{ at: start, bytes: 0 }];
  return (now, received) => {
    samples.push({ at: now, bytes: received });
    while (samples.length > 1 && samples[1]!.at <= now - policy.windowMs) samples.shift();
    const base = samples[0]!;
    return now - base.at >= policy.windowMs && received - base.bytes < policy.minBytes;
  };
}

/**
 * The policy a build was made with: its stall window may be set at build time (VITE_CHRONICLE_STALL_MS,
 * which the browser tests use to see a stall in a second); anything but a positive number keeps the
 * default. Nothing a page or a dataset holds can change it.
 */
export function stallPolicy(windowMs: unknown): StallPolicy {
  const ms = Number(windowMs);
  return Number.isFinite(ms) && ms > 0 ? { ...STALL, windowMs: ms } : STALL;
}
