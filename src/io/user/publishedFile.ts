/**
 * Where a published single file (ui/publish/singleFile.ts) carries its dataset, and reading it back:
 * a page made by Chronicle opens again in Chronicle (Open…, a drop, the editor) as its dataset.
 */
export const DATA_ELEMENT_ID = 'chronicle-data';
export const DATA_ELEMENT_START = `<script type="application/json" id="${DATA_ELEMENT_ID}">`;

/** The dataset a published single file carries, or null when the text is not one. */
export function datasetTextOf(html: string): string | null {
  const start = html.indexOf(DATA_ELEMENT_START);
  if (start < 0 || !/^\s*<!doctype html/i.test(html.slice(0, 200))) return null;
  const from = start + DATA_ELEMENT_START.length;
  const end = html.indexOf('</script>', from);
  const text = end < 0 ? '' : html.slice(from, end).trim();
  return text ? text : null;
}
