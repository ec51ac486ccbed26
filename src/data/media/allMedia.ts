/** Every media item of a dataset, wherever it hangs: the timeline's own, its periods', its events'. */
import type { Dataset, Media } from '../types';

export const allMedia = (dataset: Dataset): Media[] => [
  ...(dataset.media ?? []),
  ...dataset.periods.flatMap((p) => p.media ?? []),
  ...dataset.events.flatMap((e) => e.media ?? []),
];

/** The addresses of the events' backdrop pictures. */
export const backdropUrls = (dataset: Dataset): string[] => dataset.events.flatMap((e) => (e.backdrop?.url ? [e.backdrop.url] : []));
