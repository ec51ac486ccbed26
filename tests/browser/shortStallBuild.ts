/**
 * The app built once more with a 1.5 s stall window instead of 30 s, for the tests that wait for a
 * stalled download to be given up on. The window is a build-time constant (VITE_CHRONICLE_STALL_MS,
 * read in boot.tsx): the shipped build has 30 s and nothing a page or a dataset holds can change it.
 */
import { build, preview, type PreviewServer } from 'vite';

export const SHORT_STALL_MS = 1500;

export async function serveShortStallBuild(): Promise<{ baseURL: string; close: () => Promise<void> }> {
  const outDir = 'test-results/dist-short-stall';
  const previous = { env: process.env.NODE_ENV, stall: process.env.VITE_CHRONICLE_STALL_MS };
  // As globalSetup.ts: React's production build, as shipped.
  process.env.NODE_ENV = 'production';
  process.env.VITE_CHRONICLE_STALL_MS = String(SHORT_STALL_MS);
  try {
    await build({ logLevel: 'warn', mode: 'production', build: { sourcemap: false, outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = previous.env;
    if (previous.stall === undefined) delete process.env.VITE_CHRONICLE_STALL_MS;
    else process.env.VITE_CHRONICLE_STALL_MS = previous.stall;
  }
  const server: PreviewServer = await preview({ logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { baseURL: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
