/** The timeline's own later parts: the overview strip with its brush, the list behind a badge, the vertical timeline. */
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

export const ClusterList = clusterListPart.Component;
export const VerticalTimeline = verticalPart.Component;
