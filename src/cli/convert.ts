/**
 * `npm run convert -- in.(json|csv) out.(json|csv)`: reads any supported format with the app's parser
 * and writes Chronicle JSON or CSV. Problems are printed as `validate` prints them; errors exit 1
 * without writing.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseDataset } from '../data/parseDataset';
import { eventsToCsv } from '../export/toCsv';
import { datasetToJson } from '../export/toJson';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: npm run convert -- in.json|in.csv out.json|out.csv');
  process.exit(2);
}
const { dataset, problems, format } = parseDataset(await readFile(input, 'utf8'), input);
for (const p of problems) console.log(`${p.source}: ${p.where}: ${p.level}: ${p.message}`);
if (problems.some((p) => p.level === 'error') && dataset.events.length === 0) process.exit(1);
await writeFile(output, output.toLowerCase().endsWith('.csv') ? eventsToCsv(dataset.events) : datasetToJson(dataset, dataset.events));
console.log(`${input} (${format}) → ${output}: ${dataset.events.length} events`);
