/**
 * A link as a QR code: uqr (ESM, no dependencies, a port of Nayuki's reference encoder) gives the
 * module matrix; we draw it as one SVG path, so nothing needs a canvas or a data: URL under the page's
 * Content-Security-Policy. Pure; loaded only when the presenter asks for the code.
 */
import { encode } from 'uqr';

export interface QrMatrix {
  /** 1–40: how many modules a side has is 17 + 4 × version. */
  version: number;
  /** Modules a side, without the quiet zone. */
  size: number;
  /** Rows of modules, `true` dark; e.g. [[true, true, …], …]. */
  dark: boolean[][];
}

/** The spec's quiet zone: four light modules on every side, which phone cameras need to find the code. */
export const QUIET_ZONE = 4;

/** Level M (15% may be lost) reads from across a room and keeps a long link at a modest version. */
export function qrMatrix(text: string): QrMatrix {
  const { version, size, data } = encode(text, { ecc: 'M', border: 0 });
  return { version, size, dark: data };
}

/** The dark modules as one path in module units, offset by the quiet zone: a run of a row is one rectangle. */
export function qrPath({ dark }: QrMatrix, quiet = QUIET_ZONE): string {
  let d = '';
  dark.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x++;
      d += `M${start + quiet} ${y + quiet}h${x - start + 1}v1h${-(x - start + 1)}z`;
    }
  });
  return d;
}

/** How many dark modules the matrix has: what the drawn path must cover. */
export const darkModules = ({ dark }: QrMatrix) => dark.reduce((n, row) => n + row.filter(Boolean).length, 0);
