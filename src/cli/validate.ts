/**
 * `npm run validate [file or URL …]`: checks datasets (Chronicle JSON, CSV or TimelineJS3 JSON) with the app's own parser and prints every
 * problem with its place. Exits 1 when any file has errors (warnings alone pass).
 */
import { readFile } from 'node:fs/promises';
import { parseDataset } from '../data/parseDataset';
import { MAX_BYTES } from '../data/load';
import { emptyDataset } from '../data/validate';
import type { ParseResult } from '../data/types';

async function check(target: string): Promise<ParseResult> {
  const name = target.split('/').pop() || target;
  if (/^https?:\/\//.test(target)) {
    const response = await fetch(target);
    if (!response.ok) return failure(target, `the server answered ${response.status}`);
    return parseDataset(await response.text(), name);
  }
  let text: string;
  try {
    text = await readFile(target, 'utf8');
  } catch (error) {
    return failure(target, `cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (text.length > MAX_BYTES) return failure(target, `is larger than the ${MAX_BYTES / 1024 / 1024} MB limit`);
  return parseDataset(text, target);
}

function failure(source: string, message: string): ParseResult {
  return {
    dataset: emptyDataset(),
    problems: [{ level: 'error', source, where: 'file', message }],
  };
}

const targets = process.argv.slice(2);
if (targets.length === 0) targets.push('data/events.json');
let failed = false;
for (const target of targets) {
  const { dataset, problems } = await check(target);
  const errors = problems.filter((p) => p.level === 'error').length;
  for (const p of problems) console.log(`${p.source}: ${p.where}: ${p.level}: ${p.message}`);
  console.log(`${target}: ${dataset.events.length} valid events, ${errors} errors, ${problems.length - errors} warnings`);
  failed ||= errors > 0;
}
process.exit(failed ? 1 : 0);
