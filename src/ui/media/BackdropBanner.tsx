/**
 * An event's backdrop picture (TimelineJS's slide background): a band above its heading, or faint
 * behind a presenter's caption (`behind`), there for the eye only (the event's own media carry what a picture says). One that does not load, or is too
 * large to show, leaves nothing.
 */
import { useState } from 'react';
import type { Backdrop } from '../../data/types';
import { useMediaUrl } from './mediaUrl';
import { tooLarge } from './pictureSize';

export function BackdropBanner({ backdrop, behind = false }: { backdrop: Backdrop | undefined; behind?: boolean }) {
  const mediaUrl = useMediaUrl();
  const [failed, setFailed] = useState<string | null>(null);
  if (!backdrop?.url || failed === backdrop.url) return null;
  const url = backdrop.url;
  return (
    <div className={behind ? 'backdrop-behind' : 'backdrop-banner'} aria-hidden="true">
      <img
        src={mediaUrl(url)}
        alt=""
        decoding="async"
        referrerPolicy="no-referrer"
        onError={() => setFailed(url)}
        onLoad={(e) => tooLarge(e.currentTarget) && setFailed(url)}
      />
    </div>
  );
}

/** The event's accent for its views' styles: its backdrop's colour, as `--event-accent`. */
export const accentStyle = (backdrop: Backdrop | undefined): React.CSSProperties | undefined =>
  backdrop?.color ? ({ '--event-accent': backdrop.color } as React.CSSProperties) : undefined;
