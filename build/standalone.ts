/**
 * The single-file build (issue 21): the whole app as one `standalone.html`, scripts and styles inline,
 * every chunk in one module, no request to anywhere. Its dataset is not the bundled one but whatever
 * the page carries in `<script type="application/json" id="chronicle-data">` (the editor's publish
 * fills it in: src/ui/publish/singleFile.ts); the app reads it through a `blob:` URL standing in for
 * the bundled dataset's, so no line of the app differs between the two builds. Made by the main
 * build (vite.config.ts) as a second pass, into standalone.html beside the app in its build folder.
 */
import { createHash } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OutputAsset, OutputChunk } from 'rolldown';
import type { AliasOptions, Plugin, PluginOption, UserConfig } from 'vite';

import { DATA_ELEMENT_ID as DATA_ELEMENT } from '../src/io/user/publishedFile';
const INLINE_DATA = '\0chronicle-inline-data';

/** The bundled dataset's URL, in this build: the page's own JSON, as a blob the app fetches like a file. */
function inlineDataset(): Plugin {
  return {
    name: 'chronicle-inline-dataset',
    enforce: 'pre',
    resolveId: (id) => (id.endsWith('data/events.json?url') ? INLINE_DATA : null),
    load: (id) =>
      id === INLINE_DATA
        ? `const text = document.getElementById(${JSON.stringify(DATA_ELEMENT)})?.textContent ?? '';
export default URL.createObjectURL(new Blob([text], { type: 'application/json' }));`
        : null,
  };
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** `</script` inside inline code would end the element: written so that it cannot. */
const inlineSafe = (code: string) => code.replace(/<\/(script|style)/gi, '<\\/$1');

/** The built page with its script and styles inline, under a policy that allows nothing else. */
function inlineIntoPage(): Plugin {
  return {
    name: 'chronicle-inline-page',
    apply: 'build',
    enforce: 'post',
    // Once written, the code is final (Vite fills in its preload lists as late as generateBundle).
    writeBundle(options, bundle) {
      const page = Object.values(bundle).find((f): f is OutputAsset => f.type === 'asset' && f.fileName === 'index.html');
      const entry = Object.values(bundle).find((f): f is OutputChunk => f.type === 'chunk' && f.isEntry);
      if (!page || !entry) throw new Error('standalone: no page or no entry chunk');
      const css = Object.values(bundle)
        .filter((f): f is OutputAsset => f.type === 'asset' && f.fileName.endsWith('.css'))
        .map((f) => String(f.source))
        .join('\n');
      if (process.env.CHRONICLE_SIZES)
        console.log(
          Object.entries(entry.modules)
            .map(([id, m]) => [id.replace(/.*\/(src|node_modules)\//, '$1/'), m.renderedLength] as const)
            .sort((a, b) => b[1] - a[1])
            .slice(0, 40)
            .map(([id, n]) => `${n} ${id}`)
            .join('\n'),
        );
      const script = inlineSafe(entry.code);
      const style = inlineSafe(css);
      const policy = [
        "default-src 'none'",
        `script-src ${sha256(script)}`,
        `style-src ${sha256(style)}`,
        // The dataset is read from a blob; the PNG export draws through blobs and data URLs.
        'connect-src blob: data:',
        'img-src data: blob:',
        'font-src data:',
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
      ].join('; ');
      let html = String(page.source)
        .replace(/<script type="module"[^>]*src="[^"]*"[^>]*><\/script>/, '')
        .replace(/<link rel="stylesheet"[^>]*>/g, '')
        .replace(/<link rel="icon"[^>]*>/, '');
      // Replaced by functions: a string would read the code's own `$'` and `$&` as patterns.
      html = html
        .replace('<head>', () => `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`)
        .replace('</head>', () => `    <style>${style}</style>\n  </head>`)
        .replace('<div id="root"></div>', () => `<div id="root"></div>\n    <script type="application/json" id="${DATA_ELEMENT}"></script>`)
        .replace('</body>', () => `    <script type="module">${script}</script>\n  </body>`);
      const out = options.dir!;
      writeFileSync(join(out, '..', 'standalone.html'), html);
      rmSync(out, { recursive: true, force: true });
    },
  };
}

export function standaloneConfig(plugins: PluginOption, alias: AliasOptions): UserConfig {
  return {
    plugins: [inlineDataset(), plugins, inlineIntoPage()],
    resolve: { alias },
    base: './',
    define: { 'import.meta.env.VITE_STANDALONE': JSON.stringify('1') },
    build: {
      target: 'es2022',
      // A folder of its own, gone once its one file is written beside the app (standalone.html); vite.config.ts puts it in the build folder.
      outDir: 'dist/.standalone',
      emptyOutDir: true,
      copyPublicDir: false,
      sourcemap: false,
      modulePreload: false,
      assetsInlineLimit: Number.MAX_SAFE_INTEGER,
      rolldownOptions: { output: { codeSplitting: false } },
    },
  };
}
