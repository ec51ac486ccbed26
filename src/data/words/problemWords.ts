/**
 * Every problem the parsers and the validator report, in English, by code (the codes and the
 * problems themselves are in ../problems.ts). A problem says its `where` and `message` in English
 * when read (the CLI prints them, other tools read them): this table wires itself in as their
 * words when it loads, as it does in the CLI, the build and the tests. The page words problems in
 * the reader's language (the catalogues in src/i18n hold one function per code; the type checker
 * holds them to this list), and fetches this table only with the parts that show problems.
 *
 * Arguments are numbers, text from the dataset (ids, field names, values: never translated) or
 * another coded phrase, worded first ("…; this event was left out").
 */
import { setEnglishWords, wordWith, type Said } from '../problems';
import { byteSize } from '../text/byteSize';

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
  dateAmbiguous: (text: string, dayFirst: string, monthFirst: string) =>
    `"${text}" could be ${dayFirst} (day first) or ${monthFirst} (month first): write it as YYYY-MM-DD, or let one date in the column have a day over 12, which settles the order`,
  dateUnread: (text: string) => `"${text}" is not a date Chronicle reads: write it as 2026-04-27, 27 April 2026, April 2026 or 2026`,
  unknownColumn: (column: string) => `column "${column}" is not one Chronicle reads; it was ignored`,
  sameColumn: (column: string, field: string, first: string) =>
    `column "${column}" would also be read as "${field}", which is read from "${first}"; it was ignored`,
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
  mediaDropped: (url: string) => `media must be an https: address or a path on this site; ${url} was dropped`,
  backdropEntry: () => 'backdrop must be a colour, an address, or { "color": …, "url": … }',
  pictureTooLarge: (w: number, h: number, mp: number) =>
    `a ${w}×${h} picture is over ${mp} megapixels, more than a reader’s browser should be asked to draw; it was left out`,
  mediaEntry: () => 'media must be { "url": … } or a list of them',
  mediaKind: () => 'media kind must be one of image, video, audio, document, post, map, page',
  mediaNoAlt: () => 'an image needs alt text saying what it shows, for readers who cannot see it: add media alt',
  mediaSize: () => 'media width and height must both be given, as whole numbers of pixels',
  laneNotActor: (id: string) => `lane "${id}" is not one of the event's actors; the event sits in its first actor's lane`,
  settingValue: (name: string, value: string, allowed: string) => `setting ${name} cannot be "${value}"; use one of ${allowed}. It was ignored`,
  unknownSetting: (name: string) => `"${name}" is not a setting Chronicle reads (locale, dateOrder, timeZone, thumbnails); the row was ignored`,
  unknownRowType: (type: string) =>
    `"${type}" is not a row type Chronicle reads (title, setting, event, period, step, actor, category, source); the row was ignored`,
  cellUnread: (type: string) => `${type} rows do not use this column; the cell was ignored`,
  amountCell: (text: string) => `"${text}" is not an amount: write it as 38000000000 USD, or 38000000000 USD (what it is)`,
  workbook: () => 'this is an Excel workbook: in Excel or Google Sheets, save it as CSV (File › Save as / Download › CSV) and open that',
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
  sheetNotPublic: () =>
    'this Google Sheet is not public: in Sheets choose File › Share › Publish to web, pick the sheet and "Comma-separated values (.csv)", and use that link (or share the sheet with "Anyone with the link")',
  binaryFile: () => 'this is not a text file in UTF-8 (an image, a PDF, a spreadsheet?); save it as CSV or JSON in UTF-8',
  jsonValue: (value: string) => `the file holds only the JSON value ${value}, not a dataset; a dataset is a JSON object with an "events" list`,
  jsonList: () => 'the file is a JSON list, not a dataset; a dataset is a JSON object with the events in its "events" list: { "events": [ … ] }',
  listNotObject: () => 'must be an object { … }, not a list [ … ]',
};

export type ProblemWords = typeof problemWords;
export type ProblemCode = keyof ProblemWords;

/** The phrase in the given words (English unless a catalogue's are passed). */
export function word(said: Said, words: ProblemWords = problemWords): string {
  return wordWith(said, words);
}

/** Problems read in English from here on (`where`, `message`): the CLI, the build and the tests call it. */
export function problemsInEnglish(): void {
  setEnglishWords((said) => word(said));
}

// Whatever loads this table reads problems in English too.
problemsInEnglish();
