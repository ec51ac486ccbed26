/**
 * A picture: lazy, its space kept before it loads (its own proportions where the dataset gives its
 * size, 3:2 otherwise, the picture fitted inside), a click to see it whole; a picture that does not
 * load, or is too large to show (pictureSize.ts), leaves its alt text and credit, never a broken icon.
 */
import { useState } from 'react';
import type { Media } from '../../data/types';
import { imageSource } from '../../data/media/providers';
import type { Messages } from '../../i18n/en';
import { ModalDialog } from '../dialogs/ModalDialog';
import { MediaCaption } from './MediaCaption';
import { useMediaUrl } from './mediaUrl';
import { plainOf } from '../../data/text/richText';
import { PICTURE_LIMITS, tooLarge } from './pictureSize';

export function MediaImage({ item, lang, t }: { item: Media; lang?: string; t: Messages }) {
  const mediaUrl = useMediaUrl();
  const [failed, setFailed] = useState<false | 'error' | 'large'>(false);
  const [whole, setWhole] = useState(false);
  const src = mediaUrl(imageSource(item.url));
  const shape = item.width && item.height ? { aspectRatio: `${item.width} / ${item.height}` } : undefined;
  return (
    <figure className="media media-image">
      {failed ? (
        <p className="media-failed" style={shape} lang={lang} dir="auto">
          <span dir="auto">{item.alt}</span>
          <span className="media-note">{failed === 'large' ? t.media.tooLarge(...PICTURE_LIMITS) : t.media.notLoaded}</span>
        </p>
      ) : (
        <button type="button" className="media-zoom" onClick={() => setWhole(true)} aria-label={`${t.media.fullSize}: ${item.alt ?? ''}`.replace(/: $/, '')}>
          <img
            src={src}
            alt={item.alt ?? ''}
            lang={lang}
            loading="lazy"
            decoding="async"
            width={item.width}
            height={item.height}
            style={shape}
            referrerPolicy="no-referrer"
            onError={() => setFailed('error')}
            onLoad={(e) => tooLarge(e.currentTarget) && setFailed('large')}
          />
        </button>
      )}
      <MediaCaption item={item} lang={lang} t={t} />
      {whole && (
        <ModalDialog className="media-whole" labelledBy="media-whole-caption" onClose={() => setWhole(false)}>
          <img src={src} alt={item.alt ?? ''} lang={lang} referrerPolicy="no-referrer" />
          <p id="media-whole-caption" dir="auto" lang={lang}>
            {(item.caption && plainOf(item.caption)) || item.alt}
          </p>
          <button type="button" className="media-whole-close" onClick={() => setWhole(false)} autoFocus>
            {t.media.close}
          </button>
        </ModalDialog>
      )}
    </figure>
  );
}
