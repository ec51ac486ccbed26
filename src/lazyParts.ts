/**
 * Parts that the first screen does not draw, split out of the first-view bundle (budget: 120 KB
 * gzipped). Once the timeline is ready they are fetched while the browser is idle, so opening
 * details or a list never waits on the network.
 */
import { lazy } from 'react';

const loaders = {
  detail: () => import('./ui/DetailPanel'),
  list: () => import('./ui/ListView'),
  shortcuts: () => import('./ui/ShortcutSheet'),
  problems: () => import('./ui/ProblemList'),
  clusterList: () => import('./timeline/ClusterList'),
};

/** Only embeds load this; it is not prefetched by the full view. */
export const EmbedShell = lazy(() => import('./embed/EmbedShell').then((m) => ({ default: m.EmbedShell })));

export const DetailPanel = lazy(() => loaders.detail().then((m) => ({ default: m.DetailPanel })));
export const ListView = lazy(() => loaders.list().then((m) => ({ default: m.ListView })));
export const ShortcutSheet = lazy(() => loaders.shortcuts().then((m) => ({ default: m.ShortcutSheet })));
export const ProblemList = lazy(() => loaders.problems().then((m) => ({ default: m.ProblemList })));
export const ClusterList = lazy(() => loaders.clusterList().then((m) => ({ default: m.ClusterList })));

let listModule: typeof import('./ui/ListView') | undefined;

/**
 * The list component itself once its chunk has arrived. Printing renders it synchronously in
 * `beforeprint`, where React.lazy would still suspend once and print its fallback.
 */
export const loadedListView = () => listModule?.ListView;

export function prefetchLazyParts(): void {
  const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 200));
  idle(() => {
    for (const load of Object.values(loaders)) load().catch(() => {});
    loaders.list().then((m) => (listModule = m), () => {});
  });
}
