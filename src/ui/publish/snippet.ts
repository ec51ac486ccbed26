/**
 * The HTML a journalist pastes into an article, in five forms (the builder's "Paste as"):
 * - `iframe`: the iframe alone, no script, at a fixed height (for auto, a default it keeps);
 * - `iframe-script` (the default): the iframe and, for auto height, a few inline lines that size it from
 *   Chronicle's `chronicle:resize` messages, checking origin and source;
 * - `script`: for a CMS that strips inline scripts, a `<div data-chronicle-src>` and one script tag
 *   (embed.js, src/embed/host/embedHost.ts), which makes the frame as it nears the viewport and sizes it;
 * - `component`: `<chronicle-timeline>` and its module script (lib/chronicle.js), its attributes the
 *   embed address's parameters;
 * - `amp`: `<amp-iframe>` for AMP pages, sized by the embed's AMP `embed-size` messages.
 * Pure, text in and text out; every attribute value passes through escapeHtml.
 */
import { escapeHtml } from '../../data/text/escapeHtml';
import { CARRIED_PARAMS, formatViewParams, parseViewParams } from '../../view/viewParams';

/** What an embedded Chronicle may do in its host's page: run, reach its own origin, open links in new tabs. */
export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

export const SNIPPET_FORMS = ['iframe', 'iframe-script', 'script', 'component', 'amp'] as const;
export type SnippetForm = (typeof SNIPPET_FORMS)[number];

/** The height a frame starts at where its content will size it: as embed.js's. */
export const START_HEIGHT = 520;
/**
 * The height of an iframe pasted alone for "auto": nothing will resize it, so it is a little taller
 * than the start of a resizing one; the builder says it stays so.
 */
export const IFRAME_ONLY_HEIGHT = 600;

export interface SnippetOptions {
  /** The full Chronicle URL with ?embed=1 and the chosen view. */
  src: string;
  title: string;
  /** 'auto' follows the content; a number fixes the frame's height in px. */
  height: 'auto' | number;
  /** How it is pasted; `iframe-script` by default. */
  form?: SnippetForm;
  /** The words on AMP's overflow button, in the article's language (English by default). */
  ampExpand?: string;
}

/** embed.js, served beside the app the embed address points into. */
export const embedScriptUrl = (src: string): string => new URL('embed.js', src).href;

/** The web component's module, served beside the app the embed address points into (lib/chronicle.js). */
export const componentScriptUrl = (src: string): string => new URL('lib/chronicle.js', src).href;

/**
 * The inline lines of the `iframe-script` form: the same text in every snippet (it finds its frame as
 * the element before it), so a page's Content-Security-Policy can allow it by one hash.
 */
export const AUTO_HEIGHT_SCRIPT = `
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
`;

export function embedSnippet({ src, title, height, form = 'iframe-script', ampExpand = 'Show the whole timeline' }: SnippetOptions): string {
  if (form === 'script') {
    const fixed = height === 'auto' ? '' : ` data-chronicle-height="${height}"`;
    return `<div data-chronicle-src="${escapeHtml(src)}" data-chronicle-title="${escapeHtml(title)}"${fixed}></div>
<script src="${escapeHtml(embedScriptUrl(src))}" async></script>`;
  }
  if (form === 'component') return componentSnippet(src, height);
  if (form === 'amp') return ampSnippet(src, title, height, ampExpand);
  const frame = iframeSnippet(src, title, height === 'auto' ? (form === 'iframe' ? IFRAME_ONLY_HEIGHT : START_HEIGHT) : height, height !== 'auto');
  if (height !== 'auto' || form === 'iframe') return frame;
  return `${frame}\n<script>${AUTO_HEIGHT_SCRIPT}</script>`;
}

function iframeSnippet(src: string, title: string, height: number, fixed: boolean): string {
  return [
    // A fixed frame says so, so that an embed.js elsewhere on the page leaves its height alone.
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}"${fixed ? ' data-chronicle="fixed"' : ''}`,
    `  width="100%" height="${height}" style="width:100%;border:0;display:block"`,
    `  loading="lazy" allow="fullscreen" referrerpolicy="strict-origin-when-cross-origin"`,
    `  sandbox="${EMBED_SANDBOX}"></iframe>`,
  ].join('\n');
}

/** List-like parameters keep the address's own form (items percent-encoded, literal separators): their syntax is the list's. */
const LIST_PARAMS = new Set(['actors', 'categories', 'columns']);

/**
 * `<chronicle-timeline>`'s attributes, from the embed address: `data` becomes `src`, `embed` is
 * implied, every other parameter keeps its name and value. Read with parseViewParams and written with
 * formatViewParams, as the address itself is, so the two cannot say different things; the parameters
 * no view state holds (lang, media, gestures) are carried as they are.
 */
export function componentAttributes(src: string): [string, string][] {
  const url = new URL(src);
  const { params } = parseViewParams(url.search);
  const attributes: [string, string][] = params.data ? [['src', params.data]] : [];
  const query = formatViewParams({ ...params, embed: undefined, data: undefined }).slice(1);
  for (const pair of query ? query.split('&') : []) {
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq);
    const raw = pair.slice(eq + 1);
    attributes.push([name, LIST_PARAMS.has(name) ? raw : decodeURIComponent(raw.replace(/\+/g, ' '))]);
  }
  for (const name of CARRIED_PARAMS) {
    const value = url.searchParams.get(name);
    if (value !== null) attributes.push([name, value]);
  }
  return attributes;
}

function componentSnippet(src: string, height: 'auto' | number): string {
  const attributes = componentAttributes(src).map(([name, value]) => ` ${name}="${escapeHtml(value)}"`);
  // Auto: no height, the component sizes itself.
  if (height !== 'auto') attributes.push(` height="${height}"`);
  return `<script type="module" src="${escapeHtml(componentScriptUrl(src))}"></script>
<chronicle-timeline${attributes.join('')}></chronicle-timeline>`;
}

/**
 * AMP's frame (https://amp.dev/documentation/components/amp-iframe). `fixed-height`, not `responsive`:
 * a timeline is not a picture of one aspect ratio, and a responsive 720 × 520 frame would be 260 px
 * tall on a phone. For auto height it is `resizable`, and AMP grows it on the embed's
 * `{ sentinel: 'amp', type: 'embed-size' }` messages; where AMP will not move the page under the
 * reader, it shows the required `overflow` element, which resizes the frame when tapped.
 */
function ampSnippet(src: string, title: string, height: 'auto' | number, expand: string): string {
  const open = [
    `<amp-iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}"`,
    `  height="${height === 'auto' ? START_HEIGHT : height}" layout="fixed-height"`,
    `  sandbox="${EMBED_SANDBOX}"`,
    `  frameborder="0" allowfullscreen${height === 'auto' ? ' resizable' : ''}>`,
  ].join('\n');
  const overflow = height === 'auto' ? `\n  <div overflow tabindex="0" role="button" aria-label="${escapeHtml(expand)}">${escapeHtml(expand)}</div>\n` : '';
  return `${open}${overflow}</amp-iframe>`;
}
