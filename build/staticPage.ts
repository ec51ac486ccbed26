/**
 * Build-time HTML for the bundled dataset: the no-JavaScript chronology and the head tags (made by
 * src/ui/publish/staticList.ts, which publishing shares), and the page's Content-Security-Policy.
 */
export { escapeHtml } from '../src/data/escapeHtml';
export { headTags, staticEventList } from '../src/ui/publish/staticList';

/**
 * What the built page may load: its own files, datasets from any http(s) URL (connect-src), images
 * it makes itself (PNG export). No eval, and no inline script but those in `inlineScripts`, given
 * as CSP sources ('sha256-…').
 */
export const contentSecurityPolicy = (inlineScripts: string[] = []) =>
  [
    "default-src 'self'",
    ["script-src 'self'", ...inlineScripts].join(' '),
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "connect-src 'self' https: http:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
