/**
 * The page's first script, inline in index.html: it marks the page's theme and, in an embed, its
 * first paint (build/firstPaint.ts) from the link; and a dataset the link names (?data=) is requested
 * while the HTML is still being read, 30–80 ms before the entry module could ask, so a large file's
 * download overlaps more of the app's start. The entry picks the request up (main.tsx); boot uses
 * it only if it agrees on the URL, and can abort it (the reader's Cancel, a stalled download, a file
 * opened meanwhile). The Content-Security-Policy allows exactly this script by its hash, computed
 * from this text at build time (vite.config.ts). Plain ES5 plus fetch and AbortController, which
 * every browser with ES modules has: it is inlined as written, not bundled.
 *
 * Tried and measured: a worker that downloads the file and hands the bytes over costs more CPU in
 * all than the main thread's own read, and on two cores nothing else is free to do it.
 */
export const EARLY_FETCH_GLOBAL = '__chronicleEarlyFetch';

export const EARLY_FETCH_SCRIPT = `(function () {
  var params = new URLSearchParams(location.search), requested = params.get('data'), html = document.documentElement;
  // The palette and an embed's first paint are known from the link before anything else arrives (build/firstPaint.ts).
  var theme = params.get('theme');
  if (theme === 'light' || theme === 'dark' || theme === 'auto') html.setAttribute('data-theme', theme);
  if (params.get('embed') === '1') html.setAttribute('data-first-paint', requested ? 'linked' : 'list');
  if (!requested || params.get('builder') === '1') return;
  try {
    var url = new URL(requested, location.href);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    var controller = new AbortController();
    var response = fetch(url.href, { signal: controller.signal });
    response.catch(function () {});
    window.${EARLY_FETCH_GLOBAL} = { url: url.href, response: response, abort: function () { controller.abort(); } };
  } catch (e) {}
})();`;
