import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { parseJsonDataset } from './src/data/parseJson';
import { mediaReader } from './src/data/media/readMedia';
import { problemsInEnglish } from './src/data/words/problemWords';
import { contentSecurityPolicy, firstPaintHtml, headTags, staticEventList } from './build/staticPage';
import { FIRST_PAINT_STYLE } from './build/firstPaint';
import { EARLY_FETCH_SCRIPT } from './build/earlyFetch';
import { createHash } from 'node:crypto';
import { chunkGroups } from './build/chunks';
import { standaloneConfig } from './build/standalone';
import { serviceWorkerSource } from './build/serviceWorker';
import { embedScriptSource } from './build/embedScript';
import { buildLibrary } from './build/library';
import { SNIPPET_PREVIEW_FILE, snippetPreviewHtml } from './build/snippetPreview';

/**
 * The built index.html carries the bundled chronology as plain HTML, the dataset's title,
 * description and Open Graph tags, and a Content-Security-Policy (build only: the dev server injects inline styles).
 */
// A build that stops on a problem in the bundled dataset says it in English.
problemsInEnglish();

function staticDatasetPage(): Plugin {
  return {
    name: 'chronicle-static-page',
    apply: 'build',
    transformIndexHtml(html) {
      const { dataset, problems } = parseJsonDataset(readFileSync('data/events.json', 'utf8'), 'data/events.json', mediaReader);
      const errors = problems.filter((p) => p.level === 'error');
      if (errors.length) throw new Error(`data/events.json: ${errors.map((p) => `${p.where}: ${p.message}`).join('; ')}`);
      const head = headTags(dataset);
      const tags: HtmlTagDescriptor[] = [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy([sha256(EARLY_FETCH_SCRIPT)], [sha256(FIRST_PAINT_STYLE)]) },
          injectTo: 'head-prepend',
        },
        // An embed's first paint, before any file (build/firstPaint.ts).
        { tag: 'style', children: FIRST_PAINT_STYLE, injectTo: 'head' },
        ...head.meta.map((attrs): HtmlTagDescriptor => ({ tag: 'meta', attrs, injectTo: 'head' })),
      ];
      return {
        html: html
          .replace(/<title>.*<\/title>/, `<title>${head.title.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</title>`)
          .replace(/<meta name="description"[^>]*>\s*/, '')
          .replace('<div id="root"></div>', `<div id="root">${firstPaintHtml(dataset)}</div><noscript>${staticEventList(dataset)}</noscript>`),
        tags,
      };
    },
  };
}

/** The code chunks every view runs at start (see codeSplitting below): preloaded and compile-hinted. */
const FIRST_VIEW_CHUNKS = ['core', 'react-dom'];

const sha256 = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

/** The inline script that asks for a linked dataset before the entry arrives (build/earlyFetch.ts). */
function earlyDatasetFetch(): Plugin {
  return {
    name: 'chronicle-early-fetch',
    transformIndexHtml: () => [{ tag: 'script', children: EARLY_FETCH_SCRIPT, injectTo: 'head-prepend' }],
  };
}

/**
 * Adds <link rel="preload"> for the bundled dataset, whose file name Vite hashes, so the browser
 * fetches it while the script is still downloading.
 */
function preloadBundledDataset(): Plugin {
  return {
    name: 'chronicle-preload-dataset',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const asset = Object.values(ctx.bundle ?? {}).find(
          (file) => file.type === 'asset' && (file.originalFileNames ?? []).some((n) => n.endsWith('data/events.json')),
        );
        const href = asset ? `./${asset.fileName}` : '/data/events.json';
        // Every view needs the shared core; the entry only imports it dynamically (to ask for the shell at
        // the same time), so tell the browser to start on it while parsing the page.
        const core = Object.values(ctx.bundle ?? {})
          .filter((file) => file.type === 'chunk' && [...FIRST_VIEW_CHUNKS, 'rolldown-runtime'].includes(file.name))
          .map((file): HtmlTagDescriptor => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `./${file.fileName}` }, injectTo: 'head' }));
        return [{ tag: 'link', attrs: { rel: 'preload', href, as: 'fetch', crossorigin: '' }, injectTo: 'head' }, ...core];
      },
    },
  };
}

/**
 * An explicit compile hint (V8, Chrome 136+) atop the core and React DOM chunks: their functions run
 * as the page loads, so V8 compiles them on the threads that stream the scripts, not one at a time on
 * the main thread during the first render. It must be the file's first line, above the preload list
 * Vite writes there last, so it is added once the files are written; the source map moves down a
 * line with it. Other browsers read a comment.
 */
function compileHint(): Plugin {
  return {
    name: 'chronicle-compile-hint',
    apply: 'build',
    writeBundle(options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || !FIRST_VIEW_CHUNKS.includes(file.name)) continue;
        const path = join(options.dir!, file.fileName);
        writeFileSync(path, `//# allFunctionsCalledOnLoad\n${readFileSync(path, 'utf8')}`);
        if (!existsSync(`${path}.map`)) continue;
        const map = JSON.parse(readFileSync(`${path}.map`, 'utf8')) as { mappings: string };
        writeFileSync(`${path}.map`, JSON.stringify({ ...map, mappings: `;${map.mappings}` }));
      }
    },
  };
}

/**
 * Builds that follow the app's, into its output folder wherever it is built (`--outDir`), not always
 * dist/: the same app as one file for publishing (build/standalone.ts), and the library in lib/ (the
 * web component and the React component, build/library.ts).
 */
function afterAppBuild(): Plugin {
  let outDir = 'dist';
  return {
    name: 'chronicle-after-app-build',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async closeBundle() {
      const { build } = await import('vite');
      await build({ mode: 'standalone', logLevel: 'warn', build: { outDir: join(outDir, '.standalone') } });
      await buildLibrary(react(), alias, join(outDir, 'lib'));
      // A published folder carries the library too (its builder's component snippet names lib/chronicle.js):
      // the editor's folder download copies what site-files.json lists, written before the library was built.
      const listed = join(outDir, 'site-files.json');
      const lib = readdirSync(join(outDir, 'lib'), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/'));
      const site = [...(JSON.parse(readFileSync(listed, 'utf8')) as string[]), ...lib].sort();
      writeFileSync(listed, `${JSON.stringify(site, null, 1)}\n`);
    },
  };
}

/** embed.js beside index.html (build/embedScript.ts): written into the build, and served as it is by the dev server. */
function embedScript(): Plugin {
  return {
    name: 'chronicle-embed-script',
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'embed.js', source: await embedScriptSource() });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== '/embed.js') return next();
        embedScriptSource().then(
          (source) => {
            res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
            res.end(source);
          },
          (error: unknown) => next(error),
        );
      });
    },
  };
}

/** The embed builder's preview page (build/snippetPreview.ts) beside index.html: written into the build, served as it is by the dev server. */
function snippetPreviewPage(): Plugin {
  return {
    name: 'chronicle-snippet-preview',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: SNIPPET_PREVIEW_FILE, source: snippetPreviewHtml() });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== `/${SNIPPET_PREVIEW_FILE}`) return next();
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(snippetPreviewHtml());
      });
    },
  };
}

/** The service worker that keeps the app for use offline (build/serviceWorker.ts), with this build's files. */
function offlineWorker(): Plugin {
  // What the app needs offline; not the single-file template, the example files or the README's picture.
  const kept = (name: string) =>
    !name.endsWith('.map') && !['standalone.html', 'screenshot.png', 'example.json', 'template.csv', 'template.tsv'].includes(name);
  return {
    name: 'chronicle-offline-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = [...Object.keys(bundle).filter(kept), 'favicon.svg'].sort();
      const index = bundle['index.html'];
      const version = createHash('sha256')
        .update(files.join('\n'))
        .update(index?.type === 'asset' ? String(index.source) : '')
        .digest('hex')
        .slice(0, 12);
      const dataset = (f: string) => /^assets\/events-[^/]*\.json$/.test(f);
      const shell = files.filter((f) => f !== 'index.html' && !dataset(f));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: serviceWorkerSource(version, shell, files.filter(dataset)) });
      // What a published folder copies of the build (the editor's folder download; the CLI copies dist/ whole).
      const site = [...files.filter((f) => f !== 'index.html'), 'sw.js', 'example.json', 'template.csv', 'template.tsv'].sort();
      this.emitFile({ type: 'asset', fileName: 'site-files.json', source: `${JSON.stringify(site, null, 1)}\n` });
    },
  };
}

/**
 * The dev server has no build to publish from: the single file's template is built once, on the
 * first request for it, so the editor's Publish works under `npm start` too (a few seconds, once).
 */
function serveSingleFile(): Plugin {
  let built: Promise<void> | null = null;
  // Kept out of dist/: `npm start` leaves the last build as it was.
  const cache = 'node_modules/.chronicle-dev';
  return {
    name: 'chronicle-serve-single-file',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!req.url?.startsWith('/standalone.html')) return next();
        const ready = (built ??= import('vite').then(async ({ build }) => {
          // What ships is React's production build, as tests/browser/globalSetup.ts does for the app.
          const previous = process.env.NODE_ENV;
          process.env.NODE_ENV = 'production';
          try {
            await build({ mode: 'standalone', logLevel: 'warn', build: { outDir: join(cache, '.standalone') } });
          } finally {
            process.env.NODE_ENV = previous;
          }
        }));
        ready.then(
          () => {
            res.setHeader('Content-Type', 'text/html; charset=utf-8');
            res.end(readFileSync(join(cache, 'standalone.html')));
          },
          (error: unknown) => next(error),
        );
      });
    },
  };
}

// d3-zoom and d3-brush only interrupt transitions Chronicle never starts: see the file.
const alias = [{ find: /^d3-transition$/, replacement: fileURLToPath(new URL('./src/vendor/d3-transition-lite.ts', import.meta.url)) }];

export default defineConfig(({ mode }) => (mode === 'standalone' ? standaloneConfig(react(), alias) : appConfig));

const appConfig = defineConfig({
  plugins: [
    react(),
    earlyDatasetFetch(),
    preloadBundledDataset(),
    staticDatasetPage(),
    compileHint(),
    embedScript(),
    snippetPreviewPage(),
    offlineWorker(),
    afterAppBuild(),
    serveSingleFile(),
  ],
  base: './',
  resolve: { alias },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Every browser that runs es2022 modules and supports modulepreload natively except Safari < 17 and
    // Firefox < 115, which simply fetch each chunk when it is imported: not worth a polyfill in every first view.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      output: {
        // File names' content hashes in hex, not base64: the core lists every chunk's name for the
        // preloader, and hex letters gzip to about two thirds of base64's (4 bits a letter, not 6), so
        // the first view carries fewer bytes, and fewer that shift whenever any lazy chunk changes.
        hashCharacters: 'hex',
        // Folders are loading units (build/chunks.ts): the layers' roots are the core every view
        // runs; each feature and each subfolder is a chunk of its own, fetched when first needed.
        codeSplitting: {
          // Vite's preload helper gets a chunk of its own: if it sat in the core, the tiny entry would
          // wait for the whole core to load before asking for the page shell. React DOM is a chunk of
          // its own too: two scripts stream and compile on two threads at once, and the first render
          // starts ~10 ms sooner here (0.3 KB more gzipped).
          groups: chunkGroups('src'),
        },
      },
    },
  },
  server: { port: 5173 },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', setupFiles: ['tests/unit/setup.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/component/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/globalSetup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
