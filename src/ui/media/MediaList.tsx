/** An event's media in the dataset's order: pictures shown, everything else as MediaFrame draws it. */
import type { Media } from '../../data/types';
import type { Messages } from '../../i18n/en';
import { MediaImage } from './MediaImage';
import { MediaFrame } from './MediaFrame';
import { isPicture } from './firstPicture';
import './media.css';

export function MediaList({ media, title, lang, t }: { media: readonly Media[]; title: string; lang?: string; t: Messages }) {
  return (
    <div className="media-list">
      {media.map((item, k) =>
        // A picture on a provider's page (Flickr) is not a picture file: it is framed like the rest.
        isPicture(item) ? <MediaImage key={k} item={item} lang={lang} t={t} /> : <MediaFrame key={k} item={item} title={title} lang={lang} t={t} />,
      )}
    </div>
  );
}
