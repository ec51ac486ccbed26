/**
 * The dataset's pictures, fetched to go inside a published single file (issue 22), as data: URLs by
 * their address: pictures, thumbnails and backdrops. Only what the browser may read (the page's own
 * site, or a host that allows it: CORS) and no larger than a picture is shown (data/media/pictureLimits.ts); the
 * rest stay out, counted, and show their alt text in the file.
 */
import type { Dataset } from '../data/types';
import { imageSource } from '../data/media/providers';
import { isPicture } from '../ui/media/firstPicture';
import { allMedia, backdropUrls } from '../data/media/allMedia';
import { MAX_PICTURE_BYTES } from '../data/media/pictureLimits';
import { mediaUrl } from '../ui/media/mediaUrl';

export interface Carried {
  pictures: Record<string, string>;
  /** Pictures that could not be read. */
  missed: number;
}

export async function carryPictures(dataset: Dataset): Promise<Carried> {
  const media = allMedia(dataset);
  const addresses = [
    ...new Set([
      ...media.filter(isPicture).map((m) => imageSource(m.url)),
      ...media.flatMap((m) => (m.thumbnail ? [m.thumbnail] : [])),
      ...backdropUrls(dataset),
    ]),
  ];
  const pictures: Record<string, string> = {};
  let missed = 0;
  await Promise.all(
    addresses.map(async (address) => {
      try {
        const response = await fetch(mediaUrl(address));
        // Too large by its own account: left unread.
        if (Number(response.headers.get('content-length')) > MAX_PICTURE_BYTES) {
          void response.body?.cancel();
          throw new Error('too large');
        }
        const blob = await response.blob();
        if (!response.ok || blob.size > MAX_PICTURE_BYTES || !/^image\/(?:png|jpeg|gif|webp|avif)$/.test(blob.type)) throw new Error(blob.type);
        pictures[address] = await asDataUrl(blob);
      } catch {
        missed++;
      }
    }),
  );
  return { pictures, missed };
}

const asDataUrl = (blob: Blob) =>
  new Promise<string>((done, fail) => {
    const reader = new FileReader();
    reader.addEventListener('load', () => done(reader.result as string));
    reader.addEventListener('error', () => fail(reader.error));
    reader.readAsDataURL(blob);
  });
