/**
 * Whether a loaded picture is past what Chronicle shows (data/media/pictureLimits.ts): by its pixels, and by its
 * bytes where the browser may tell them (the page's own site, or a host that sends
 * Timing-Allow-Origin; others report 0 and are judged by their pixels alone).
 */
import { MAX_PICTURE_BYTES, MAX_PICTURE_PIXELS } from '../../data/media/pictureLimits';

export function tooLarge(img: HTMLImageElement): boolean {
  if (img.naturalWidth * img.naturalHeight > MAX_PICTURE_PIXELS) return true;
  const timing = performance.getEntriesByName(img.currentSrc || img.src).at(-1) as PerformanceResourceTiming | undefined;
  return (timing?.encodedBodySize ?? 0) > MAX_PICTURE_BYTES;
}

/** The limits as a reader is told them: whole MB and megapixels. */
export const PICTURE_LIMITS = [MAX_PICTURE_BYTES / 1024 / 1024, MAX_PICTURE_PIXELS / 1e6] as const;
