/**
 * Media from a third party (a video, a post, a map, a document): until the reader asks, only a facade
 * drawn from the dataset (its caption, the provider's name, the thumbnail it supplies, what loading
 * shares), and nothing is requested from the provider. Asked, it loads in a sandboxed frame from the
 * provider's embed address (data/media/providers.ts); `media=auto` skips the ask. What cannot be
 * framed is a link out. A sound or video file plays in the browser's own player, fetched on play.
 */
import { useState } from 'react';
import type { Media } from '../../data/types';
import { mediaFacts } from '../../data/media/providers';
import type { Messages } from '../../i18n/en';
import { MediaCaption } from './MediaCaption';
import { autoLoad } from './autoLoad';
import { useMediaUrl } from './mediaUrl';
import { useTimeline } from '../../store/StoreContext';
import { plainOf } from '../../data/text/richText';

/**
 * A provider's player runs its scripts in its own origin (YouTube's, Vimeo's: never this page's, which
 * is what makes scripts with same-origin unsafe); it may open the provider's page in a new tab, never
 * navigate this one. A frame of this site's own (a PDF beside the page) gets no scripts at all.
 */
const PROVIDER_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation';

export function MediaFrame({ item, title, lang, t }: { item: Media; title: string; lang?: string; t: Messages }) {
  const mediaUrl = useMediaUrl();
  const link = useTimeline((s) => s.link);
  const facts = mediaFacts(item.url);
  // A provider's frame as it gives it; a document of the dataset's own only where this page may frame it (its own site).
  const own = facts.embed && !facts.provider ? mediaUrl(facts.embed) : undefined;
  const embed = facts.provider ? facts.embed : own && new URL(own, location.href).origin === location.origin ? own : undefined;
  const [loaded, setLoaded] = useState(() => autoLoad(link));
  // The caption is rich text: a frame's title and a player's name take its words.
  const label = (item.caption && plainOf(item.caption)) || item.alt || title;
  const provider = facts.provider?.name;
  const shown = !facts.provider && (item.kind === 'video' || item.kind === 'audio') ? 'player' : embed && loaded ? 'frame' : 'facade';
  const body =
    shown === 'player' ? (
      <FilePlayer item={item} label={label} />
    ) : shown === 'frame' ? (
      <iframe
        className={`media-embed media-${item.kind}`}
        src={embed}
        title={label}
        lang={lang}
        loading="lazy"
        sandbox={facts.provider ? PROVIDER_SANDBOX : 'allow-same-origin'}
        allow="fullscreen; picture-in-picture; encrypted-media"
        referrerPolicy="strict-origin-when-cross-origin"
      />
    ) : (
      <div className={`media-facade media-${item.kind}`}>
        {item.thumbnail && <img className="media-thumb" src={mediaUrl(item.thumbnail)} alt="" loading="lazy" decoding="async" referrerPolicy="no-referrer" />}
        <div className="media-facade-text">
          <p className="media-facade-title" dir="auto" lang={lang}>
            {label}
          </p>
          {embed ? (
            <>
              <button type="button" className="media-load" onClick={() => setLoaded(true)}>
                {t.media.show[item.kind]}
                {provider && <span className="media-provider"> · {provider}</span>}
              </button>
              {provider && <p className="media-note">{t.media.shares(provider)}</p>}
            </>
          ) : (
            <a className="media-load" href={mediaUrl(item.url)} target="_blank" rel="noopener noreferrer">
              {provider ? t.media.openOn(provider) : `${t.media.open} ${hostOf(item.url)}`}
            </a>
          )}
        </div>
      </div>
    );
  return (
    <figure className="media">
      {body}
      {/* The facade already says the caption: under it, the credit alone. */}
      <MediaCaption item={shown === 'facade' ? { ...item, caption: undefined } : item} lang={lang} t={t} />
    </figure>
  );
}

function FilePlayer({ item, label }: { item: Media; label: string }) {
  const mediaUrl = useMediaUrl();
  // preload="none": nothing is fetched until the reader presses play.
  return item.kind === 'video' ? (
    <video className="media-video" src={mediaUrl(item.url)} controls preload="none" poster={item.thumbnail && mediaUrl(item.thumbnail)} aria-label={label} />
  ) : (
    <audio className="media-audio" src={mediaUrl(item.url)} controls preload="none" aria-label={label} />
  );
}

const hostOf = (url: string) => {
  try {
    return new URL(url, location.href).host;
  } catch {
    return '';
  }
};
