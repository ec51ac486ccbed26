/**
 * `npm run publish -- data.csv out/ --url https://example.org/story/`: a dataset as a static site for
 * any web host (issue 21). The folder holds the built app showing that dataset, its index.html made
 * for link previews (ui/publish/sitePage.ts), embed.html, oembed.json, og-image.png (ogImage.ts), the
 * data as Chronicle JSON and, for a sheet, the sheet as given. `--url` is where the folder will be
 * served: previews and oEmbed need absolute addresses. Problems are printed as `validate` prints
 * them; a dataset with no usable events writes nothing, exit 1.
 */
import { readFile, stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseDataset } from '../data/parseDataset';
import { MAX_BYTES } from '../data/limits';
import { byteSize } from '../data/text/byteSize';
import { problemsInEnglish } from '../data/words/problemWords';
import { datasetToJson } from '../export/toJson';
import { isZip } from '../io/user/readFileText';
import { isSiteTemplate, OEMBED_FILE, OG_IMAGE, oembedJson, siteAddress, siteEmbedHtml, siteIndexHtml, type AddressProblem } from '../ui/publish/sitePage';
import { fileText } from './fileText';
import { ogImagePng } from './ogImage';
import { describeError, fail, runTool } from './report';
import { builtPage, checkOutFolder, copyApp, writeOut, writtenTable, type Written } from './siteFolder';
import { staticWordsFor } from '../ui/publish/staticList';

// What this prints is in English.
problemsInEnglish();

const USAGE = 'usage: npm run publish -- data.csv|data.json|data.xlsx out-folder --url https://example.org/story/';

const ADDRESS_PROBLEMS: Record<AddressProblem, string> = {
  notUrl: 'is not an address',
  notHttp: 'must start with https:// (or http://)',
  hasQuery: 'must be a folder, with no ?… or #… after it',
};

await runTool('publish', async () => {
  const { input, out, url } = readArguments();
  const bytes = await readInput(input);
  const { dataset, problems, format } = parseDataset(fileText(bytes), input);
  for (const p of problems) console.log(`${p.source}: ${p.where}: ${p.level}: ${p.message}`);
  if (dataset.events.length === 0) fail('publish', `${input} has no usable events; nothing was written`);
  await checkOutFolder(out);
  const template = await builtPage();
  if (!isSiteTemplate(template)) fail('publish', 'dist/index.html is not the app as Chronicle builds it: run npm run build');

  const json = datasetToJson(dataset, dataset.events);
  const written: Written = await copyApp(out, json);
  written.push(
    await writeOut(out, 'index.html', siteIndexHtml(template, dataset, url, await staticWordsFor(dataset.locale))),
    await writeOut(out, 'embed.html', siteEmbedHtml(dataset, url)),
    await writeOut(out, OEMBED_FILE, oembedJson(dataset, url)),
    await writeOut(out, OG_IMAGE.file, ogImagePng(dataset, url)),
    await writeOut(out, 'data.json', json),
  );
  // A sheet goes along as it was given, for readers who want it in a spreadsheet.
  if (format === 'csv') written.push(await writeOut(out, `data.${sheetExtension(input, bytes)}`, bytes));

  console.log(`${input} (${format}) → ${out}: ${dataset.events.length} events, to be served at ${url}\n${writtenTable(written)}`);
  return 0;
});

function readArguments(): { input: string; out: string; url: string } {
  let parsed;
  try {
    parsed = parseArgs({ args: process.argv.slice(2), options: { url: { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    return fail('publish', `${describeError(error)}\n${USAGE}`, 2);
  }
  const [input, out, ...rest] = parsed.positionals;
  if (!input || !out || rest.length || parsed.values.url === undefined) return fail('publish', USAGE, 2);
  const address = siteAddress(parsed.values.url);
  if ('problem' in address) return fail('publish', `--url ${parsed.values.url} ${ADDRESS_PROBLEMS[address.problem]}`, 2);
  return { input, out, url: address.url };
}

async function readInput(input: string): Promise<Uint8Array> {
  try {
    const { size } = await stat(input);
    if (size > MAX_BYTES) fail('publish', `${input} is ${byteSize(size)}; the limit is ${byteSize(MAX_BYTES)}`);
    return new Uint8Array(await readFile(input));
  } catch (error) {
    return fail('publish', `cannot read ${input}: ${describeError(error)}`);
  }
}

/** The sheet's own kind, so a host serves it as what it is: `csv`, `tsv`, `txt` or `xlsx`. */
function sheetExtension(input: string, bytes: Uint8Array): string {
  if (isZip(bytes)) return 'xlsx';
  return /\.(tsv|txt)$/i.exec(input)?.[1]?.toLowerCase() ?? 'csv';
}
