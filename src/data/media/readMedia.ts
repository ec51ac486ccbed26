/**
 * An event's media, read (issue 22): one item or a list, each checked by its schema, its addresses
 * made safe and its kind known from the dataset or its address (providers.ts). Loaded only with a
 * dataset that has media (validate.ts's MediaReader), so the first view carries none of it.
 */
import * as v from 'valibot';
import { checkRecord, coded, optionalText, text } from '../schema';
import { say, type Report } from '../problems';
import { safeMediaUrl, safeUrl } from '../safeValues';
import type { Media, RecordPath } from '../types';
import type { MediaReader } from '../validate';
import { MEDIA_KINDS, mediaFacts } from './providers';

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
export const readMedia: MediaReader = (input: unknown, at: (field: string) => RecordPath, report: Report): Media[] | undefined => {
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
      out.width = item.width;
      out.height = item.height;
    } else if (item.width !== undefined || item.height !== undefined) report('warning', field(item.width === undefined ? 'width' : 'height'), say('mediaSize'));
    if (out.kind === 'image' && !out.alt) report('warning', field('alt'), say('mediaNoAlt'));
    media.push(out);
  });
  return media.length ? media : undefined;
};
