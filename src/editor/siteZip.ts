/**
 * The folder for a web host, made in the browser (issue 21): what `npm run publish` writes (src/cli/
 * publish.ts), as one zip to download: the built app this page runs (the build lists its files in
 * site-files.json), its bundled dataset file holding the draft, index.html, embed.html and oembed.json
 * for `url` (ui/publish/sitePage.ts), the data as JSON and as the one-sheet CSV, and the link
 * preview's picture.
 */
import type { Dataset } from '../data/types';
import type { SheetRow } from '../data/edits/sheetEdits';
import { isSiteTemplate, OEMBED_FILE, OG_IMAGE, oembedJson, siteEmbedHtml, siteIndexHtml } from '../ui/publish/sitePage';
import { draftCsv, draftJson } from './draftFiles';
import { staticWordsFor } from '../ui/publish/staticList';

/**
 * The build's names for the bundled dataset: the app asks for the first, a `<chronicle-timeline>`
 * with no `src` for the library's (lib/events.json), so both hold the published one.
 */
const BUNDLED_DATASET = /^(?:assets\/events-[^/]+|lib\/events)\.json$/;

export type SiteZip = { zip: Blob } | { missing: true };

export async function siteZip(dataset: Dataset, rows: readonly SheetRow[], url: string, image: Blob): Promise<SiteZip> {
  const here = (path: string) => new URL(path, location.href);
  const [listed, template] = await Promise.all([
    fetch(here('site-files.json')).then((r) => (r.ok ? (r.json() as Promise<unknown>) : null)),
    fetch(here('index.html')).then((r) => (r.ok ? r.text() : '')),
  ]).catch(() => [null, ''] as const);
  // The dev server has neither a file list nor a built page.
  if (!Array.isArray(listed) || !isSiteTemplate(template)) return { missing: true };
  const encode = (text: string) => new TextEncoder().encode(text);
  const json = draftJson(dataset);
  const files: Record<string, Uint8Array> = {};
  await Promise.all(
    (listed as string[]).map(async (path) => {
      if (BUNDLED_DATASET.test(path)) files[path] = encode(json);
      else {
        const response = await fetch(here(path));
        if (!response.ok) throw new Error(`${path}: ${response.status}`);
        files[path] = new Uint8Array(await response.arrayBuffer());
      }
    }),
  );
  Object.assign(files, {
    'index.html': encode(siteIndexHtml(template, dataset, url, await staticWordsFor(dataset.locale))),
    'embed.html': encode(siteEmbedHtml(dataset, url)),
    [OEMBED_FILE]: encode(oembedJson(dataset, url)),
    'data.json': encode(json),
    'data.csv': encode(draftCsv(rows)),
    [OG_IMAGE.file]: new Uint8Array(await image.arrayBuffer()),
  });
  // The unzipper loads only now: most editors never publish a folder.
  const { zipSync } = await import('fflate');
  return { zip: new Blob([zipSync(files, { level: 6 })], { type: 'application/zip' }) };
}
