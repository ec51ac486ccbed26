/** A file the reader opened or dropped, as text in whatever encoding a spreadsheet wrote it (data/formats/decodeText.ts). */
export async function readFileText(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  // An Excel workbook: its first sheet as CSV. Its reader and fflate come only for a workbook.
  if (isZip(bytes)) {
    const sheet = (await import('../../data/workbook/readWorkbook')).workbookText(bytes);
    if (sheet !== null) return sheet;
  }
  // The decoder comes with the CSV reader's chunk, not with the first view.
  const { decodeBytes } = await import('../../data/formats/decodeText');
  return decodeBytes(bytes).text;
}

/** A zip archive's first bytes, "PK\x03\x04": an .xlsx (or .ods, which its reader declines). */
export const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
