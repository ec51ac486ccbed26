/** A file's text for the CLI, as the app reads one: an Excel workbook's first sheet as CSV, else its text in whatever encoding. */
import { decodeBytes } from '../data/formats/decodeText';
import { workbookText } from '../data/workbook/readWorkbook';
import { isZip } from '../io/user/readFileText';

export function fileText(bytes: Uint8Array): string {
  return (isZip(bytes) ? workbookText(bytes) : null) ?? decodeBytes(bytes).text;
}
