/**
 * The only code that talks to a host page. Posts `chronicle:resize` (and AMP's `embed-size`)
 * whenever the content height changes and `chronicle:select` when the selection changes; acts on
 * `chronicle:select` from the parent frame and on nothing else.
 */
import type { TimelineStore } from '../store/createTimelineStore';
import { isSelectMessage, resizeMessages } from './messages';

export function startEmbedBridge(store: TimelineStore, content: HTMLElement): () => void {
  const host = window.parent;
  if (host === window) return () => {};
  // The data are event ids and a height, nothing private: any host origin may receive them.
  const post = (message: object) => host.postMessage(message, '*');

  let lastHeight = -1;
  const measure = () => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    for (const message of resizeMessages(height)) post(message);
  };
  const observer = new ResizeObserver(measure);
  observer.observe(content);
  measure();

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.selectedId !== prev.selectedId) post({ type: 'chronicle:select', id: s.selectedId });
  });
  const onMessage = (event: MessageEvent) => {
    if (event.source !== host || !isSelectMessage(event.data)) return;
    store.getState().select(event.data.id);
  };
  window.addEventListener('message', onMessage);
  return () => {
    observer.disconnect();
    unsubscribe();
    window.removeEventListener('message', onMessage);
  };
}
