/**
 * The library's stylesheet, inside its script: the build gathers every CSS file the component's parts
 * import into one (cssCodeSplit off), rewrites what names the document (`:root`, `html`, `body`) to the
 * element that stands for it in the shadow root (`.chronicle-root`), and puts the text where
 * src/lib/chronicle.ts says `__CHRONICLE_STYLES__`. One file to load, no `<link>` to allow in a strict
 * Content-Security-Policy (a constructed stylesheet is not an inline style), and nothing of it reaches
 * the host page.
 */
import type { Plugin } from 'vite';

const PLACEHOLDER = '__CHRONICLE_STYLES__';

/**
 * The host element is a box like any other of the page, inheriting nothing of the article's type
 * (`all: initial`); the root element inside it is the timeline's <html>.
 */
const HOST = ':host{all:initial;display:block;contain:layout}:host([hidden]){display:none}';

/** Selectors that name the document, as selectors of the shadow root's root element. */
export function shadowCss(css: string): string {
  return (
    HOST +
    css
      // `:root:has(.app.embed)`, `:root[data-theme='dark']`, `:root`
      .replace(/:root/g, '.chronicle-root')
      // `html`, `body` as type selectors (not inside a word, a class or an attribute's value).
      .replace(/(^|[\s,{}>+~(])(?:html|body)(?=[\s,{.:[>+~)])/g, '$1.chronicle-root')
  );
}

export function libStyles(): Plugin {
  return {
    name: 'chronicle-lib-styles',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const sheets = Object.values(bundle).filter((file) => file.type === 'asset' && file.fileName.endsWith('.css'));
      const css = sheets.map((file) => (file.type === 'asset' ? String(file.source) : '')).join('\n');
      for (const file of sheets) delete bundle[file.fileName];
      let placed = 0;
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || !file.code.includes(PLACEHOLDER)) continue;
        // Whichever quotes the minifier chose (backticks, often): the whole literal is replaced.
        const code = file.code.replace(new RegExp(`(["'\`])${PLACEHOLDER}\\1`), () => JSON.stringify(shadowCss(css)));
        if (code === file.code) continue;
        file.code = code;
        placed++;
      }
      if (!placed) throw new Error(`the library's stylesheet has nowhere to go: no chunk says ${PLACEHOLDER}`);
    },
  };
}
