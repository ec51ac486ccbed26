/** JSON text → dataset. A syntax error is reported at its line and column, as an editor would show it. */
import { emptyDataset, validateDataset, type MediaReader } from './validate';
import { problem, say, type Said } from './problems';
import type { ParseResult } from './types';

/** `readMedia`: events' media (validate.ts's MediaReader), for a dataset that has some. */
export function parseJsonDataset(text: string, source: string, readMedia?: MediaReader): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      dataset: emptyDataset(),
      problems: [problem('error', source, jsonErrorWhere(text, message), say('notJson', message))],
    };
  }
  return validateDataset(raw, source, undefined, readMedia);
}

/** V8 says either "… (line 4 column 12)" or "… at position 87"; both become "line 4, column 12". */
export function jsonErrorWhere(text: string, message: string): Said {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return say('lineColumn', Number(lc[1]), Number(lc[2]));
  const pos = /position (\d+)/.exec(message);
  if (!pos) return text.trim() === '' ? say('emptyFile') : say('topLevel');
  const before = text.slice(0, Number(pos[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return say('lineColumn', line, column);
}
