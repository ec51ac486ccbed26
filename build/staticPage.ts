/**
 * Build-time HTML for the bundled dataset: the no-JavaScript chronology and the head tags (made by
 * src/ui/publish/staticList.ts, which publishing shares), and the page's Content-Security-Policy.
 */
import { EMBED_ORIGINS } from '../src/data/media/providers';
export { escapeHtml } from '../src/data/text/escapeHtml';
export { firstPaintHtml, headTags, staticEventList } from '../src/ui/publish/staticList';

/**
 * What the built page may load: its own files, datasets from any http(s) URL (connect-src), images
 * it makes itself (PNG export) and events' pictures (https:), frames from the media providers. No eval, and no inline script or
 * style but those in `inlineScripts` and `inlineStyles`, given as CSP sources ('sha256-…').
 */
export const contentSecurityPolicy = (inlineScripts: string[] = [], inlineStyles: string[] = []) =>
  [
    "default-src 'self'",
    ["script-src 'self'", ...inlineScripts].join(' '),
    ["style-src 'self'", ...inlineStyles].join(' '),
    // Pictures on events come from anywhere on https: (issue 22); sound and video files too, fetched on play.
    "img-src 'self' data: blob: https:",
    "media-src 'self' https:",
    // Frames: the app's own (the builder's preview, a PDF beside the page) and, once the reader asks,
    // third-party media from the providers' embed origins only.
    ["frame-src 'self'", ...EMBED_ORIGINS].join(' '),
    "connect-src 'self' https: http:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
