/**
 * The page's first script, inline in index.html: a dataset the link names (?data=) is requested
 * while the HTML is still being read, 30–80 ms before the entry module could ask, so a large file's
 * download overlaps more of the app's start. The entry picks the request up (main.tsx); boot uses
 * it only if it agrees on the URL. The Content-Security-Policy allows exactly this script by its
 * hash (vite.config.ts). Plain ES5 on purpose: it is inlined as written, not bundled.
 *
 * Tried and measured: a worker that downloads the file and hands the bytes over costs more CPU in
 * all than the main thread's own read, and on two cores nothing else is free to do it.
 */
export const EARLY_FETCH_GLOBAL = '__chronicleEarlyFetch';

export const EARLY_FETCH_SCRIPT = `(function () {
  var params = new URLSearchParams(location.search), requested = params.get('data');
  if (!requested || params.get('builder') === '1') return;
  try {
    var url = new URL(requested, location.href);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    var response = fetch(url.href);
    response.catch(function () {});
    window.${EARLY_FETCH_GLOBAL} = { url: url.href, response: response };
  } catch (e) {}
})();`;
