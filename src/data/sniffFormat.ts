/**
 * What a text is, told from its first characters, before any reader sees it: a dataset's JSON or CSV,
 * or something else that would otherwise be read as a CSV and quoted back whole (a web page an
 * address led to, a binary file, a lone JSON value). Pure; the text is already decoded (UTF-8).
 */
export type Sniffed = 'json' | 'csv' | 'markup' | 'binary' | 'workbook' | 'empty' | 'jsonValue';

/** How far in a NUL means binary: images, PDFs, zip files (.xlsx) and UTF-16 text all have one early. */
const LOOK_AHEAD = 4096;

/**
 * `<` and a letter, `!` or `?`: `<!DOCTYPE html>`, `<html>`, `<?xml …>`, `<!-- … -->`. No CSV header
 * starts so, and WHATWG's sniffing patterns for HTML are all of this form.
 */
const MARKUP = /^<[A-Za-z!?]/;
/** Magic numbers that survive UTF-8 decoding: PDF, zip (.xlsx, .docx), and two undecodable bytes (UTF-16's byte-order mark, JPEG, …). */
// oxlint-disable-next-line no-control-regex -- zip's magic number is made of control characters
const BINARY_START = /^(?:%PDF-|PK\u0003\u0004|\uFFFD\uFFFD)/;
/**
 * A spreadsheet's own file: a zip whose first entries are Excel's (`xl/…`) or OpenDocument's
 * spreadsheet, or the compound file of Excel 97–2003 (.xls) with its workbook stream named.
 */
// oxlint-disable-next-line no-control-regex -- zip's magic number and a UTF-16 stream name are made of control characters
const WORKBOOK = /^PK\u0003\u0004[^]*(?:xl\/|opendocument\.spreadsheet)|W\u0000o\u0000r\u0000k\u0000b\u0000o\u0000o\u0000k/;
/** A JSON text that is not an object or a list: a string, a number, true, false or null. */
const JSON_SCALAR = /^(?:"|-?\d|true\b|false\b|null\b)/;

/** `text` without its byte-order mark; leading white space is skipped here. */
export function sniffFormat(text: string): Sniffed {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  if (i === text.length) return 'empty';
  const start = text.slice(i, i + LOOK_AHEAD);
  if (start.includes('\u0000') || BINARY_START.test(start)) return WORKBOOK.test(start) ? 'workbook' : 'binary';
  if (start[0] === '{' || start[0] === '[') return 'json';
  if (MARKUP.test(start)) return 'markup';
  if (JSON_SCALAR.test(start) && isJson(text.slice(i))) return 'jsonValue';
  return 'csv';
}

/** Only for a text that starts like a JSON scalar: a one-line CSV such as `2020,2021` is not JSON and stays a CSV. */
function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** A JSON value as a problem quotes it: short, whole when it is. */
export function quoteJsonValue(text: string): string {
  const value = text.trim();
  return value.length > 40 ? `${value.slice(0, 39)}…` : value;
}
