/**
 * The entry, kept tiny on purpose: it asks for the shared core and for the shell of the view the link
 * wants (the full page or the embed) at the same time, so neither waits on the other; the dataset is
 * already on its way (the bundled one through a preload link, a linked one fetched right here).
 */
import './styles.css';
import type { EarlyFetch } from './data/datasetUrl';

const has = (param: string) => new RegExp(`[?&]${param}=1(?:&|$)`).test(location.search);

/**
 * A linked dataset is requested right here, before the app's code has arrived, so downloading a large
 * file overlaps downloading and starting the app. Only a hint: boot uses it if it agrees on the URL.
 */
function startDatasetFetch(): EarlyFetch | null {
  const requested = new URLSearchParams(location.search).get('data');
  if (!requested || has('builder')) return null;
  try {
    const url = new URL(requested, location.href);
    if (url.protocol === 'http:' || url.protocol === 'https:') return { url: url.href, response: fetch(url.href) };
  } catch {
    /* boot explains what is wrong with the link */
  }
  return null;
}
const early = startDatasetFetch();
if (!has('builder')) {
  void (has('embed') ? import('./embed/EmbedShell') : has('present') ? import('./present/PresenterShell') : import('./ui/FullShell'));
  // Phones get the vertical timeline (below 560 px, as in Timeline.tsx): fetch it now too.
  if (innerWidth < 560 || /[?&]orientation=vertical(?:&|$)/.test(location.search)) void import('./timeline/VerticalTimelineSvg');
}
void import('./boot').then((m) => m.boot(early));
