/**
 * An Excel workbook (.xlsx) opened directly: its first sheet becomes CSV text for the one CSV reader,
 * one line per spreadsheet row (an empty row stays an empty line, so problems name the sheet's own
 * row numbers). fflate unzips it (8 KB, fetched with this chunk only when a workbook is opened); the
 * sheet's XML is machine-written and regular, so a few patterns read it without a DOM, in the app,
 * the worker and the CLI alike. Cells give their text as Excel shows it for what Chronicle reads:
 * shared and inline strings, numbers, TRUE/FALSE, and dates (numbers in a date format) as ISO dates,
 * with the time of day where the cell has one. Never throws: null when it is not a workbook it can read.
 */
import { strFromU8, unzipSync } from 'fflate';

const DAY_MS = 86_400_000;

export function workbookText(bytes: Uint8Array): string | null {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => file.name.startsWith('xl/') });
  } catch {
    return null;
  }
  const text = (name: string) => (files[name] ? strFromU8(files[name]) : null);
  const workbook = text('xl/workbook.xml');
  const sheet = workbook === null ? null : (text(firstSheetPath(workbook, text('xl/_rels/workbook.xml.rels') ?? '')) ?? text('xl/worksheets/sheet1.xml'));
  if (sheet === null) return null;
  const shared = [...(text('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => runsOf(m[1]!));
  const dated = dateStyles(text('xl/styles.xml') ?? '');
  // Excel for Mac's old 1904 date system counts from 1904-01-01; everything else from 1899-12-30.
  const epoch = /date1904="(1|true)"/.test(workbook ?? '') ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);

  const lines: string[] = [];
  for (const row of sheet.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const number = Number(attr(row[1]!, 'r')) || lines.length + 1;
    while (lines.length < number - 1) lines.push('');
    const cells: string[] = [];
    for (const cell of (row[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const at = columnIndex(attr(cell[1]!, 'r')) ?? cells.length;
      while (cells.length < at) cells.push('');
      cells[at] = cellValue(cell[1]!, cell[2] ?? '', shared, dated, epoch);
    }
    lines.push(cells.map(csvField).join(','));
  }
  return lines.join('\n');
}

function cellValue(attrs: string, inner: string, shared: string[], dated: Set<number>, epoch: number): string {
  const type = attr(attrs, 't') ?? 'n';
  const value = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
  if (type === 'inlineStr') return runsOf(/<is>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? '');
  if (value === undefined) return '';
  if (type === 's') return shared[Number(value)] ?? '';
  if (type === 'b') return value === '1' ? 'TRUE' : 'FALSE';
  if (type !== 'n') return decodeXml(value);
  const serial = Number(value);
  return dated.has(Number(attr(attrs, 's') ?? 0)) && Number.isFinite(serial) ? serialDate(serial, epoch) : value;
}

/** A date cell's serial number as an ISO date, with its time of day when it has one ("2026-04-27 14:30"). */
function serialDate(serial: number, epoch: number): string {
  const ms = Math.round((epoch + serial * DAY_MS) / 60_000) * 60_000;
  const iso = new Date(ms).toISOString();
  return ms % DAY_MS === 0 ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/**
 * The cell styles whose number format is a date: Excel's built-in date formats (14–22, 27–36, 45–47,
 * 50–58), and custom formats that write days, months or years ("d/m/yyyy"), quoted text aside.
 */
function dateStyles(styles: string): Set<number> {
  const custom = new Map<number, string>();
  for (const m of styles.matchAll(/<numFmt\b([^>]*)\/?>/g)) custom.set(Number(attr(m[1]!, 'numFmtId')), decodeXml(attr(m[1]!, 'formatCode') ?? ''));
  const isDate = (id: number) =>
    (id >= 14 && id <= 22) ||
    (id >= 27 && id <= 36) ||
    (id >= 45 && id <= 47) ||
    (id >= 50 && id <= 58) ||
    /[dmy]/i.test((custom.get(id) ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '';
  const dated = new Set<number>();
  [...xfs.matchAll(/<xf\b([^>]*)\/?>/g)].forEach((m, i) => isDate(Number(attr(m[1]!, 'numFmtId') ?? 0)) && dated.add(i));
  return dated;
}

/** The sheet the workbook lists first, by its relationship's target. */
function firstSheetPath(workbook: string, rels: string): string {
  const id = /<sheet\b[^>]*\br:id="([^"]+)"/.exec(workbook)?.[1];
  for (const m of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    if (attr(m[1]!, 'Id') !== id) continue;
    const target = attr(m[1]!, 'Target') ?? '';
    return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  }
  return 'xl/worksheets/sheet1.xml';
}

/** A string's text: all its runs' `<t>`, phonetic guides (`<rPh>`) aside. */
const runsOf = (xml: string) => [...xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((m) => decodeXml(m[1]!)).join('');

const attr = (attrs: string, name: string) => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1];

/** "C12" → 2. */
function columnIndex(ref: string | undefined): number | undefined {
  const letters = ref && /^[A-Z]+/.exec(ref)?.[0];
  if (!letters) return undefined;
  let index = 0;
  for (const c of letters) index = index * 26 + (c.charCodeAt(0) - 64);
  return index - 1;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** A cell as CSV: quoted where it holds a comma, a quote or a line break. */
const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
