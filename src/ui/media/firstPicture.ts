/** An event's first picture drawn from its own file (not a provider's page): the one a thumbnail or a stage shows. */
import type { Media } from '../../data/types';
import { mediaFacts } from '../../data/media/providers';

export const isPicture = (m: Media): boolean => m.kind === 'image' && (mediaFacts(m.url).provider?.id ?? 'wikimedia') === 'wikimedia';

export const firstPicture = (media: readonly Media[] | undefined): Media | undefined => media?.find(isPicture);
