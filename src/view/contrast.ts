/**
 * WCAG contrast for a reader-chosen accent: the colour is darkened (on light) or lightened (on dark)
 * just enough to reach 4.5:1 against the background, so `accent=` can never make links unreadable.
 */
export function parseHex(hex: string): [number, number, number] | null {
  const h = hex.replace(/^#/, '');
  if (!/^(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(h)) return null;
  const full = h.length === 3 ? h.replace(/./g, (c) => c + c) : h;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

export function toHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b]
    .map((v) =>
      Math.round(Math.min(255, Math.max(0, v)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [parseHex(a), parseHex(b)].map((c) => (c ? luminance(c) : 0)) as [number, number];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The accent itself if it already reads on `background`; else the nearest shade towards black or white that does. */
export function readableOn(accent: string, background: string, minimum = 4.5): string {
  const rgb = parseHex(accent);
  const bg = parseHex(background);
  if (!rgb || !bg) return accent;
  const towards = luminance(bg) > 0.5 ? 0 : 255;
  for (let t = 0; t <= 1.0001; t += 0.02) {
    const mixed = rgb.map((v) => v + (towards - v) * t) as [number, number, number];
    if (contrastRatio(toHex(mixed), background) >= minimum) return toHex(mixed);
  }
  return towards === 0 ? '#000000' : '#ffffff';
}

export const LIGHT_BG = '#ffffff';
export const DARK_BG = '#12161d';
