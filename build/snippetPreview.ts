/**
 * snippet-preview.html, the page the embed builder previews each snippet in (src/builder/snippetPreview.ts
 * says why it is a page and not an srcdoc frame). It writes the snippet from its address into itself
 * with document.write while it is being parsed, so the snippet runs as it would in an article: its
 * inline script finds its iframe as `document.currentScript.previousElementSibling`, embed.js and
 * lib/chronicle.js load from the app's origin by their absolute addresses.
 *
 * Its own Content-Security-Policy is the app's (build/staticPage.ts) with two differences: the inline
 * scripts it runs are exactly this loader and the iframe + script form's lines (by hash), and inline
 * styles are allowed, as the snippets' `style` attributes need and article pages allow. So markup put
 * in its address runs no script of its own; and the loader writes nothing unless the page is framed by
 * a page of its own origin (the builder), so it is no page of the app's for a link to fill with text.
 *
 * The builder frames it with the embed's sandbox (allow-same-origin included): sandbox flags carry down
 * to nested frames, and a preview frame without allow-same-origin would give the Chronicle inside it an
 * opaque origin, where it cannot load its own modules and dataset, unlike in any article.
 */
import { createHash } from 'node:crypto';
import { AUTO_HEIGHT_SCRIPT } from '../src/ui/publish/snippet';
import { PREVIEW_FAILED, PREVIEW_SIZE } from '../src/builder/snippetPreview';
import { contentSecurityPolicy } from './staticPage';

export { SNIPPET_PREVIEW_FILE } from '../src/builder/snippetPreview';

const LOADER = `
(function () {
  var framed = false;
  try {
    framed = parent !== self && parent.location.origin === location.origin;
  } catch (e) {}
  if (!framed) {
    document.write('<p>This page previews an embed snippet inside Chronicle\\u2019s embed builder.</p>');
    return;
  }
  var params = new URLSearchParams(location.search);
  function tell(message) {
    parent.postMessage(message, location.origin);
  }
  // A script of the snippet that does not load (a missing lib/chronicle.js, a network error): said, not hidden.
  addEventListener('error', function (e) {
    var target = e.target;
    if (target && target.tagName === 'SCRIPT') tell({ type: '${PREVIEW_FAILED}', src: target.src });
  }, true);
  // In AMP's place: its runtime sizes a resizable amp-iframe from the embed's embed-size messages.
  if (params.get('amp') === '1')
    addEventListener('message', function (e) {
      var frame = document.querySelector('iframe');
      var data = e.data;
      if (!frame || e.source !== frame.contentWindow || !data || data.sentinel !== 'amp' || data.type !== 'embed-size') return;
      if (typeof data.height === 'number') frame.style.height = Math.max(120, Math.min(data.height, 4000)) + 'px';
    });
  document.addEventListener('DOMContentLoaded', function () {
    new ResizeObserver(function () {
      tell({ type: '${PREVIEW_SIZE}', height: Math.ceil(document.body.getBoundingClientRect().height) });
    }).observe(document.body);
  });
  document.write(params.get('snippet') || '');
})();
`;

const sha256 = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

export function snippetPreviewHtml(): string {
  const policy = contentSecurityPolicy([sha256(LOADER), sha256(AUTO_HEIGHT_SCRIPT)]).replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}">
<meta name="robots" content="noindex">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Snippet preview · Chronicle</title>
<style>html,body{margin:0}body{font-family:system-ui,sans-serif}</style>
<script>${LOADER}</script>
</head>
<body>
</body>
</html>
`;
}
