/** A media item's caption (rich text: ui/text) and credit (linked where the dataset gives its link): never markup. */
import type { Media } from '../../data/types';
import type { Messages } from '../../i18n/en';
import { RichText } from '../text/RichText';

export function MediaCaption({ item, lang, t }: { item: Media; lang?: string; t: Messages }) {
  if (!item.caption && !item.credit) return null;
  return (
    <figcaption lang={lang} dir="auto">
      {item.caption && <RichText className="media-text" text={item.caption} inline />}
      {item.credit && (
        <span className="media-credit" dir="auto">
          <span className="visually-hidden">{t.media.credit}: </span>
          {item.creditUrl ? (
            <a href={item.creditUrl} target="_blank" rel="noopener noreferrer">
              {item.credit}
            </a>
          ) : (
            item.credit
          )}
        </span>
      )}
    </figcaption>
  );
}
