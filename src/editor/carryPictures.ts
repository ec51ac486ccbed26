/**
 * The dataset's pictures, fetched to go inside a published single file (issue 22), as data: URLs by
 * their address. Only what the browser may read: the page's own site, or a host that allows it
 * (CORS); the rest stay out, counted, and show their alt text in the file.
 */
import type { Dataset } from '../data/types';
import { imageSource } from '../data/media/providers';
import { isPicture } from '../ui/media/firstPicture';
import { mediaUrl } from '../ui/media/mediaUrl';

export interface Carried {
  pictures: Record<string, string>;
  /** Pictures that could not be read. */
  missed: number;
}

export async function carryPictures(dataset: Dataset): Promise<Carried> {
  const addresses = [...new Set(dataset.events.flatMap((e) => (e.media ?? []).filter(isPicture).map((m) => imageSource(m.url))))];
  const pictures: Record<string, string> = {};
  let missed = 0;
  await Promise.all(
    addresses.map(async (address) => {
      try {
        const response = await fetch(mediaUrl(address));
        const blob = await response.blob();
        if (!response.ok || !/^image\/(?:png|jpeg|gif|webp|avif)$/.test(blob.type)) throw new Error(blob.type);
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
