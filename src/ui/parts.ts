/** The shared panels, each a chunk of its own: fetched when idle once the timeline is ready, or when first used. */
import { part } from './lazyPart';

export const detailPart = part(
  () => import('./details/DetailPanel'),
  (m) => m.DetailPanel,
);
export const listPart = part(
  () => import('./list/ListView'),
  (m) => m.ListView,
);
export const openDatasetPart = part(
  () => import('./dialogs/OpenDataset'),
  (m) => m.OpenDataset,
);
export const shortcutsPart = part(
  () => import('./dialogs/ShortcutSheet'),
  (m) => m.ShortcutSheet,
);
export const problemsPart = part(
  () => import('./problems/ProblemList'),
  (m) => m.ProblemList,
);

/** What the reader must know about loading and keeping datasets: only when there is something to say. */
export const noticesPart = part(
  () => import('./notices/Notices'),
  (m) => m.Notices,
);

export const DetailPanel = detailPart.Component;
export const ListView = listPart.Component;
export const OpenDataset = openDatasetPart.Component;
export const ShortcutSheet = shortcutsPart.Component;
export const ProblemList = problemsPart.Component;
export const Notices = noticesPart.Component;
