/** The timeline's own later parts: the overview strip with its brush, the list behind a badge, the vertical timeline. */
import { useEffect, useState } from 'react';
import { part } from '../ui/lazyPart';

/** The overview strip and its brush: fetched once the timeline is ready (it is not needed to draw it). */
export const overviewPart = part(
  () => import('./overview/Overview'),
  (m) => m.Overview,
);
export const clusterListPart = part(
  () => import('./clusters/ClusterList'),
  (m) => m.ClusterList,
);
/** The vertical timeline: fetched at start-up on narrow screens, otherwise only if the page is narrowed. */
export const verticalPart = part(
  () => import('./vertical/VerticalTimelineSvg'),
  (m) => m.VerticalTimeline,
);

/** The axis's fold buttons and toggle: fetched the frame after the timeline is drawn (the breaks themselves draw at once). */
export const foldControlsPart = part(
  () => import('./folds/FoldControls'),
  (m) => m.FoldControls,
);

/**
 * What the timeline says while a dataset is on its way, or once it failed: asked for on the first
 * render that needs it, alongside a download that takes longer (a dataset that arrives at once never
 * needs it, and the first view does not carry it).
 */
export const loadingPart = part(
  () => import('./loading/LoadingState'),
  (m) => m.LoadingState,
);
export const loadFailedPart = part(
  () => import('./loading/LoadingState'),
  (m) => m.LoadFailed,
);

/** Pictures on the marks, for a dataset that asks for them (`thumbnails`): fetched with the first such dataset. */
export const markPicturesPart = part(
  () => import('./pictures/MarkPictures'),
  (m) => m.MarkPictures,
);

export const ClusterList = clusterListPart.Component;
export const VerticalTimeline = verticalPart.Component;

/** The horizontal timeline's layout and drawing (lanes/kit.ts). */
export type LanesKit = typeof import('./lanes/kit');
let kit: LanesKit | undefined;
export const loadLanesKit = (): Promise<LanesKit> => import('./lanes/kit').then((m) => (kit = m));

/** The lanes' kit once it is in (at once when boot.tsx waited for it), asked for only when `needed`. */
export function useLanesKit(needed: boolean): LanesKit | null {
  const [loaded, setLoaded] = useState(kit);
  useEffect(() => {
    if (!needed || loaded) return;
    let live = true;
    loadLanesKit().then(
      (m) => live && setLoaded(m),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [needed, loaded]);
  return loaded ?? kit ?? null;
}
