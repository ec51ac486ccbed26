/**
 * The files of a published folder (`npm run publish`): the built app (dist/) copied file by file, less
 * what belongs to the bundled dataset or to other publish forms, with the app's bundled dataset file
 * overwritten by the published one, so the app shows it with no line changed. Never deletes anything.
 */
import { copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { byteSize } from '../data/text/byteSize';
import { describeError, fail } from './report';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = join(ROOT, 'dist');

/**
 * In dist/ but not in a published folder: the single-file template (~700 KB, another publish form),
 * the README's screenshot, and source maps. The example and the sheet templates stay: Open… links them.
 */
const LEFT_OUT = /^(standalone\.html|screenshot\.png)$|\.map$/;
/** The bundled dataset as the build names it (`assets/events-<hash>.json`): the app's JS asks for this name. */
const BUNDLED_DATASET = /^assets\/events-[^/]+\.json$/;
/** The library's (build/library.ts): what a `<chronicle-timeline>` with no `src` shows. */
const LIBRARY_DATASET = 'lib/events.json';

/** The built app's index.html, building the app first (as `npm run build` does) when there is none. */
export async function builtPage(): Promise<string> {
  const page = join(DIST, 'index.html');
  if (!(await exists(page))) {
    console.log('publish: no build in dist/: building the app first (npm run build)');
    // Vite gives React's development build unless NODE_ENV says production (tests/browser/globalSetup.ts).
    process.env.NODE_ENV = 'production';
    const { build } = await import('vite');
    await build({ root: ROOT, logLevel: 'warn', mode: 'production' });
  }
  return readFile(page, 'utf8');
}

/** Stops, having written nothing, unless `out` is new, empty, or a folder published before (which it then updates). */
export async function checkOutFolder(out: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(out);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    return fail('publish', `cannot use ${out} as the folder to publish into: ${describeError(error)}`);
  }
  if (names.length === 0 || (names.includes('index.html') && names.includes('oembed.json'))) return;
  fail(
    'publish',
    `${out} holds other files and is not a folder published before (no index.html and oembed.json): give a new or empty folder; publish never deletes files`,
  );
}

/** What was written, as `[path in the folder, bytes]`. */
export type Written = [string, number][];

/** Copies the built app into `out`, its bundled dataset replaced by `datasetJson`. */
export async function copyApp(out: string, datasetJson: string): Promise<Written> {
  const files = (await listFiles(DIST)).filter((f) => f !== 'index.html' && !LEFT_OUT.test(f.split('/').pop()!));
  const datasets = files.filter((f) => BUNDLED_DATASET.test(f));
  if (datasets.length !== 1) fail('publish', `dist/ has ${datasets.length} bundled dataset files (assets/events-*.json), not one: run npm run build`);
  const written: Written = [];
  for (const file of files) {
    const to = join(out, file);
    await guarded(to, async () => {
      await mkdir(join(to, '..'), { recursive: true });
      // The library's bundled dataset too: a <chronicle-timeline> with no src shows the published one.
      if (file === datasets[0] || file === LIBRARY_DATASET) await writeFile(to, datasetJson);
      else await copyFile(join(DIST, file), to);
    });
    written.push([file, (await stat(to)).size]);
  }
  return written;
}

/** Writes one file of the folder, or stops saying which and why. */
export async function writeOut(out: string, name: string, content: string | Uint8Array): Promise<[string, number]> {
  await guarded(join(out, name), () => writeFile(join(out, name), content));
  return [name, typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength];
}

/** The files written, as a table for people: the folder's own, the app's assets as one line, and the total. */
export function writtenTable(written: Written): string {
  const assets = written.filter(([f]) => f.startsWith('assets/'));
  const rows: [string, number][] = [
    ...written.filter(([f]) => !f.startsWith('assets/')),
    [`assets/ (${assets.length} files: the app)`, assets.reduce((sum, [, n]) => sum + n, 0)],
  ];
  rows.push(['total', written.reduce((sum, [, n]) => sum + n, 0)]);
  const wide = Math.max(...rows.map(([f]) => f.length));
  return rows.map(([f, n]) => `  ${f.padEnd(wide)}  ${byteSize(n).padStart(8)}`).join('\n');
}

async function guarded(path: string, write: () => Promise<unknown>): Promise<void> {
  try {
    await write();
  } catch (error) {
    fail('publish', `cannot write ${path}: ${describeError(error)}`);
  }
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'));
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
