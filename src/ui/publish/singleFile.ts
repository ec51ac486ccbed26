/**
 * A dataset published as one HTML file (issue 21): the single-file build of the app
 * (build/standalone.ts, served as `standalone.html`) with the dataset written into it: its JSON in
 * the data element, its title, description and language on the page, and its chronology as HTML for
 * readers without JavaScript. Opens from disk, from an email or from any host, and asks nothing of
 * any network.
 */
import { datasetRecord } from '../../data/formats/toRecord';
import { escapeHtml } from '../../data/text/escapeHtml';
import type { Dataset } from '../../data/types';
import { ENGLISH_STATIC_WORDS, headTags, htmlLangAttributes, metaTags, staticEventList, type StaticWords } from './staticList';
import { DATA_ELEMENT_START } from '../../io/user/publishedFile';
import { PICTURES_ELEMENT_ID } from '../media/mediaUrl';

/** Whether a text is the single-file template (and not, say, a server's page for a missing file). */
export const isSingleFileTemplate = (html: string): boolean => html.includes(`${DATA_ELEMENT_START}</script>`);

/**
 * JSON that no text in it can end early or turn into markup inside a <script> element: `<`, `>` and
 * `&` as \u escapes (JSON.parse reads them back), and the two line separators JavaScript once
 * treated as line ends.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** `pictures`: the dataset's pictures the author asked to carry inside the file, by their address. */
export function singleFileHtml(template: string, dataset: Dataset, pictures: Record<string, string> = {}, words: StaticWords = ENGLISH_STATIC_WORDS): string {
  const head = headTags(dataset);
  const meta = metaTags(
    head.meta.filter((m) => m.property !== 'og:image'),
    '\n    ',
  );
  const data = jsonForScript(datasetRecord(dataset, dataset.events));
  // Replaced by functions throughout: a string replacement would read `$&` in a title as a pattern.
  return template
    .replace(/<html lang="[^"]*"/, () => `<html ${htmlLangAttributes(dataset)}`)
    .replace(/<title>[\s\S]*?<\/title>/, () => `<title>${escapeHtml(head.title)}</title>`)
    .replace(/<meta name="description"[^>]*>/, () => meta)
    .replace('<div id="root"></div>', () => `<div id="root"></div>\n    <noscript>${staticEventList(dataset, words)}</noscript>`)
    .replace(`${DATA_ELEMENT_START}</script>`, () =>
      Object.keys(pictures).length
        ? `${DATA_ELEMENT_START}${data}</script>\n    <script type="application/json" id="${PICTURES_ELEMENT_ID}">${jsonForScript(pictures)}</script>`
        : `${DATA_ELEMENT_START}${data}</script>`,
    );
}
