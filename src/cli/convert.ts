/**
 * `npm run convert -- in out`: reads any supported format with the app's parser (Chronicle JSON, a
 * CSV or tab-separated sheet, TimelineJS3 JSON or spreadsheet) and writes Chronicle JSON, or the
 * one-sheet layout as CSV (`.csv`) or tab-separated text (`.tsv`, `.txt`), with a byte-order mark. Problems are printed as `validate` prints them; errors exit 1
 * without writing. A file that cannot be read or written is said in one line (`convert: cannot write
 * out.json: EACCES: permission denied, …`), exit 1.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { parseDataset } from '../data/parseDataset';
import { fileText } from './fileText';
import { MAX_BYTES } from '../data/limits';
import { byteSize } from '../data/text/byteSize';
import { problemsInEnglish } from '../data/words/problemWords';
import { datasetToCsv } from '../export/toCsv';
import { datasetToJson } from '../export/toJson';
import { describeError, fail, runTool } from './report';

// What this prints is in English.
problemsInEnglish();

await runTool('convert', async () => {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) fail('convert', 'usage: npm run convert -- in.json|in.csv|in.tsv out.json|out.csv|out.tsv', 2);
  const text = await readText(input);
  const { dataset, problems, format } = parseDataset(text, input);
  for (const p of problems) console.log(`${p.source}: ${p.where}: ${p.level}: ${p.message}`);
  if (problems.some((p) => p.level === 'error') && dataset.events.length === 0) fail('convert', `${input} has no usable events; nothing was written`);
  const kind = /\.(csv|tsv|txt)$/i.exec(output)?.[1]?.toLowerCase();
  // A byte-order mark: Excel reads a CSV without one in the computer's old code page (mojibake in "Málaga").
  const out = kind ? `\ufeff${datasetToCsv(dataset, dataset.events, kind === 'csv' ? ',' : '\t')}` : datasetToJson(dataset, dataset.events);
  try {
    await writeFile(output, out);
  } catch (error) {
    fail('convert', `cannot write ${output}: ${describeError(error)}`);
  }
  console.log(`${input} (${format}) → ${output}: ${dataset.events.length} events`);
  return 0;
});

async function readText(input: string): Promise<string> {
  try {
    const { size } = await stat(input);
    if (size > MAX_BYTES) fail('convert', `${input} is ${byteSize(size)}; the limit is ${byteSize(MAX_BYTES)}`);
    return fileText(new Uint8Array(await readFile(input)));
  } catch (error) {
    return fail('convert', `cannot read ${input}: ${describeError(error)}`);
  }
}
