/**
 * A dataset published as a folder for a web host (issue 21, `npm run publish`): the built app's
 * index.html rewritten for this dataset (title, description, language, Open Graph and Twitter card
 * tags with absolute addresses, the oEmbed discovery link, its chronology for readers without
 * JavaScript), embed.html and oembed.json. Pure, text in and text out, so the editor can make the same
 * folder in the browser; the files, the image and the build are src/cli/publish.ts's.
 */
import { escapeHtml } from '../../data/text/escapeHtml';
import { decodeEntities } from '../../data/text/htmlEntities';
import type { Dataset } from '../../data/types';
import { mediaSources, withMediaSources } from '../../data/media/mediaPolicy';
import { jsonForScript } from './singleFile';
import { embedSnippet } from './snippet';
import {
  ENGLISH_STATIC_WORDS,
  firstPaintHtml,
  headTags,
  htmlLangAttributes,
  metaTags,
  staticEventList,
  type PageAddress,
  type StaticWords,
} from './staticList';

/** The link preview's image: the size Facebook, LinkedIn and X ask for (1.91:1). */
export const OG_IMAGE = { file: 'og-image.png', width: 1200, height: 630 } as const;
export const OEMBED_FILE = 'oembed.json';
/** The frame an oEmbed consumer reserves, in px: oEmbed wants numbers, though the frame itself is 100% wide. */
export const EMBED_SIZE = { width: 800, height: 480 } as const;

/** Why an address cannot be a published folder's: `notUrl`, `notHttp` (file:, ftp:, …), `hasQuery` (a `?…` or `#…`). */
export type AddressProblem = 'notUrl' | 'notHttp' | 'hasQuery';

/** The address a folder will live at, as its pages link to it: http(s), ending in a slash. */
export function siteAddress(text: string): { url: string } | { problem: AddressProblem } {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { problem: 'notUrl' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { problem: 'notHttp' };
  if (url.search || url.hash) return { problem: 'hasQuery' };
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { url: url.href };
}

/**
 * The embed view of the folder at `url`. The app takes its mode from `?embed=1`, and its first view
 * has no bytes to spare for another way in (tests/browser/size.test.ts), so embed.html only redirects
 * here, and oEmbed's frame loads this address itself, without the hop.
 */
export const embedAddress = (url: string) => `${url}?embed=1`;

/** What crawlers are told about the folder at `url`; the image's alt text is English, as the page is. */
export function pageAddress(dataset: Dataset, url: string): PageAddress {
  const count = dataset.events.length === 1 ? '1 event' : `${dataset.events.length} events`;
  return { url, image: { url: `${url}${OG_IMAGE.file}`, width: OG_IMAGE.width, height: OG_IMAGE.height, alt: `Timeline of ${count}: ${dataset.title}` } };
}

/** Whether a text is the built app's index.html (and not, say, a server's page for a missing file). */
export const isSiteTemplate = (html: string): boolean =>
  /<html lang="[^"]*"/.test(html) && /<title>[\s\S]*?<\/title>/.test(html) && /<noscript>[\s\S]*?<\/noscript>/.test(html);

/**
 * The built index.html (dist/index.html) for this dataset at `url`. Its scripts stay as built; its
 * Content-Security-Policy names, for pictures, sound, video and frames, only the hosts this dataset's
 * media use (data/media/mediaPolicy.ts).
 */
export function siteIndexHtml(template: string, dataset: Dataset, url: string, words: StaticWords = ENGLISH_STATIC_WORDS): string {
  // Replaced by functions throughout: a string replacement would read `$&` in a title as a pattern.
  return (
    template
      .replace(/<html lang="[^"]*"/, () => `<html ${htmlLangAttributes(dataset)}`)
      // The build's tags for the bundled dataset (and a previous publish's links), written anew below.
      .replace(/\s*<meta (?:name="(?:description|twitter:[^"]*)"|property="og:[^"]*")[^>]*>/g, '')
      .replace(/\s*<link rel="(?:canonical|alternate)"[^>]*>/g, '')
      .replace(/<title>[\s\S]*?<\/title>/, () => headBlock(dataset, url))
      .replace(/<noscript>[\s\S]*?<\/noscript>/, () => `<noscript>${staticEventList(dataset, words)}</noscript>`)
      .replace(/<!--first-paint-->[\s\S]*?<!--\/first-paint-->/, () => firstPaintHtml(dataset))
      .replace(
        /(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")/,
        (_, open: string, policy: string, close: string) => `${open}${escapeHtml(withMediaSources(decodeEntities(policy), mediaSources(dataset)))}${close}`,
      )
  );
}

/** embed.html: a page with the same preview that sends its reader to the embed view (see embedAddress). */
export function siteEmbedHtml(dataset: Dataset, url: string): string {
  const target = './?embed=1';
  return `<!doctype html>
<html ${htmlLangAttributes(dataset)}>
  <head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; base-uri 'none'; form-action 'none'">
    <meta http-equiv="refresh" content="0; url=${target}">
    <link rel="icon" href="./favicon.svg" type="image/svg+xml">
    ${headBlock(dataset, url)}
  </head>
  <body>
    <p>On to the timeline: <a href="${target}">${escapeHtml(dataset.title)}</a></p>
  </body>
</html>
`;
}

/**
 * oembed.json, oEmbed 1.0's `rich` type (https://oembed.com/#section2.3.4): its frame is the embed
 * snippet the builder gives journalists (snippet.ts), at EMBED_SIZE's height, on the embed view.
 */
export function oembedJson(
  dataset: Dataset,
  url: string,
  frame = embedSnippet({ src: embedAddress(url), title: dataset.title, height: EMBED_SIZE.height }),
): string {
  const record = {
    version: '1.0',
    type: 'rich',
    provider_name: 'Chronicle',
    provider_url: url,
    title: dataset.title,
    html: frame,
    width: EMBED_SIZE.width,
    height: EMBED_SIZE.height,
    thumbnail_url: `${url}${OG_IMAGE.file}`,
    thumbnail_width: OG_IMAGE.width,
    thumbnail_height: OG_IMAGE.height,
  };
  // `<`, `>` and `&` as \u escapes: a host that serves it as HTML by mistake still runs no markup from it.
  return `${jsonForScript(record)}\n`;
}

function headBlock(dataset: Dataset, url: string): string {
  const head = headTags(dataset, pageAddress(dataset, url));
  return [
    `<title>${escapeHtml(head.title)}</title>`,
    metaTags(head.meta, '\n    '),
    `<link rel="canonical" href="${escapeHtml(url)}">`,
    `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(`${url}${OEMBED_FILE}`)}" title="${escapeHtml(dataset.title)}">`,
  ].join('\n    ');
}
