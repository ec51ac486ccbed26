/**
 * What the app loads when: each view's shell is a chunk of its own (main.tsx asks for the one the link
 * wants alongside the data), and once the timeline is ready the panels a reader is likely to open
 * next are fetched while the browser is idle.
 */
import { part } from '../ui/lazyPart';
import { detailPart, listPart, shortcutsPart } from '../ui/parts';
import { clusterListPart } from '../timeline/parts';

export const embedPart = part(() => import('../embed/EmbedShell'), (m) => m.EmbedShell);
export const fullPart = part(() => import('./full/FullShell'), (m) => m.FullShell);
export const presenterPart = part(() => import('../present/PresenterShell'), (m) => m.PresenterShell);

export const EmbedShell = embedPart.Component;
export const FullShell = fullPart.Component;
export const PresenterShell = presenterPart.Component;

let prefetched = false;

/** Called once the timeline is drawn. An embed has no list or shortcut sheet to prefetch. */
export function prefetchLazyParts(embed: boolean): void {
  if (prefetched) return;
  prefetched = true;
  const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 200));
  idle(() => {
    const loads = embed ? [detailPart.load, clusterListPart.load] : [detailPart.load, clusterListPart.load, shortcutsPart.load, listPart.load];
    for (const load of loads) load().catch(() => {});
  });
}
