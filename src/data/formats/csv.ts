/**
 * RFC 4180 CSV: commas, quoted fields with doubled quotes, commas and newlines inside quotes, CRLF or
 * LF, a UTF-8 byte-order mark; or the same with semicolons (Excel's CSV where the decimal mark is a
 * comma) or tabs (what a spreadsheet puts on the clipboard), told from the header line. Each row
 * remembers the line it starts on, so problems can say where.
 * A cell that Chronicle's own export guarded against spreadsheet formulas (an apostrophe before
 * `=`, `+`, `-`, `@`, tab, CR or LF) is read back without the apostrophe, so an export round-trips.
 */
import { say, type Said } from '../problems';

/**
 * A cell a spreadsheet would run as a formula (OWASP, "CSV Injection"): one that starts with `=`,
 * `+`, `-` or `@` (also after spaces, which some spreadsheets skip), or with a tab, CR or LF.
 */
export const FORMULA_START = /^(?: *[=+\-@]|[\t\r\n])/;

/**
 * Whether a cell needs the guard: it starts with a formula trigger, after any apostrophes (so that a
 * text which itself starts with "'=" gets one more, and reads back whole).
 */
const needsGuard = (cell: string) => FORMULA_START.test(cell.replace(/^'+/, ''));

/** The cell as written before csvCell guarded it. */
const unguarded = (cell: string) => (cell.charCodeAt(0) === 39 && needsGuard(cell.slice(1)) ? cell.slice(1) : cell);
export interface CsvRow {
  line: number;
  cells: string[];
}

export type Delimiter = ',' | ';' | '\t';

/**
 * The delimiter of a table, from its first line (outside quotes): the one of comma, semicolon and
 * tab it uses most; a comma when it uses none (a one-column table). e.g. "Year;Headline" → ";".
 */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  let best: Delimiter = ',';
  for (const d of [';', '\t'] as const) if (counts[d] > counts[best]) best = d;
  return best;
}

export function readCsv(
  text: string,
  delimiter: Delimiter = detectDelimiter(text),
): { rows: CsvRow[]; problems: { line: number; column: number; said: Said }[] } {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  const problems: { line: number; column: number; said: Said }[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let col = 1;
  let quoted = false;
  let quoteLine = 0;
  let quoteCol = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
        col += 2;
        continue;
      }
      if (c === '"') {
        quoted = false;
        col++;
        continue;
      }
      if (c === '\n') {
        line++;
        col = 1;
      } else col++;
      cell += c;
      continue;
    }
    if (c === '"' && cell === '') {
      quoted = true;
      quoteLine = line;
      quoteCol = col;
      col++;
      continue;
    }
    if (c === delimiter) {
      cells.push(unguarded(cell));
      cell = '';
      col++;
      continue;
    }
    if (c === '\r' && src[i + 1] === '\n') continue;
    if (c === '\n' || c === '\r') {
      cells.push(unguarded(cell));
      rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
      col = 1;
      continue;
    }
    cell += c;
    col++;
  }
  if (quoted) problems.push({ line: quoteLine, column: quoteCol, said: say('unclosedQuote') });
  if (cell !== '' || cells.length) {
    cells.push(unguarded(cell));
    rows.push({ line: rowLine, cells });
  }
  return { rows: rows.filter((r) => r.cells.some((c) => c.trim() !== '')), problems };
}

/**
 * A cell as written to a CSV, guarded as OWASP's "CSV Injection" advice says, whole: a cell that
 * starts with `=`, `+`, `-`, `@`, tab or CR (or LF, or spaces before one of the first four) gets a
 * leading apostrophe, which spreadsheets read as "this is text"; and a cell holding a separator (`,`
 * or `;`, the list separator of many locales' Excel), a quote (`"` or `'`), a tab or a line break is
 * quoted, its `"` doubled, so nothing inside it can start a new cell. `-` is guarded too, and a
 * negative amount so written reads back the same: readCsv drops the apostrophe again.
 */
export function csvCell(value: string): string {
  const safe = needsGuard(value) ? `'${value}` : value;
  return /[",;'\t\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
