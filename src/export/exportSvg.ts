/**
 * A laid-out drawing (drawing.ts) as standalone SVG text. Only presentation attributes, never a
 * `style` attribute or element: the page's Content-Security-Policy (`style-src 'self'`) refuses
 * inline styles, and an SVG drawn into an image from a blob: URL inherits that policy, so each
 * styled element logged a violation (126 per export) and lost its style in the PNG. Dataset text
 * is escaped as XML text, never parsed as markup; links are kept only for http, https and mailto.
 */
import { shapePath } from '../view/shapes';
import { FONT_FAMILY, type ExportDrawing, type Item } from './drawing';

const f = (n: number) => String(Math.round(n * 100) / 100);

/** `fontFamily`: the page's stack, so text in any script is set in the fonts the reader saw it in. */
export function exportSvg(drawing: ExportDrawing, title: string, fontFamily = FONT_FAMILY): string {
  const { width, height } = drawing;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${f(width)}" height="${f(height)}" viewBox="0 0 ${f(width)} ${f(height)}" font-family="${escapeXml(fontFamily)}">`,
    `<title>${escapeXml(title)}</title>`,
    ...drawing.items.map(drawItem),
    '</svg>',
  ].join('\n');
}

function drawItem(item: Item): string {
  switch (item.kind) {
    case 'rect':
      return `<rect x="${f(item.x)}" y="${f(item.y)}" width="${f(item.width)}" height="${f(item.height)}" fill="${color(item.fill)}"/>`;
    case 'line':
      return `<line x1="${f(item.x1)}" y1="${f(item.y1)}" x2="${f(item.x2)}" y2="${f(item.y2)}" stroke="${color(item.stroke)}" stroke-width="${f(item.width)}"${item.dash ? ` stroke-dasharray="${item.dash}"` : ''}/>`;
    case 'mark': {
      const paint = item.hollow
        ? `fill="#ffffff" stroke="${color(item.fill)}" stroke-width="2"`
        : `fill="${color(item.fill)}" stroke="#ffffff" stroke-width="1"`;
      return `<path transform="translate(${f(item.x)},${f(item.y)})" d="${shapePath(item.shape, item.r)}" ${paint}/>`;
    }
    case 'text': {
      const runs = item.runs.map((r) => (item.runs.length === 1 ? escapeXml(r.text) : `<tspan fill="${color(r.fill)}">${escapeXml(r.text)}</tspan>`)).join('');
      const fill = color(item.runs[0]?.fill ?? '#000000');
      // Right to left, `start` is the line's right end (drawing.ts mirrorDrawing).
      const anchor = `${item.anchor === 'end' ? ' text-anchor="end"' : ''}${item.rtl ? ' direction="rtl"' : ''}`;
      // A halo in the background's colour keeps grid lines and period edges from running through the letters.
      const halo = ' stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke"';
      const text = `<text x="${f(item.x)}" y="${f(item.y)}" font-size="${item.font.size}" font-weight="${item.font.weight}" fill="${fill}"${halo}${anchor} xml:space="preserve">${runs}</text>`;
      const href = safeHref(item.href);
      return href ? `<a href="${escapeXml(href)}">${text}</a>` : text;
    }
  }
}

/** A link target only if it is http, https or mailto; anything else (javascript:, data:, …) is dropped. */
export function safeHref(href: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Colours come from the dataset too (an actor's colour): only a plain #hex reaches the file. */
const color = (c: string) => (/^#[0-9a-f]{3,8}$/i.test(c) ? c : '#6b7280');

export function escapeXml(s: string): string {
  return (
    s
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // Characters XML 1.0 forbids (controls other than tab and newline) would make the file unreadable.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
  );
}
