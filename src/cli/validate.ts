/**
 * `npm run validate [file or URL …]`: checks datasets (Chronicle JSON, CSV or TimelineJS3 JSON) with the app's own parser and prints every
 * problem with its place. Exits 1 when any file has errors (warnings alone pass). A file that cannot
 * be read or fetched is one such error, in one line: a URL is fetched as the app fetches it (64 MB
 * limit, a stalled server given up on).
 */
import { readFile, stat } from 'node:fs/promises';
import { parseDataset } from '../data/parseDataset';
import { fileText } from './fileText';
import { MAX_BYTES } from '../data/limits';
import { problem, say, type Said } from '../data/problems';
import { problemsInEnglish } from '../data/words/problemWords';
import { emptyDataset } from '../data/validate';
import type { ParseResult } from '../data/types';
import { fetchText } from '../io/fetchText';
import { fileName } from '../io/loadDataset';
import { describeError, runTool } from './report';

// What this prints is in English.
problemsInEnglish();

async function check(target: string): Promise<ParseResult> {
  if (/^https?:\/\//.test(target)) {
    const fetched = await fetchText(target);
    return fetched.ok ? parseDataset(fetched.text, fileName(target)) : failure(target, fetched.said);
  }
  try {
    const { size } = await stat(target);
    if (size > MAX_BYTES) return failure(target, say('declaredTooLarge', size, MAX_BYTES));
    return parseDataset(fileText(new Uint8Array(await readFile(target))), target);
  } catch (error) {
    return failure(target, say('other', `cannot be read: ${describeError(error)}`));
  }
}

function failure(source: string, said: Said): ParseResult {
  return { dataset: emptyDataset(), problems: [problem('error', source, say('file'), said)] };
}

await runTool('validate', async () => {
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
  return failed ? 1 : 0;
});
