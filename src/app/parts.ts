/** Each view's shell is a chunk of its own: main.tsx asks for the one the link wants alongside the data. */
import { part } from '../ui/lazyPart';

export const embedPart = part(
  () => import('../embed/EmbedShell'),
  (m) => m.EmbedShell,
);
export const fullPart = part(
  () => import('./full/FullShell'),
  (m) => m.FullShell,
);
export const editorPart = part(
  () => import('./editing/loadEditor').then((m) => m.loadEditor()),
  (m) => m.EditorRoute,
);
export const presenterPart = part(
  () => import('../present/PresenterShell'),
  (m) => m.PresenterShell,
);

/** The Export menu's items: fetched when the reader points at or focuses the Export button. */
export const exportMenuPart = part(
  () => import('./menus/ExportMenuList'),
  (m) => m.ExportMenuList,
);

export const EmbedShell = embedPart.Component;
export const FullShell = fullPart.Component;
export const PresenterShell = presenterPart.Component;
export const EditorRoute = editorPart.Component;
