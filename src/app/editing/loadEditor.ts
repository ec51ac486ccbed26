/**
 * A step between the core and the editor: the list of files a dynamic import preloads is written where
 * the import is, and the editor's (its chunks and styles) would cost every reader's first view bytes.
 */
export const loadEditor = () => import('./EditorRoute');
