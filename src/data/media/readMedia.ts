/**
 * An event's media, read (issue 22): one item or a list, each checked by its schema, its addresses
 * made safe and its kind known from the dataset or its address (providers.ts). Loaded only with a
 * dataset that has media (validate.ts's MediaReader), so the first view carries none of it.
 */
import * as v from 'valibot';
import { checkRecord, coded, optionalText, text } from '../schema';
import { say, type Report, type Where } from '../problems';
import { isCssColor, safeMediaUrl, safeUrl } from '../safeValues';
import type { Backdrop, Media } from '../types';
import type { MediaReader } from '../validate';
import { MEDIA_KINDS, mediaFacts } from './providers';
import { MAX_PICTURE_PIXELS } from './pictureLimits';

/** One media item (issue 22): TimelineJS's media object, with a kind, a credit's link and a picture's size. */
const MediaSchema = v.object({
  url: text('media url'),
  kind: v.optional(v.picklist(MEDIA_KINDS, coded(say('mediaKind')))),
  credit: optionalText('media credit'),
  creditUrl: optionalText('media creditUrl'),
  caption: optionalText('media caption'),
  alt: optionalText('media alt'),
  thumbnail: optionalText('media thumbnail'),
  width: v.optional(v.pipe(v.number(coded(say('mediaSize'))), v.integer(coded(say('mediaSize'))), v.minValue(1, coded(say('mediaSize'))))),
  height: v.optional(v.pipe(v.number(coded(say('mediaSize'))), v.integer(coded(say('mediaSize'))), v.minValue(1, coded(say('mediaSize'))))),
});

type MediaInput = v.InferOutput<typeof MediaSchema>;

/**
 * The media items with their addresses made safe and their kinds known: an item whose own address is
 * not safe is dropped (and said); an image with no alt text is kept and reported, for its author to
 * describe. Empty captions and credits are absent; none left, no list.
 */
function readMedia(input: unknown, at: (field: string) => Where, report: Report): Media[] | undefined {
  const list = Array.isArray(input);
  const items: unknown[] = list ? input : [input];
  if (items.some((item) => typeof item !== 'object' || item === null)) {
    report('warning', at('media'), say('mediaEntry'));
    return undefined;
  }
  const media: Media[] = [];
  items.forEach((raw, k) => {
    // A lone item's fields are `media.url`; a list's, `media.2.url`.
    const field = (name: string) => at(list ? `media.${k}.${name}` : `media.${name}`);
    const checked = checkRecord(MediaSchema, raw);
    if (!checked.ok) {
      for (const issue of checked.issues) report('warning', field(issue.field || 'url'), say('entryLeftOut', issue.said));
      return;
    }
    const item: MediaInput = checked.value;
    const url = safeMediaUrl(item.url);
    if (url === null) return report('warning', field('url'), say('mediaDropped', item.url));
    const out: Media = { url, kind: item.kind ?? mediaFacts(url).kind };
    for (const key of ['credit', 'caption', 'alt'] as const) if (item[key]?.trim()) out[key] = item[key].trim();
    if (item.creditUrl?.trim()) {
      const link = safeUrl(item.creditUrl);
      if (link === null) report('warning', field('creditUrl'), say('linkDropped', item.creditUrl));
      else out.creditUrl = link;
    }
    if (item.thumbnail?.trim()) {
      const thumbnail = safeMediaUrl(item.thumbnail);
      if (thumbnail === null) report('warning', field('thumbnail'), say('mediaDropped', item.thumbnail));
      else out.thumbnail = thumbnail;
    }
    if (item.width !== undefined && item.height !== undefined) {
      // A picture that says it is past what is shown (limits.ts) is not drawn at all.
      if (out.kind === 'image' && item.width * item.height > MAX_PICTURE_PIXELS)
        return report('warning', field('width'), say('pictureTooLarge', item.width, item.height, MAX_PICTURE_PIXELS / 1e6));
      out.width = item.width;
      out.height = item.height;
    } else if (item.width !== undefined || item.height !== undefined) report('warning', field(item.width === undefined ? 'width' : 'height'), say('mediaSize'));
    if (out.kind === 'image' && !out.alt) report('warning', field('alt'), say('mediaNoAlt'));
    media.push(out);
  });
  return media.length ? media : undefined;
}

/**
 * A backdrop: TimelineJS's slide `background` (`{ color, url }`), or a colour or an address alone. What
 * is not a colour or a safe address is said and left out.
 */
function readBackdrop(input: unknown, at: (field: string) => Where, report: Report): Backdrop | undefined {
  const given = typeof input === 'string' ? (isCssColor(input.trim()) ? { color: input } : { url: input }) : input;
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    report('warning', at('backdrop'), say('backdropEntry'));
    return undefined;
  }
  const { color, url } = given as { color?: unknown; url?: unknown };
  const out: Backdrop = {};
  if (typeof color === 'string' && isCssColor(color.trim())) out.color = color.trim();
  else if (color !== undefined && color !== '') report('warning', at('backdrop.color'), say('notAColour', JSON.stringify(color)));
  const address = typeof url === 'string' && url.trim() ? safeMediaUrl(url) : undefined;
  if (address) out.url = address;
  else if (url !== undefined && url !== '') report('warning', at('backdrop.url'), say('mediaDropped', typeof url === 'string' ? url : JSON.stringify(url)));
  return out.color || out.url ? out : undefined;
}

/** The media reader the parsers pass to validation (validate.ts): a record's media and backdrop, added to it when there are any. */
export const mediaReader: MediaReader = (from, at, report, to) => {
  const media = from.media === undefined ? undefined : readMedia(from.media, at, report);
  const backdrop = from.backdrop === undefined ? undefined : readBackdrop(from.backdrop, at, report);
  const { thumbnails } = from;
  if (thumbnails !== undefined && typeof thumbnails !== 'boolean')
    report(
      'warning',
      at('thumbnails'),
      say('settingValue', 'thumbnails', typeof thumbnails === 'string' ? thumbnails : JSON.stringify(thumbnails), 'true, false'),
    );
  return { ...to, ...(media ? { media } : {}), ...(backdrop ? { backdrop } : {}), ...(thumbnails === true ? { thumbnails } : {}) };
};
