/** A file the reader opened or dropped, as text in whatever encoding a spreadsheet wrote it (data/formats/decodeText.ts). */
export async function readFileText(file: Blob): Promise<string> {
  // The decoder comes with the CSV reader's chunk, not with the first view.
  const [bytes, { decodeBytes }] = await Promise.all([file.arrayBuffer(), import('../data/formats/decodeText')]);
  return decodeBytes(new Uint8Array(bytes)).text;
}
