/**
 * A plain static server for the benchmark: files from memory after the first read, no compression,
 * on 127.0.0.1. Chronicle and vis-timeline are served by the same server, so neither is favoured;
 * it is faster than `vite preview` at handing over a 21 MB dataset, which the budgets assume.
 * `gzip: true` compresses text (level 6, as web servers commonly do) for clients that accept it: on an
 * emulated slow network (bench/embedPhone.ts) that is what a reader's hosting would send.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv',
};

/** What `gzip: true` compresses. */
const TEXT = new Set(['.html', '.js', '.css', '.json', '.svg', '.csv']);

export async function serveStatic(root: string, options: { gzip?: boolean } = {}): Promise<{ base: string; close: () => Promise<void> }> {
  const cache = new Map<string, Buffer>();
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    try {
      let body = cache.get(file);
      if (!body) cache.set(file, (body = await readFile(file)));
      const headers: Record<string, string | number> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      if (options.gzip && TEXT.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
        let packed = gzipped.get(file);
        if (!packed) gzipped.set(file, (packed = gzipSync(body, { level: 6 })));
        body = packed;
        Object.assign(headers, { 'content-encoding': 'gzip', vary: 'accept-encoding' });
      }
      res.writeHead(200, { ...headers, 'content-length': body.length });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { base: `http://127.0.0.1:${address.port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
