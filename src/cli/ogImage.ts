/** The link preview's image for `npm run publish`: the export's card (export/previewCard.ts) rasterised by resvg, with no browser. */
import { Resvg } from '@resvg/resvg-js';
import type { Dataset } from '../data/types';
import { ogImageSvg } from '../export/previewCard';

/** The PNG: the system's fonts, resvg's warnings (a family it cannot find) kept off the CLI's output. */
export function ogImagePng(dataset: Dataset, url: string): Buffer {
  const resvg = new Resvg(ogImageSvg(dataset, url), { font: { loadSystemFonts: true }, logLevel: 'off' });
  return resvg.render().asPng();
}
