/**
 * The link preview's image (og-image.png, 1200 × 630) for a published folder: the export's own layout
 * and SVG (exportLayout.ts, exportSvg.ts) of the whole dataset, as the app first shows it, fitted to
 * the card. Made in Node by `npm run publish` (rasterised by resvg: src/cli/ogImage.ts) and in the
 * browser by the editor's folder download (previewCardPng). Text is measured by estimate, not by a
 * canvas, so both draw the same: the estimate runs wide, and labels keep clear of each other in
 * whatever font draws them.
 */
import type { Dataset } from '../data/types';
import { COLORS, FONT_FAMILY, type Font } from './drawing';
import { layoutExport } from './exportLayout';
import { escapeXml, exportSvg } from './exportSvg';
import { exportInput, rasterize } from './exportView';
import { createTimelineStore } from '../store/createTimelineStore';
import { OG_IMAGE } from '../ui/publish/sitePage';
import { estimateTextWidth } from '../view/textWidth';

/** Widths the layout may be made at: the one whose drawing fits the card at the largest scale wins. */
const WIDTHS = [800, 1000, 1200, 1500, 1800, 2400];

/**
 * Families resvg can find on each system, before the generic one: it knows no `system-ui` and, on
 * Linux, no Arial (Debian's metric twin is Liberation Sans).
 */
const IMAGE_FONTS = `${FONT_FAMILY.replace(/,\s*sans-serif$/, '')}, "Liberation Sans", "DejaVu Sans", "Noto Sans", sans-serif`;

const f = (n: number) => String(Math.round(n * 100) / 100);

/** The estimate the timeline uses where it has no canvas (7 px a character at 12.5 px), scaled to the font; bold runs wider. */
const estimate = (text: string, font: Font) => estimateTextWidth(text) * (font.size / 12.5) * (font.weight > 400 ? 1.08 : 1);

/** The image as an SVG document of OG_IMAGE's size: the drawing scaled to fit, centred on white. */
export function ogImageSvg(dataset: Dataset, url: string): string {
  const store = createTimelineStore();
  store.getState().setLoaded({ dataset, problems: [] });
  const state = store.getState();
  const fits = WIDTHS.map((width) => {
    const drawing = layoutExport(exportInput(state, width, url), estimate);
    return { drawing, scale: Math.min(OG_IMAGE.width / drawing.width, OG_IMAGE.height / drawing.height) };
  });
  const { drawing, scale } = fits.reduce((best, fit) => (fit.scale > best.scale ? fit : best));
  const w = drawing.width * scale;
  const h = drawing.height * scale;
  // The export's document nested at its place and size, its own root tag (the first line) made anew: its viewBox scales it.
  const body = exportSvg(drawing, dataset.title);
  const nested = `<svg x="${f((OG_IMAGE.width - w) / 2)}" y="${f((OG_IMAGE.height - h) / 2)}" width="${f(w)}" height="${f(h)}" viewBox="0 0 ${drawing.width} ${drawing.height}" font-family="${escapeXml(IMAGE_FONTS)}">`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_IMAGE.width}" height="${OG_IMAGE.height}" viewBox="0 0 ${OG_IMAGE.width} ${OG_IMAGE.height}">`,
    `<rect width="${OG_IMAGE.width}" height="${OG_IMAGE.height}" fill="${COLORS.background}"/>`,
    nested + body.slice(body.indexOf('\n')),
    '</svg>',
  ].join('\n');
}

/** The same image as a PNG in the browser (the editor's folder download). */
export function previewCardPng(dataset: Dataset, url: string): Promise<Blob> {
  return rasterize(ogImageSvg(dataset, url), OG_IMAGE.width, OG_IMAGE.height, 1);
}
