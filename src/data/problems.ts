/**
 * Problems as the parsers and the validator report them: a level, the file, where (a record of the
 * dataset as data, a coded phrase such as "line 4, column 12", or a top-level key) and what (a coded
 * phrase). Codes, never prose: the English words are in words/problemWords.ts, which sets itself as
 * the words of `where` and `message` when it loads (the CLI, the build and the tests load it; the
 * page loads it with the parts that show problems). Until then they read as the bare code.
 */
import type { ProblemCode, ProblemWords } from './words/problemWords';
import type { Problem, RecordPath } from './types';
import { pathText } from './recordPath';

type Args<T extends unknown[]> = { [I in keyof T]: T[I] extends string ? string | Said : T[I] };
type ArgsOf<K extends ProblemCode> = Args<Parameters<ProblemWords[K]>>;

/** A phrase by code: `{ code: 'endBeforeStart', args: [] }`. */
export type Said = { [K in ProblemCode]: { code: K; args: ArgsOf<K> } }[ProblemCode];

export function say<K extends ProblemCode>(code: K, ...args: ArgsOf<K>): Said {
  return { code, args } as unknown as Said;
}

/** Where: a record of the dataset (as data), a phrase with words ("line 4, column 12"), or a top-level key. */
export type Where = string | Said | RecordPath;

export type Report = (level: Problem['level'], where: Where, said: Said) => void;

let english: (said: Said) => string = (said) => said.code;

/** How a phrase reads in English: set by words/problemWords.ts when it loads. */
export function setEnglishWords(word: (said: Said) => string): void {
  english = word;
}

/** A problem with its coded phrases; `message` (and a phrase's `where`) worded in English when read. */
export function problem(level: Problem['level'], source: string, where: Where, said: Said): Problem {
  if (typeof where === 'string') return withMessage({ level, source, where, said });
  if ('list' in where) return withMessage({ level, source, where: pathText(where), said, at: where });
  return placed({ level, source, said }, where);
}

/** The problem placed by a worded phrase instead, e.g. a row and column of the CSV it came from. */
export function placed(p: Pick<Problem, 'level' | 'source' | 'said' | 'at'>, place: Said): Problem {
  return withMessage(Object.defineProperty({ ...p, place } as Omit<Problem, 'message'>, 'where', { get: () => english(place), enumerable: true }));
}

function withMessage(p: Omit<Problem, 'message'>): Problem {
  const said = p.said;
  return Object.defineProperty(p, 'message', { get: () => (said ? english(said) : ''), enumerable: true }) as Problem;
}

/** The phrase in a language's words (a catalogue's `problems`, or the English table); inner phrases first. */
export function wordWith(said: Said, words: ProblemWords): string {
  const args = (said.args as unknown[]).map((a) => (typeof a === 'object' && a !== null ? wordWith(a as Said, words) : a));
  const phrase = words[said.code] as ((...a: unknown[]) => string) | undefined;
  return phrase ? phrase(...args) : args.join(' ');
}
