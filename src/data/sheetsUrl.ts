/**
 * A Google Sheets link as people copy it, turned into the address of its CSV: the share link
 * (`…/spreadsheets/d/ID/edit#gid=N`, `/view`, `?usp=sharing`) becomes `…/d/ID/export?format=csv&gid=N`,
 * and a "Publish to web" link (`…/d/e/PUBID/pubhtml`, `/pub?output=html`) becomes
 * `…/d/e/PUBID/pub?output=csv` (with its sheet's gid). Links that are already CSV, and every other
 * address, are left as they are (null). Pure; in the first view, so one expression.
 */
const SHEETS = 'https://docs.google.com/spreadsheets/d/';

export function sheetsCsvUrl(href: string): string | null {
  const m = /^https:\/\/docs\.google\.com\/spreadsheets\/d\/(e\/)?([\w-]+)(?:\/\w*)?\/?(\?[^#]*)?(#.*)?$/.exec(href);
  if (!m) return null;
  const query = new URLSearchParams(m[3]);
  const gid = query.get('gid') ?? /gid=(\d+)/.exec(m[4] ?? '')?.[1];
  if (m[1]) return query.get('output') === 'csv' ? null : `${SHEETS}e/${m[2]}/pub?${gid ? `gid=${gid}&single=true&` : ''}output=csv`;
  return query.get('format') === 'csv' ? null : `${SHEETS}${m[2]}/export?format=csv${gid ? `&gid=${gid}` : ''}`;
}

/** Whether a dataset's address is a Google Sheet's: its file name ("pub", "export") says nothing, so it is not the title. */
export const isSheetsUrl = (href: string): boolean => href.startsWith(SHEETS);
