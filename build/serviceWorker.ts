/**
 * The service worker that keeps the app for classrooms without a network (issue 21), written at build
 * time with the build's own file list (vite.config.ts). What it does:
 * - On install it stores the app shell: the page, every script, style and the bundled dataset, in a
 *   cache named for this build. A new build's worker installs beside the old one and waits: a lesson
 *   under way keeps the version it started with, and the next visit gets the new one.
 * - The app's own files come from that cache (their names carry a hash, so they never go stale); the
 *   page is asked of the network first and falls back to the cache when there is none.
 * - A dataset fetched from anywhere (`?data=`, a Google Sheet, Open… by URL) is asked of the network
 *   and kept; with no network, the kept copy answers. Nothing else is kept.
 * - Once active it removes the caches of earlier builds.
 * - Asked `{ ask: 'offline' }`, it answers whether it gave the last page from its cache for want of a network.
 * Matches ignore `Vary`: a server that varies on `Origin` would otherwise never match a module
 * script's request (it carries an Origin) against the one `cache.addAll` made (which does not).
 */

/**
 * The worker's source for a build with these files (paths relative to the page, e.g.
 * "assets/core-x.js"). `datasets` are kept like any dataset, asked of the network first: the bundled
 * one's name stays the same when `npm run publish` writes another dataset into a copy of the build.
 */
export function serviceWorkerSource(version: string, files: string[], datasets: string[]): string {
  return `// Chronicle's service worker, build ${version}: written by build/serviceWorker.ts.
const SHELL = 'chronicle-shell-${version}';
const DATA = 'chronicle-data';
const FILES = ${JSON.stringify(['./', ...files.map((f) => `./${f}`)])};
const DATASETS = ${JSON.stringify(datasets.map((f) => `./${f}`))};

self.addEventListener('install', (event) => {
  event.waitUntil(Promise.all([caches.open(SHELL).then((cache) => cache.addAll(FILES)), caches.open(DATA).then((cache) => cache.addAll(DATASETS))]));
});

self.addEventListener('activate', (event) => {
  // The first visit's page is looked after at once; a newer build only ever activates once no page
  // runs the older one (it never skips waiting), so this never swaps the app under a lesson.
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('chronicle-shell-') && k !== SHELL).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// Whether the last page was answered from the cache because the network failed: the page asks, since
// navigator.onLine says only that a network is attached (a classroom's Wi-Fi with no way out says true).
let lastPageKept = false;

// The page names the dataset it showed before this worker looked after it: kept now, for next time.
self.addEventListener('message', (event) => {
  if (event.data && event.data.ask === 'offline') {
    event.source?.postMessage({ offline: lastPageKept });
    return;
  }
  const url = event.data && typeof event.data.keep === 'string' ? event.data.keep : null;
  if (!url || !/^https?:/.test(url)) return;
  event.waitUntil(
    fetch(url, { mode: 'cors', credentials: 'omit' })
      .then((response) => (response.ok ? caches.open(DATA).then((cache) => cache.put(url, response)) : undefined))
      .catch(() => undefined),
  );
});

const shellFiles = new Set(FILES.map((f) => new URL(f, self.registration.scope).href));

/** A dataset: what the app fetches that is not its own code (JSON, CSV, TSV or text, from anywhere). */
const isDataset = (request) =>
  request.method === 'GET' && request.destination === '' && !shellFiles.has(request.url.split('#')[0]);

async function networkFirst(request, cacheName, fallback) {
  try {
    const response = await fetch(request);
    if (fallback === 'page') lastPageKept = false;
    if (response.ok) {
      const cache = await caches.open(cacheName);
      await cache.put(request, response.clone());
    }
    return response;
  } catch (error) {
    const kept = (await caches.match(request, { ignoreSearch: fallback === 'page', ignoreVary: true })) ?? (fallback === 'page' ? await caches.match('./') : undefined);
    if (kept && fallback === 'page') lastPageKept = true;
    if (kept) return kept;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (request.mode === 'navigate' && url.origin === self.location.origin) {
    event.respondWith(networkFirst(request, SHELL, 'page'));
    return;
  }
  if (url.origin === self.location.origin && shellFiles.has(url.origin + url.pathname)) {
    event.respondWith(caches.match(request, { ignoreSearch: true, ignoreVary: true }).then((kept) => kept ?? fetch(request)));
    return;
  }
  if ((url.protocol === 'https:' || url.protocol === 'http:') && isDataset(request)) event.respondWith(networkFirst(request, DATA, 'data'));
});
`;
}
