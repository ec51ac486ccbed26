/**
 * The entry, kept tiny on purpose: it asks for the shared core and for the shell of the view the link
 * wants (the full page or the embed) at the same time, so neither waits on the other; the dataset is
 * already on its way (the bundled one through a preload link, a linked one by an inline script).
 */
import './styles.css';
import type { EarlyFetch } from './data/datasetUrl';
import { EARLY_FETCH_GLOBAL } from '../build/earlyFetch';

const has = (param: string) => new RegExp(`[?&]${param}=1(?:&|$)`).test(location.search);

// A linked dataset was requested by the page's first, inline script (build/earlyFetch.ts).
const early = (window as unknown as Record<typeof EARLY_FETCH_GLOBAL, EarlyFetch | undefined>)[EARLY_FETCH_GLOBAL] ?? null;
if (!has('builder')) {
  // The editor's shell comes with boot (app/parts.ts): naming its chunks here would cost every reader bytes.
  if (!has('edit')) void (has('embed') ? import('./embed/EmbedShell') : has('present') ? import('./present/PresenterShell') : import('./app/full/FullShell'));
  // Phones get the vertical timeline (below 560 px, as in Timeline.tsx): fetch it now too.
  // Wider screens (and the presenter, always horizontal) get the lanes instead.
  if (!has('present') && !has('edit') && (innerWidth < 560 || /[?&]orientation=vertical(?:&|$)/.test(location.search)))
    void import('./timeline/vertical/VerticalTimelineSvg');
  else void import('./timeline/lanes/kit');
}
void import('./boot').then((m) => m.boot(early));
