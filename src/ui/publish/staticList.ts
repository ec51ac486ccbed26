/**
 * A dataset's page as HTML without JavaScript: the chronology as a plain list (readers without
 * JavaScript, search engines and read-later tools get it; with JavaScript it sits in a <noscript> the
 * browser never lays out), and the page's title, description and Open Graph tags. Every dataset string
 * is escaped. English, as pages are built: sources by their labels, as the app names them
 * (sourceLabel.ts). The build uses it for the bundled dataset (build/staticPage.ts), publishing for any
 * (singleFile.ts, sitePage.ts).
 */
import { sourceHref, sourceLabel } from '../../data/sourceLabel';
import { escapeHtml } from '../../data/text/escapeHtml';
import { plainOf } from '../../data/text/richText';
import type { Dataset, Media } from '../../data/types';
import { imageSource } from '../../data/media/providers';
import { firstPicture } from '../media/firstPicture';
import { en } from '../../i18n/en';
import { formatEventDate } from '../../i18n/format';
import { localeFor } from '../../i18n/intl/intlDates';
import { catalogue } from '../../i18n/messages';
import type { Messages } from '../../i18n/en';
import { enMore } from '../../i18n/more/en-more';
import { catalogueOf, dirOf, resolveLocale } from '../../view/lang';
import { compareEvents } from '../../data/sortEvents';

/** The few words the no-JavaScript chronology says itself, in the dataset's language (staticWordsFor). */
export type StaticWords = Pick<Messages, 'sources' | 'reportedBy' | 'sourcesDisagree'>;

export const ENGLISH_STATIC_WORDS: StaticWords = { sources: en.sources, reportedBy: en.reportedBy, sourcesDisagree: enMore.sourcesDisagree };

/** The chronology's words for a dataset's `locale`: its language's catalogue (fetched), else English. */
export async function staticWordsFor(locale: string | undefined): Promise<StaticWords> {
  const lang = catalogueOf(resolveLocale([locale]));
  return lang === 'en' ? ENGLISH_STATIC_WORDS : catalogue(lang).catch(() => ENGLISH_STATIC_WORDS);
}

/** `lang` and `dir` of a page in the dataset's language: `lang="ar" dir="rtl"`. */
export function htmlLangAttributes(dataset: Dataset): string {
  const lang = dataset.locale ?? 'en';
  return `lang="${escapeHtml(lang)}"${dirOf(lang) === 'rtl' ? ' dir="rtl"' : ''}`;
}

export function staticEventList(dataset: Dataset, words: StaticWords = ENGLISH_STATIC_WORDS): string {
  // Dates as the dataset's readers write them (its locale), and its few words in that language.
  const dates = localeFor(dataset.locale);
  const items = dataset.events.map((e) => {
    const sources = e.sources
      .map((s) => {
        const label = escapeHtml(sourceLabel(s, words.reportedBy));
        const href = sourceHref(s);
        return href ? `<a href="${escapeHtml(href)}">${label}</a>` : label;
      })
      .join('; ');
    return [
      `<li id="event-${escapeHtml(e.id)}">`,
      `<p class="static-date">${escapeHtml(formatEventDate(e, dates))}</p>`,
      `<h2>${escapeHtml(e.title)}</h2>`,
      staticPicture(firstPicture(e.media)),
      e.summary ? `<p>${escapeHtml(plainOf(e.summary))}</p>` : '',
      e.disputed ? `<p><strong>${escapeHtml(words.sourcesDisagree)}:</strong> ${escapeHtml(e.disputed)}</p>` : '',
      sources ? `<p class="static-sources">${escapeHtml(words.sources)}: ${sources}</p>` : '',
      '</li>',
    ].join('');
  });
  return [
    '<main class="static-page">',
    `<h1>${escapeHtml(dataset.title)}</h1>`,
    staticPicture(firstPicture(dataset.media)),
    dataset.description ? `<p>${escapeHtml(dataset.description)}</p>` : '',
    `<ol class="static-list">${items.join('\n')}</ol>`,
    '</main>',
  ].join('\n');
}

/** How many events the first paint lists: more than a phone or a frame shows, few enough to stay small. */
const FIRST_PAINT_EVENTS = 40;

/**
 * What an embed shows before its app has run (issue 23): the title, the description on one line and the
 * chronology as dated lines on a rule, filling the frame, from HTML alone, so an article's reader sees
 * the timeline's matter at the first paint instead of an empty frame. Hidden unless the page's first
 * script marks an embed of this page's own dataset (build/earlyFetch.ts, build/firstPaint.ts); the app's
 * first render replaces it. Between the markers, so a published folder puts its own dataset's in.
 */
export function firstPaintHtml(dataset: Dataset): string {
  const events = [...dataset.events].sort(compareEvents).slice(0, FIRST_PAINT_EVENTS);
  const dates = localeFor(dataset.locale);
  const items = events.map((e) => `<li><span>${escapeHtml(formatEventDate(e, dates))}</span>${escapeHtml(e.title)}</li>`).join('');
  return [
    FIRST_PAINT_START,
    '<div class="first-paint" aria-busy="true">',
    `<p class="first-paint-title">${escapeHtml(dataset.title)}</p>`,
    dataset.description ? `<p class="first-paint-description">${escapeHtml(dataset.description)}</p>` : '',
    `<ol>${items}</ol>`,
    '</div><div class="first-paint-linked" aria-busy="true"></div>',
    FIRST_PAINT_END,
  ].join('');
}

export const FIRST_PAINT_START = '<!--first-paint-->';
export const FIRST_PAINT_END = '<!--/first-paint-->';

/** A picture with its alt text, caption and credit as words; its address one validation let through (https: or this site's). */
function staticPicture(m: Media | undefined): string {
  if (!m) return '';
  const size = m.width && m.height ? ` width="${m.width}" height="${m.height}"` : '';
  const words = [m.caption && plainOf(m.caption), m.credit].filter(Boolean).join(' · ');
  return [
    '<figure class="static-picture">',
    `<img src="${escapeHtml(imageSource(m.url))}" alt="${escapeHtml(m.alt ?? '')}"${size} loading="lazy" referrerpolicy="no-referrer">`,
    words ? `<figcaption>${escapeHtml(words)}</figcaption>` : '',
    '</figure>',
  ].join('');
}

/** Where a published page lives (sitePage.ts): crawlers want `og:url` and `og:image` absolute. */
export interface PageAddress {
  /** e.g. https://example.org/story/ */
  url: string;
  /** e.g. { url: 'https://example.org/story/og-image.png', width: 1200, height: 630, alt: '…' } */
  image: { url: string; width: number; height: number; alt: string };
}

export function headTags(dataset: Dataset, at?: PageAddress): { title: string; meta: Record<string, string>[] } {
  const description = dataset.description || `${dataset.events.length} dated events`;
  const image = at?.image;
  return {
    title: `${dataset.title} · Chronicle`,
    meta: [
      { name: 'description', content: description },
      { property: 'og:type', content: 'website' },
      { property: 'og:title', content: dataset.title },
      { property: 'og:description', content: description },
      ...(at ? [{ property: 'og:url', content: at.url }] : []),
      { property: 'og:image', content: image?.url ?? 'screenshot.png' },
      ...(image
        ? [
            { property: 'og:image:width', content: String(image.width) },
            { property: 'og:image:height', content: String(image.height) },
            { property: 'og:image:alt', content: image.alt },
          ]
        : []),
      { name: 'twitter:card', content: 'summary_large_image' },
      // X falls back to the og: tags for these; not every reader of Twitter cards does.
      ...(image
        ? [
            { name: 'twitter:title', content: dataset.title },
            { name: 'twitter:description', content: description },
            { name: 'twitter:image', content: image.url },
            { name: 'twitter:image:alt', content: image.alt },
          ]
        : []),
    ],
  };
}

/** Head tags' attributes as markup, every value escaped: `{ name: "description", content: "…" }` → `<meta name="description" content="…">`. */
export const metaTags = (tags: readonly Record<string, string>[], separator: string): string =>
  tags
    .map(
      (attrs) =>
        `<meta ${Object.entries(attrs)
          .map(([k, v]) => `${k}="${escapeHtml(v)}"`)
          .join(' ')}>`,
    )
    .join(separator);
