/**
 * The layer rule: each folder of src/ imports only from the folders below it, and features never
 * import each other (they meet in app/). An oxlint JS plugin (ESLint's rule API); see CONTRIBUTING.md.
 *
 *   time → data → view → store → io → i18n → ui → timeline · present · embed · builder · export · editor · media → app · cli → lib
 *
 * Type-only imports count too: a type from above is a dependency on what is above.
 */
import { dirname, relative, resolve, sep } from 'node:path';

/** Each folder's rank; a file may import from a lower rank, or from its own folder. */
export const LAYERS = [
  ['time'],
  ['data'],
  ['view'],
  ['store'],
  ['io'],
  ['i18n'],
  ['ui'],
  ['timeline', 'present', 'embed', 'builder', 'export', 'editor', 'media'],
  ['app', 'cli'],
  // The library's entries (the web component, the React component): the app's parts, in other pages.
  ['lib'],
];
const RANK = new Map(LAYERS.flatMap((folders, rank) => folders.map((f) => [f, rank])));
/** Layers that are plain TypeScript: no React, no store, no DOM frameworks. */
const PURE = new Set(['time', 'data', 'view']);
const NOT_PURE = /^(react|react-dom|zustand)(\/|$)/;

/** The top folder of a file under src/ ("view" for src/view/lanes.ts), or null outside src/. */
export function folderOf(file, srcRoot) {
  const rel = relative(srcRoot, file);
  if (rel.startsWith('..') || rel === '') return null;
  const parts = rel.split(sep);
  // Files directly in src/ (the entry, type declarations) belong to the app.
  return parts.length === 1 ? 'app' : parts[0];
}

/** Why `from` may not import `to`, or null when it may. */
export function violation(from, to) {
  if (from === to || to === 'vendor') return null;
  const a = RANK.get(from);
  const b = RANK.get(to);
  if (a === undefined) return `src/${from}/ is not a layer: add it to lint/layers.mjs`;
  if (b === undefined) return `src/${to}/ is not a layer: add it to lint/layers.mjs`;
  if (b > a) return `${from}/ may not import from ${to}/, a layer above it`;
  if (b === a) return `${from}/ and ${to}/ are features of the same layer: they meet in app/, never import each other`;
  return null;
}

const rule = {
  meta: { type: 'problem', docs: { description: 'Imports follow the layers of src/' }, schema: [] },
  create(context) {
    const file = context.filename ?? context.getFilename();
    const srcRoot = resolve(context.cwd ?? process.cwd(), 'src');
    const from = folderOf(file, srcRoot);
    if (!from) return {};
    const check = (node, source) => {
      if (!source || typeof source.value !== 'string') return;
      const spec = source.value;
      if (!spec.startsWith('.')) {
        if (PURE.has(from) && NOT_PURE.test(spec)) context.report({ node, message: `${from}/ is pure TypeScript: it may not import ${spec}` });
        return;
      }
      const to = folderOf(resolve(dirname(file), spec.split('?')[0]), srcRoot);
      if (!to) return;
      const why = violation(from, to);
      if (why) context.report({ node, message: `${why} (${spec})` });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
    };
  },
};

export default { meta: { name: 'chronicle' }, rules: { layers: rule } };
