/**
 * A media address as the browser fetches it. A path (`img/photo.jpg`) is the dataset's, as in
 * TimelineJS: read against the dataset's own address when the page was opened on one (`?data=`),
 * so a dataset linked from another site finds its pictures beside it; a dataset of this page (the
 * bundled one, a published folder's, a file) reads it against the page. Absolute addresses are as given.
 */
import { linkedData } from '../../io/viewLink';

export function mediaUrl(address: string): string {
  const data = linkedData();
  if (!data || /^[a-z][a-z\d+.-]*:/i.test(address)) return address;
  try {
    const resolved = new URL(address, new URL(data, location.href));
    // Only where the policy lets a picture come from: https:, or this page's own site.
    return resolved.protocol === 'https:' || resolved.origin === location.origin ? resolved.href : address;
  } catch {
    return address;
  }
}
