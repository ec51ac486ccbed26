/**
 * Parts that the first screen does not draw, split out of the first-view bundle (budget: 120 KB
 * gzipped). Once the timeline is ready they are fetched while the browser is idle. A part whose chunk
 * has arrived renders directly, never through Suspense: React 19 holds back a suspended reveal by
 * ~300 ms, which a reader would feel on every first click.
 */
import { createElement, lazy, useEffect, useState, type ComponentType } from 'react';

interface Part<P> {
  Component: ComponentType<P>;
  load: () => Promise<unknown>;
  /** The component itself once its chunk is in (for beforeprint, where nothing may suspend). */
  loaded: () => ComponentType<P> | undefined;
}

function part<M, P extends object>(importer: () => Promise<M>, pick: (m: M) => ComponentType<P>): Part<P> {
  let component: ComponentType<P> | undefined;
  const load = () => importer().then((m) => (component = pick(m)));
  const Lazy = lazy(() => load().then((c) => ({ default: c })));
  const Component = (props: P) => createElement((component ?? Lazy) as ComponentType<P>, props);
  return { Component, load, loaded: () => component };
}

/**
 * A part's component once loaded, undefined until then; asks for it after the timeline is ready
 * and re-renders when it arrives. For pieces that may appear a moment later without a suspense pause.
 */
export function useAfterReady<P>(p: Part<P>, ready: boolean): ComponentType<P> | undefined {
  const [component, setComponent] = useState(() => p.loaded());
  useEffect(() => {
    if (!ready || component) return;
    let live = true;
    // After the frame that shows the timeline, not inside it.
    const handle = requestAnimationFrame(() =>
      setTimeout(() => p.load().then(() => live && setComponent(() => p.loaded()), () => {}), 0),
    );
    return () => {
      live = false;
      cancelAnimationFrame(handle);
    };
  }, [p, ready, component]);
  return component;
}

export const detailPart = part(() => import('./ui/DetailPanel'), (m) => m.DetailPanel);
export const listPart = part(() => import('./ui/ListView'), (m) => m.ListView);
export const openDatasetPart = part(() => import('./ui/OpenDataset'), (m) => m.OpenDataset);
export const shortcutsPart = part(() => import('./ui/ShortcutSheet'), (m) => m.ShortcutSheet);
export const problemsPart = part(() => import('./ui/ProblemList'), (m) => m.ProblemList);
export const noticesPart = part(() => import('./ui/Notices'), (m) => m.Notices);
export const clusterListPart = part(() => import('./timeline/ClusterList'), (m) => m.ClusterList);
/** The two page shells: main.tsx fetches the one the link asks for alongside the data. */
export const embedPart = part(() => import('./embed/EmbedShell'), (m) => m.EmbedShell);
export const fullPart = part(() => import('./ui/FullShell'), (m) => m.FullShell);
/** The overview strip and its brush: fetched once the timeline is ready (it is not needed to draw it). */
export const overviewPart = part(() => import('./timeline/Overview'), (m) => m.Overview);
export const presenterPart = part(() => import('./present/PresenterShell'), (m) => m.PresenterShell);
/** The vertical timeline: fetched at start-up on narrow screens, otherwise only if the page is narrowed. */
export const verticalPart = part(() => import('./timeline/VerticalTimelineSvg'), (m) => m.VerticalTimeline);

export const DetailPanel = detailPart.Component;
export const ListView = listPart.Component;
export const ShortcutSheet = shortcutsPart.Component;
export const OpenDataset = openDatasetPart.Component;
export const ProblemList = problemsPart.Component;
export const Notices = noticesPart.Component;
export const ClusterList = clusterListPart.Component;
export const EmbedShell = embedPart.Component;
export const FullShell = fullPart.Component;
export const PresenterShell = presenterPart.Component;
export const VerticalTimeline = verticalPart.Component;

let prefetched = false;

/** Called once the timeline is ready. An embed has no list or shortcut sheet to prefetch. */
export function prefetchLazyParts(embed: boolean): void {
  if (prefetched) return;
  prefetched = true;
  const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 200));
  idle(() => {
    const loads = embed ? [detailPart.load, clusterListPart.load] : [detailPart.load, clusterListPart.load, shortcutsPart.load, listPart.load];
    for (const load of loads) load().catch(() => {});
  });
}
