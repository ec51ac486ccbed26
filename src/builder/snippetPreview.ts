/**
 * The builder's live preview of a snippet as pasted: the page it loads (snippet-preview.html, written
 * by build/snippetPreview.ts beside index.html), the address that hands it the snippet, and the
 * messages it answers with. Why a page of its own and not an `srcdoc` frame: an srcdoc (or blob: or
 * data:) document inherits the builder's Content-Security-Policy, which runs no inline script, so
 * the iframe + script form's few lines could not run there; a page fetched from the app's origin has
 * a policy of its own, and that one allows exactly those lines (by hash) and nothing inline else.
 */
import { escapeHtml } from '../data/text/escapeHtml';

export const SNIPPET_PREVIEW_FILE = 'snippet-preview.html';

/** Preview page → builder: the height of what the snippet made, so the preview frame fits it. */
export const PREVIEW_SIZE = 'chronicle-preview:size';
/** Preview page → builder: a script the snippet names did not load (embed.js, lib/chronicle.js). */
export const PREVIEW_FAILED = 'chronicle-preview:failed';

/**
 * The preview page's address for this snippet. `amp`: the page stands in for AMP's runtime, which the
 * builder never loads, and sizes the frame on the embed's AMP `embed-size` messages as AMP would.
 */
export function previewAddress(base: string, snippet: string, amp = false): string {
  const url = new URL(SNIPPET_PREVIEW_FILE, base);
  url.searchParams.set('snippet', snippet);
  if (amp) url.searchParams.set('amp', '1');
  return url.href;
}

/**
 * The `<amp-iframe>` of an AMP snippet as the iframe AMP's runtime turns it into: its address, title,
 * sandbox, frameborder, fullscreen and height, the full width; the layout and resize attributes and
 * the overflow button are AMP's own and go. Read from the snippet itself, so the preview shows what was pasted.
 */
export function ampAsIframe(snippet: string): string {
  const amp = new DOMParser().parseFromString(snippet, 'text/html').querySelector('amp-iframe');
  if (!amp) return '';
  const attributes = ['src', 'title', 'sandbox', 'frameborder', 'allowfullscreen', 'height'].flatMap((name) => {
    const value = amp.getAttribute(name);
    return value === null ? [] : [`${name}="${escapeHtml(value)}"`];
  });
  // Written as text, not made as an element here: the builder's policy forbids setting a style attribute.
  const style = `width:100%;border:0;display:block;height:${Number(amp.getAttribute('height')) || 0}px`;
  return `<iframe ${attributes.join(' ')} width="100%" style="${style}"></iframe>`;
}
