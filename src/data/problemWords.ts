/**
 * Every problem the parsers and the validator report, in English, by code. A problem keeps its
 * English `where` and `message` (the CLI prints them, other tools read them) and also says them as
 * codes with arguments, so the page can word them in the reader's language (the catalogues in
 * src/i18n hold one function per code; the type checker holds them to this list).
 *
 * Arguments are numbers, text from the dataset (ids, field names, values: never translated) or
 * another coded phrase, worded first ("…; this event was left out").
 */
import type { Problem, RecordPath } from './types';
import { pathText } from './recordPath';

export const problemWords = {
  // Where
  topLevel: () => 'top level',
  loading: () => 'loading',
  file: () => 'file',
  emptyFile: () => 'the file is empty',
  line: (line: number) => `line ${line}`,
  lineColumn: (line: number, column: number) => `line ${line}, column ${column}`,
  row: (row: number, line: number) => `row ${row} (line ${line})`,
  rowColumn: (row: number, line: number, column: string) => `row ${row} (line ${line}), column "${column}"`,
  lineField: (line: number, field: string) => `line ${line}, ${field}`,
  // Reading the file
  notJson: (detail: string) => `not valid JSON: ${detail}`,
  unclosedQuote: () => 'a quoted field is never closed; add the closing "',
  emptyCsv: () => 'the file is empty; the first row must name the columns (id,start,end,title,…)',
  missingColumn: (column: string, header: string) => `there is no "${column}" column; the header has ${header}`,
  unknownColumn: (column: string) => `column "${column}" is not one Chronicle reads; it was ignored`,
  cellCount: (cells: number, columns: number) => `has ${cells} cells; the header has ${columns}`,
  // The dataset as a whole
  notADataset: () => 'a dataset must be a JSON object with an "events" list',
  needsEvents: () => 'the dataset needs an "events" list',
  notAList: (key: string) => `"${key}" must be a list`,
  tooManyEvents: (count: number, max: number) =>
    `has ${count.toLocaleString('en')} events; Chronicle shows at most ${max.toLocaleString('en')}, so the first ${max.toLocaleString('en')} are shown`,
  relatedMissing: (ids: string) => `related ${ids} point to no event and were left out`,
  stepMissing: (step: string) => `step ${step} names no event or period and was left out`,
  // Records
  duplicateActor: () => 'duplicate actor id; the first one is kept',
  duplicateCategory: () => 'duplicate category id; the first one is kept',
  notAColour: (value: string) => `${value} is not a CSS colour; a default colour is used`,
  endBeforeStart: () => 'end is before start; the two were swapped',
  duplicateId: (renamed: string) => `duplicate id; renamed to "${renamed}"`,
  unknownActor: (id: string) => `actor "${id}" is not in the actors list; it was added with a default colour`,
  unknownCategory: (id: string) => `category "${id}" is not in the categories list; it was added`,
  linkDropped: (url: string) => `only http:, https: and mailto: links are kept; ${url} was dropped`,
  eventLeftOut: (issue: string) => `${issue}; this event was left out`,
  entryLeftOut: (issue: string) => `${issue}; this entry was left out`,
  // Fields (the schema's issues)
  required: (field: string) => `${field} is required`,
  notAnObject: (received: string) => `must be an object; got ${received}`,
  mustBeText: (field: string) => `${field} must be text`,
  eachMustBeText: (field: string) => `each of ${field} must be text`,
  mustBeAList: (field: string) => `${field} must be a list`,
  dateNotText: (field: string) => `${field} must be a string like "2026", "2026-04" or "2026-04-27"`,
  dateForm: (field: string, got: string) => `${field} must be YYYY, YYYY-MM or YYYY-MM-DD; got ${got}`,
  idForm: (got: string) => `id must use only letters, digits, "-", "_", "." or "~" so it fits in a URL; got ${got}`,
  emptyTitle: () => 'title must not be empty',
  amountNumber: () => 'amount value must be a number',
  amountFinite: () => 'amount value must be finite',
  currencyCode: () => 'currency must be a 3-letter code such as "USD"',
  relatedEntry: () => 'each related entry must be an id or { "id": …, "label": … }',
  approxBoolean: () => 'approx must be true or false',
  qualifierForm: () => 'qualifier must be "before" or "after"',
  // Sources with an identity: the dataset's list, and citations of it by id
  duplicateSource: () => 'duplicate source id; the first one is kept',
  unknownSource: (id: string) => `source "${id}" is not in the sources list; this citation was left out`,
  viaMissing: (id: string) => `via "${id}" names no source in the sources list; it was dropped`,
  viaCycle: (chain: string) => `via makes a loop (${chain}); it was dropped`,
  emptySourceName: () => 'name must not be empty',
  sourceEntry: () => 'each source must be a source id or { "name": …, "url": … }',
  /** Anything else the schema library says, in its own words. */
  other: (message: string) => message,
  // Loading (issue 18): each says what became of the file named before it; sizes are bytes.
  fetchFailed: (reason: string) => `could not be fetched (${reason}); check the address and that the server allows cross-origin requests`,
  serverAnswered: (status: string) => `the server answered ${status}`,
  declaredTooLarge: (bytes: number, limit: number) => `is ${byteSize(bytes)}; the limit is ${byteSize(limit)}`,
  overLimit: (limit: number) => `is larger than the ${byteSize(limit)} limit; reading stopped there`,
  interrupted: (received: number) => `broke off after ${byteSize(received)}: the connection closed before the whole file arrived; try again`,
  stalled: (seconds: number, received: number) =>
    `stalled: next to nothing arrived for ${seconds} s (${byteSize(received)} in all); the server may be busy, try again later`,
  cancelled: () => 'was not loaded: loading was cancelled',
  // What a file is when it is not a dataset (issue 18)
  webPage: () => 'this is a web page (HTML or XML), not a dataset; use the address of the JSON or CSV file itself',
  binaryFile: () => 'this is not a text file in UTF-8 (an image, a PDF, a spreadsheet?); save it as CSV or JSON in UTF-8',
  jsonValue: (value: string) => `the file holds only the JSON value ${value}, not a dataset; a dataset is a JSON object with an "events" list`,
  jsonList: () => 'the file is a JSON list, not a dataset; a dataset is a JSON object with the events in its "events" list: { "events": [ … ] }',
  listNotObject: () => 'must be an object { … }, not a list [ … ]',
};

const UNITS = [
  [1024 * 1024, 'megabyte', 'MB'],
  [1024, 'kilobyte', 'KB'],
  [1, 'byte', 'bytes'],
] as const;

/**
 * A size in the units people read, counted in 1024s as the 64 MB limit is: "28 bytes", "16 KB",
 * "1.2 MB"; in another language the way Intl writes it ("1,2 Mo").
 */
export function byteSize(bytes: number, lang = 'en'): string {
  const [size, unit, short] = UNITS.find(([least]) => bytes >= least) ?? UNITS[2];
  const value = Math.round((bytes / size) * 10) / 10;
  return lang === 'en'
    ? `${value} ${value === 1 && short === 'bytes' ? 'byte' : short}`
    : new Intl.NumberFormat(lang, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

export type ProblemWords = typeof problemWords;
export type ProblemCode = keyof ProblemWords;

type Args<T extends unknown[]> = { [I in keyof T]: T[I] extends string ? string | Said : T[I] };
type ArgsOf<K extends ProblemCode> = Args<Parameters<ProblemWords[K]>>;

/** A phrase by code: `{ code: 'endBeforeStart', args: [] }`. */
export type Said = { [K in ProblemCode]: { code: K; args: ArgsOf<K> } }[ProblemCode];

export function say<K extends ProblemCode>(code: K, ...args: ArgsOf<K>): Said {
  return { code, args } as unknown as Said;
}

/** How a reader reports: `where` is a path into the data (`events[3] "id" › end`) or a phrase with words ("top level"). */
/** Where: a record of the dataset (as data), a phrase with words ("line 4, column 12"), or a top-level key. */
export type Where = string | Said | RecordPath;

export type Report = (level: Problem['level'], where: Where, said: Said) => void;

/** A problem with its English words and its coded phrases. */
export function problem(level: Problem['level'], source: string, where: Where, said: Said): Problem {
  if (typeof where === 'string') return { level, source, where, message: word(said), said };
  if ('list' in where) return { level, source, where: pathText(where), message: word(said), said, at: where };
  return { level, source, where: word(where), message: word(said), said, place: where };
}

/** The phrase in the given words (English unless a catalogue's are passed); inner phrases first. */
export function word(said: Said, words: ProblemWords = problemWords): string {
  const args = (said.args as unknown[]).map((a) => (typeof a === 'object' && a !== null ? word(a as Said, words) : a));
  const phrase = words[said.code] as ((...a: unknown[]) => string) | undefined;
  return phrase ? phrase(...args) : args.join(' ');
}
