/**
 * The editor's page: the editor feature given what it needs from the others (features meet in app/):
 * the app's timeline, and the export's picture of a dataset for a published folder's link preview.
 */
import type { ReactNode } from 'react';
import type { Dataset } from '../../data/types';
import { EditorShell } from '../../editor/EditorShell';

/** Loaded when the editor asks for it, for a folder it publishes. */
const previewImage = (dataset: Dataset, url: string) => import('../../export/previewCard').then((m) => m.previewCardPng(dataset, url));

export function EditorRoute({ renderTimeline }: { renderTimeline: (empty: string) => ReactNode }) {
  return <EditorShell renderTimeline={renderTimeline} previewImage={previewImage} />;
}
