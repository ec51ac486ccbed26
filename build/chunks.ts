/**
 * Which chunk a module ships in: folders are loading units. The root of each layer below the
 * features (time, data, view, store, io, i18n, ui, timeline, and the app's own root) is the core,
 * which every view runs at start; each feature folder (embed, present, builder, export, editor,
 * media) and each subfolder anywhere (ui/details, timeline/overview, data/formats, app/full, …) is a
 * chunk of its own, loaded when first needed. Moving a file between folders moves it between chunks;
 * renaming it does not. Undefined leaves a module to the bundler: the catalogues, one chunk per language.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const FEATURES = new Set(['embed', 'present', 'builder', 'export', 'editor', 'media']);

/** Libraries that load with a part, not with the core. */
const LIBRARY_CHUNKS: Record<string, string> = {
  'react-dom': 'react-dom',
  scheduler: 'react-dom',
  // d3-zoom and what it needs arrive a frame after the timeline is drawn (timeline/zoom).
  'd3-zoom': 'timeline-zoom',
  'd3-selection': 'timeline-zoom',
  'd3-drag': 'timeline-zoom',
  'd3-dispatch': 'timeline-zoom',
  'd3-transition': 'timeline-zoom',
  // d3-brush, with the colour interpolators it imports, only for the full page's overview strip.
  'd3-brush': 'timeline-overview',
  'd3-color': 'timeline-overview',
  'd3-interpolate': 'timeline-overview',
  // The QR encoder, only when a presenter shows the view's link as a code (present/qr).
  uqr: 'present-qr',
  // The unzipper, only when an Excel workbook is opened (data/workbook).
  fflate: 'data-workbook',
  // date-fns: nothing of it runs at start (English dates are datePattern.ts's, others Intl's: i18n/intl).
  'date-fns': 'date-fns',
};

export function chunkOf(id: string): string | undefined {
  const path = id.replaceAll('\\', '/');
  const library = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1];
  if (library) {
    // The core's smooth zoom (timeline/useAnimatedWindow.ts) uses d3's zoom interpolator alone.
    if (library === 'd3-interpolate' && path.endsWith('/src/zoom.js')) return 'core';
    if (library === 'date-fns' && path.includes('/locale/')) return undefined;
    return LIBRARY_CHUNKS[library] ?? 'core';
  }
  const inSrc = /\/src\/(.+)$/.exec(path)?.[1];
  if (!inSrc) return undefined;
  // The entry stays a few hundred bytes: it asks for the core and the view's shell at once (main.tsx).
  if (inSrc === 'main.tsx') return undefined;
  if (inSrc === 'vendor/d3-transition-lite.ts') return 'timeline-zoom';
  const parts = inSrc.split('/');
  if (parts[0] === 'i18n' && parts[1] === 'catalogues') return undefined;
  // The lanes' layout is only ever loaded with their drawing (timeline/lanes/kit.ts): one download, not two.
  if (parts[0] === 'view' && parts[1] === 'lanes') return 'timeline-lanes';
  if (parts.length > 2) return `${parts[0]}-${parts[1]}`;
  if (parts.length === 2 && FEATURES.has(parts[0]!)) return parts[0];
  return 'core';
}

/** Every chunk name chunkOf can give for the tree under `src`, for one bundler group each. */
export function chunkNames(src: string): string[] {
  const names = new Set(['core', ...Object.values(LIBRARY_CHUNKS)]);
  for (const folder of readdirSync(src, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    if (FEATURES.has(folder.name)) names.add(folder.name);
    for (const sub of readdirSync(join(src, folder.name), { withFileTypes: true })) {
      if (sub.isDirectory() && !['i18n/catalogues', 'view/lanes'].includes(`${folder.name}/${sub.name}`)) names.add(`${folder.name}-${sub.name}`);
    }
  }
  return [...names];
}

/**
 * The bundler's groups for these rules: the core takes its modules' imports along; the parts take only
 * their own modules (and their libraries), what they share with the core staying in the core. Vite's
 * preload helper gets a chunk of its own, so a tiny entry never waits on the whole core to ask for a part.
 * `alsoCore`: parts that an entry of this build runs at start (the library's app/component).
 */
export function chunkGroups(src: string, alsoCore: string[] = []) {
  const of = (id: string) => {
    const name = chunkOf(id);
    return name && alsoCore.includes(name) ? 'core' : name;
  };
  return [
    { name: 'preload', test: /preload-helper/, priority: 20 },
    ...chunkNames(src).map((name) =>
      name === 'core'
        ? { name, test: (id: string) => of(id) === name, priority: 10 }
        : { name, test: (id: string) => of(id) === name, priority: 15, includeDependenciesRecursively: false },
    ),
  ];
}
