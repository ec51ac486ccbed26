/**
 * The HTML a journalist pastes into an article: the iframe, and for auto height a few lines of
 * script that size it from Chronicle's `chronicle:resize` messages, checking origin and source; or,
 * for a CMS that strips inline scripts, a `<div data-chronicle-src>` and one script tag (embed.js,
 * src/embed/host/embedHost.ts), which makes the frame as it nears the viewport and sizes it.
 */
import { escapeHtml } from '../../data/text/escapeHtml';

/** What an embedded Chronicle may do in its host's page: run, reach its own origin, open links in new tabs. */
export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

export interface SnippetOptions {
  /** The full Chronicle URL with ?embed=1 and the chosen view. */
  src: string;
  title: string;
  /** 'auto' follows the content; a number fixes the frame's height in px. */
  height: 'auto' | number;
  /** `iframe` (default): the frame, with the inline lines for auto height; `script`: a div and embed.js. */
  form?: 'iframe' | 'script';
}

/** embed.js, served beside the app the embed address points into. */
export const embedScriptUrl = (src: string): string => new URL('embed.js', src).href;

export function embedSnippet({ src, title, height, form = 'iframe' }: SnippetOptions): string {
  if (form === 'script') {
    const fixed = height === 'auto' ? '' : ` data-chronicle-height="${height}"`;
    return `<div data-chronicle-src="${escapeHtml(src)}" data-chronicle-title="${escapeHtml(title)}"${fixed}></div>
<script src="${escapeHtml(embedScriptUrl(src))}" async></script>`;
  }
  const initial = height === 'auto' ? 520 : height;
  const frame = [
    // A fixed frame says so, so that an embed.js elsewhere on the page leaves its height alone.
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}"${height === 'auto' ? '' : ' data-chronicle="fixed"'}`,
    `  width="100%" height="${initial}" style="width:100%;border:0;display:block"`,
    `  loading="lazy" allow="fullscreen" referrerpolicy="strict-origin-when-cross-origin"`,
    `  sandbox="${EMBED_SANDBOX}"></iframe>`,
  ].join('\n');
  if (height !== 'auto') return frame;
  return `${frame}
<script>
(function () {
  var frame = document.currentScript.previousElementSibling;
  var origin = new URL(frame.src, location.href).origin;
  window.addEventListener('message', function (e) {
    if (e.origin !== origin || e.source !== frame.contentWindow) return;
    if (e.data && e.data.type === 'chronicle:resize' && typeof e.data.height === 'number') {
      frame.style.height = Math.max(120, Math.min(e.data.height, 4000)) + 'px';
    }
  });
})();
</script>`;
}
