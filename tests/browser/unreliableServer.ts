/**
 * A dataset server that misbehaves on purpose, on 127.0.0.1, for the load-path tests: it cuts a body
 * off, hangs, drips, answers late, streams past the size limit without a Content-Length, and sends a
 * gzip bomb. Every response allows CORS, as a newsroom's server would. Bounded: an endless body stops
 * after `ENDLESS_CAP` bytes or when the page hangs up, and `close()` ends every open connection.
 */
import { createServer } from 'node:http';
import type { Socket } from 'node:net';
import { gzipSync } from 'node:zlib';

/** The most an "endless" body ever sends: eight times the 64 MB limit. */
export const ENDLESS_CAP = 512 * 1024 * 1024;

export interface UnreliableServer {
  url: (path: string) => string;
  /** Bytes written to each path's last response, and whether the page hung up before its end. */
  sent: Map<string, { bytes: number; hungUp: boolean; ended: boolean }>;
  close: () => Promise<void>;
}

const dataset = (title: string, n: number, pad = 0) =>
  JSON.stringify({
    title,
    events: Array.from({ length: n }, (_, i) => ({
      id: `e${i}`,
      start: `20${10 + (i % 15)}-0${1 + (i % 9)}`,
      title: `${title} ${i}`,
      summary: 'x'.repeat(pad),
    })),
  });

export async function startUnreliableServer(): Promise<UnreliableServer> {
  const sockets = new Set<Socket>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const sent: UnreliableServer['sent'] = new Map();
  // 100 MB of spaces gzip to ~100 KB: a small Content-Length that inflates past the limit.
  const bomb = gzipSync(Buffer.alloc(100 * 1024 * 1024, 32), { level: 9 });
  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(() => (timers.delete(t), fn()), ms);
    timers.add(t);
  };
  const every = (ms: number, fn: () => boolean | void) => {
    const t = setInterval(() => fn() === false && clearInterval(t), ms);
    timers.add(t);
    return () => clearInterval(t);
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const record = { bytes: 0, hungUp: false, ended: false };
    sent.set(url.pathname, record);
    res.on('close', () => (record.hungUp = !res.writableFinished));
    const write = (chunk: string | Buffer) => {
      record.bytes += Buffer.byteLength(chunk);
      return res.write(chunk);
    };
    const end = (chunk?: string | Buffer) => {
      if (chunk) record.bytes += Buffer.byteLength(chunk);
      record.ended = true;
      res.end(chunk);
    };
    const head = (headers: Record<string, string> = {}) =>
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*', 'cache-control': 'no-store', ...headers });

    switch (url.pathname) {
      case '/truncated.json': {
        // Promises 100 KB, sends a start, then the connection drops.
        head({ 'content-length': '100000' });
        write('{"title":"Cut off","events":[{"id":"a","start":"2020","title":"A"},');
        later(300, () => res.socket?.destroy());
        return;
      }
      case '/hang.json':
        head();
        res.flushHeaders();
        return;
      case '/drip.json': {
        head();
        write('{');
        const stop = every(1000, () => (res.destroyed ? false : void write(' ')));
        res.on('close', stop);
        return;
      }
      case '/late.json':
        later(Number(url.searchParams.get('ms') ?? 2000), () => {
          if (res.destroyed) return;
          head();
          end(dataset('The late dataset', 5));
        });
        return;
      case '/slow.json': {
        // A real dataset, sent in 20 pieces over ~2 s, with its size declared: progress has a percent.
        const body = Buffer.from(dataset('Slowly arriving', 400, 400));
        const withLength = url.searchParams.get('length') !== 'no';
        head(withLength ? { 'content-length': String(body.length) } : {});
        const piece = Math.ceil(body.length / 20);
        let at = 0;
        const stop = every(Number(url.searchParams.get('every') ?? 100), () => {
          if (res.destroyed) return false;
          write(body.subarray(at, (at += piece)));
          if (at >= body.length) {
            end();
            return false;
          }
        });
        res.on('close', stop);
        return;
      }
      case '/endless.json': {
        // No Content-Length, as fast as the page reads, until it hangs up (or ENDLESS_CAP).
        head();
        const chunk = Buffer.alloc(1024 * 1024, 32);
        const pump = () => {
          while (!res.destroyed && record.bytes < ENDLESS_CAP) if (!write(chunk)) return void res.once('drain', pump);
          if (!res.destroyed) end();
        };
        pump();
        return;
      }
      case '/bomb.json':
        head({ 'content-encoding': 'gzip', 'content-length': String(bomb.length) });
        end(bomb);
        return;
      case '/page.html':
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'access-control-allow-origin': '*' });
        end(
          '<!DOCTYPE html>\n<html lang="en"><head><title>Page not found</title></head><body><h1>Sorry, this page moved</h1>' +
            '<p>Lorem, ipsum, dolor</p>'.repeat(50) +
            '</body></html>',
        );
        return;
      default:
        res.writeHead(404, { 'access-control-allow-origin': '*' }).end();
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: (path) => `http://127.0.0.1:${address.port}${path}`,
    sent,
    close: async () => {
      for (const t of timers) clearTimeout(t);
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
