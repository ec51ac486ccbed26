/**
 * A file's bytes as text, in the encoding spreadsheets actually write: UTF-8 with or without a
 * byte-order mark, UTF-16 (Excel's "Unicode text", little-endian with a mark; either order without
 * one is told by its zero bytes), and Windows-1252 (Excel's "CSV" on Western Windows), which is what
 * a file is when it is not valid UTF-8. Pure: TextDecoder is in every browser, worker and Node.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * What the first bytes say. A byte-order mark settles it; without one, text that is mostly ASCII
 * written as UTF-16 has a zero in every other byte (odd places: little-endian, even: big-endian).
 * Anything else is read as UTF-8 first (`decodeBytes` falls back to Windows-1252).
 */
export function sniffEncoding(head: Uint8Array): TextEncodingName {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  const n = Math.min(head.length, 512) & ~1;
  if (n >= 4) {
    let evenZeros = 0;
    let oddZeros = 0;
    for (let i = 0; i < n; i += 2) {
      if (head[i] === 0) evenZeros++;
      if (head[i + 1] === 0) oddZeros++;
    }
    const pairs = n / 2;
    if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.1) return 'utf-16le';
    if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.1) return 'utf-16be';
  }
  return 'utf-8';
}

/** The bytes as text, and the encoding they were read in; a byte-order mark is dropped. */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const encoding = sniffEncoding(bytes);
  if (encoding !== 'utf-8') return { text: new TextDecoder(encoding).decode(bytes), encoding };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding };
  } catch {
    return { text: windows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Windows-1252's characters for the bytes 0x80–0x9F (the rest is Latin-1); its five holes stay C1 controls, as in WHATWG's table. */
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * Bytes that are not UTF-8, read as Windows-1252. By table rather than TextDecoder: Node's decoder
 * reads that label as Latin-1, so the CLI would turn Excel's curly quotes and € into control characters.
 */
function windows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    let s = '';
    for (const b of chunk) s += b >= 0x80 && b < 0xa0 ? HIGH[b - 0x80]! : String.fromCharCode(b);
    parts.push(s);
  }
  return parts.join('');
}
