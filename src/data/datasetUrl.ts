/** Which dataset a link asks for, shared by the entry (which starts the fetch) and the boot. */
import bundledUrl from '../../data/events.json?url';
import { sheetsCsvUrl } from './sheetsUrl';

export { bundledUrl };

/** ?data= may name another dataset, over http(s) or relative to this page; anything else is ignored. */
export function datasetUrl(requested: string | null | undefined): string {
  if (!requested) return bundledUrl;
  try {
    const url = new URL(requested, location.href);
    // A Google Sheets link as copied from the browser reads as its CSV.
    if (url.protocol === 'http:' || url.protocol === 'https:') return sheetsCsvUrl(url.href) ?? url.href;
  } catch {
    /* fall through */
  }
  console.warn(`Chronicle: ignoring data=${JSON.stringify(requested)}; it must be an http(s) URL`);
  return bundledUrl;
}

/** A fetch the entry script started before the app's code arrived (see main.tsx), and the way to stop it. */
export interface EarlyFetch {
  url: string;
  response: Promise<Response>;
  abort?: () => void;
}
