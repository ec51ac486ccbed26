/**
 * Offline for classrooms (issue 21): registers the service worker the build writes (build/
 * serviceWorker.ts), hands it the dataset this page showed before the worker looked after it, and
 * tells the reader when the page runs without a network. Loaded when the page is idle after the first
 * draw; never in an embed (someone else's page), in a published single file, or on the dev server.
 */
import type { TimelineStore } from '../../store/createTimelineStore';
import { linkedData } from '../../io/viewLink';
import { datasetUrl } from '../../data/datasetUrl';

let started = false;

export function keepOffline(store: TimelineStore): void {
  if (started || !('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  started = true;
  const offline = () => store.getState().addNotice({ kind: 'offline' });
  if (!navigator.onLine) offline();
  addEventListener('offline', offline);
  addEventListener('online', () => store.getState().dismissNotice('offline'));
  // The worker knows better than navigator.onLine (true on any attached network, and in some browsers
  // whatever the network): it says whether this page came from its cache for want of one.
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<unknown>) => {
    const said = event.data as { offline?: unknown } | null;
    if (said?.offline === true) offline();
  });
  navigator.serviceWorker.controller?.postMessage({ ask: 'offline' });
  navigator.serviceWorker.register('./sw.js').then(
    async () => {
      const ready = await navigator.serviceWorker.ready;
      const data = linkedData();
      if (data) ready.active?.postMessage({ keep: datasetUrl(data) });
    },
    // No worker (a private window that refuses one, a browser policy): the page works as before.
    () => {},
  );
}
