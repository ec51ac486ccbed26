/** Builds the app once and serves the build on 127.0.0.1 for every browser test. */
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

let server: PreviewServer | undefined;

export default async function setup(project: TestProject) {
  // No browser, no browser tests: say so in one line, before spending time on a build.
  const browser = findChromium();
  if (browser instanceof Error) {
    console.error(`\n${browser.message}\n`);
    process.exit(1);
  }
  // Vitest sets NODE_ENV=test, which would give the bundle React's development build: test what ships.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', mode: 'production', build: { sourcemap: false } });
  } finally {
    process.env.NODE_ENV = previous;
  }
  server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  project.provide('baseURL', `http://127.0.0.1:${address.port}/`);
  return async () => {
    await server?.close();
  };
}
