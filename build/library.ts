/**
 * The library (issue 23): `<chronicle-timeline>` and `<Timeline>` for other pages, built beside the app
 * into its `lib/` folder by the main build, laid out as the npm package `chronicle`:
 * - chronicle.js: the web component as an ES module, its later parts (details, vertical timeline,
 *   other languages) in chunks beside it, fetched as the app fetches them;
 * - chronicle.classic.js: the same in one classic script, for pages that take no modules;
 * - react.js: the React component, with React left to the host app (a peer dependency);
 * - their types (chronicle.d.ts, react.d.ts), package.json, a page of examples (examples.html) and the smallest page (minimal.html).
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isolatedDeclarationSync } from 'rolldown/experimental';
import type { AliasOptions, InlineConfig, Plugin, PluginOption } from 'vite';
import { libStyles } from './libStyles';
import { chunkGroups } from './chunks';

const ENTRY = 'src/lib/chronicle.ts';
const REACT_ENTRY = 'src/lib/react.tsx';

const BUNDLED = '\0chronicle-lib-bundled-dataset';

/**
 * The bundled dataset, for an element with no `src`: a file beside the library (events.json), fetched
 * only by such an element; a library build would otherwise inline it into every page's script.
 */
function bundledDatasetFile(emit: boolean): Plugin {
  return {
    name: 'chronicle-lib-bundled-dataset',
    enforce: 'pre',
    resolveId: (id) => (id.endsWith('data/events.json?url') ? BUNDLED : null),
    load: (id) => (id === BUNDLED ? `export default new URL('events.json', import.meta.url).href;` : null),
    generateBundle() {
      if (emit) this.emitFile({ type: 'asset', fileName: 'events.json', source: readFileSync('data/events.json', 'utf8') });
    },
  };
}

function config(react: PluginOption, alias: AliasOptions, outDir: string, kind: 'module' | 'classic' | 'react'): InlineConfig {
  const base: InlineConfig = {
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    plugins: kind === 'react' ? [react] : [react, libStyles(), bundledDatasetFile(kind === 'module')],
    resolve: { alias },
    // Nothing of the app's publishing (the single file, the offline worker) comes along: those are the app's pages.
    define: { 'process.env.NODE_ENV': '"production"', ...(kind === 'classic' ? { 'import.meta.url': '__chronicleScript' } : {}) },
    build: { outDir, emptyOutDir: false, target: 'es2022', sourcemap: true, minify: true, cssCodeSplit: false, copyPublicDir: false },
  };
  if (kind === 'react')
    return {
      ...base,
      build: {
        ...base.build,
        lib: { entry: REACT_ENTRY, formats: ['es'], fileName: () => 'react.js' },
        rolldownOptions: { external: (id) => /^react(?:-dom)?(?:\/|$)/.test(id) || id === './chronicle.js' },
      },
    };
  return {
    ...base,
    build: {
      ...base.build,
      lib:
        kind === 'module'
          ? { entry: ENTRY, formats: ['es'], fileName: () => 'chronicle.js' }
          : { entry: ENTRY, formats: ['iife'], name: 'Chronicle', fileName: () => 'chronicle.classic.js' },
      rolldownOptions: {
        // The entry exports the element's class and its types: more may be added to it, never taken away.
        preserveEntrySignatures: 'allow-extension',
        output:
          kind === 'module'
            ? // The app's loading units (build/chunks.ts): the core in one file, each later part in its own.
              {
                chunkFileNames: 'parts/[name]-[hash].js',
                assetFileNames: 'parts/[name]-[hash][extname]',
                minify: true,
                codeSplitting: { groups: chunkGroups('src', ['app-component', 'view-words']) },
              }
            : // A classic script has no import.meta: its own address, read while it first runs, stands in.
              { codeSplitting: false, intro: 'var __chronicleScript = document.currentScript && document.currentScript.src;' },
      },
    },
  };
}

/** The package's types: the entries' declarations, which name nothing of the app's internals. */
function declarations(outDir: string): void {
  for (const [entry, out] of [
    [ENTRY, 'chronicle.d.ts'],
    [REACT_ENTRY, 'react.d.ts'],
  ] as const) {
    const { code, errors } = isolatedDeclarationSync(entry, readFileSync(entry, 'utf8'), { stripInternal: true });
    if (errors.length) throw new Error(`${entry}: ${errors.map((e) => e.message).join('; ')}`);
    writeFileSync(join(outDir, out), code);
  }
}

function packageJson(outDir: string): void {
  const app = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; description: string; license?: string };
  const pkg = {
    name: 'chronicle',
    version: app.version,
    description: 'Interactive D3 event timelines as a web component and a React component.',
    license: app.license ?? 'MIT',
    type: 'module',
    main: './chronicle.js',
    module: './chronicle.js',
    types: './chronicle.d.ts',
    exports: {
      '.': { types: './chronicle.d.ts', import: './chronicle.js' },
      './react': { types: './react.d.ts', import: './react.js' },
      './classic': './chronicle.classic.js',
    },
    sideEffects: ['./chronicle.js', './chronicle.classic.js', './react.js', './parts/*'],
    peerDependencies: { react: '>=18' },
    peerDependenciesMeta: { react: { optional: true } },
  };
  writeFileSync(join(outDir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
}

export async function buildLibrary(react: PluginOption, alias: AliasOptions, outDir: string): Promise<void> {
  const { build } = await import('vite');
  for (const kind of ['module', 'classic', 'react'] as const) await build(config(react, alias, outDir, kind));
  declarations(outDir);
  packageJson(outDir);
  // The page of examples and the smallest page, beside the files they load.
  for (const page of ['examples.html', 'minimal.html']) copyFileSync(join('src/lib', page), join(outDir, page));
}
