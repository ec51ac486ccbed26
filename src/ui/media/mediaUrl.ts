/**
 * A media address as the browser fetches it. A path (`img/photo.jpg`) is the dataset's, as in
 * TimelineJS: read against the dataset's own address when the page was opened on one (`?data=`),
 * so a dataset linked from another site finds its pictures beside it; a dataset of this page (the
 * bundled one, a published folder's, a file) reads it against the page. Absolute addresses are as given.
 * A published single file may carry its pictures inside it: those are drawn from there.
 */
import { useCallback, useMemo } from 'react';
import { linkedData } from '../../io/viewLink';
import { useTimeline } from '../../store/StoreContext';

/** The element a published single file keeps its pictures in (ui/publish/singleFile.ts writes it). */
export const PICTURES_ELEMENT_ID = 'chronicle-pictures';

let carried: Record<string, string> | undefined;

/** The pictures a published single file carries inside it (ui/publish/singleFile.ts), by their address. */
function carriedPictures(): Record<string, string> {
  if (carried) return carried;
  try {
    const parsed: unknown = JSON.parse(document.getElementById(PICTURES_ELEMENT_ID)?.textContent || '{}');
    carried = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {};
  } catch {
    carried = {};
  }
  return carried;
}

/**
 * `data` is the dataset's address paths are read against: the page's `?data=` unless given (a web
 * component's is its `src`: useMediaUrl); none, the page's own.
 */
export function mediaUrl(address: string, data: string | undefined = linkedData()): string {
  // Only a picture's own bytes, as the file's author put them in: nothing else is read as a data: URL.
  const inside = carriedPictures()[address];
  if (typeof inside === 'string' && /^data:image\/(?:png|jpeg|gif|webp|avif);base64,/.test(inside)) return inside;
  if (!data || /^[a-z][a-z\d+.-]*:/i.test(address)) return address;
  try {
    const resolved = new URL(address, new URL(data, location.href));
    // Only where the policy lets a picture come from: https:, or this page's own site.
    return resolved.protocol === 'https:' || resolved.origin === location.origin ? resolved.href : address;
  } catch {
    return address;
  }
}

/**
 * mediaUrl for the timeline this component draws: a web component's dataset is its `src` (the `data`
 * of its link, the store's `link`, absolute), read once per link; none, its page's own.
 */
export function useMediaUrl(): (address: string) => string {
  const link = useTimeline((s) => s.link);
  const data = useMemo(() => (link ? (new URL(link).searchParams.get('data') ?? '') : undefined), [link]);
  return useCallback((address: string) => mediaUrl(address, data), [data]);
}
