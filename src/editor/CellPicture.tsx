/**
 * A small preview beside a media cell that names a picture, so an author sees at once that the address
 * works (issue 22), as a spreadsheet never shows: drawn once the typing stops, never for a provider's
 * page (a video, a post loads only on a reader's click), and where the picture does not load or is past
 * what is shown, the row says so in a note the cell is described by.
 */
import { useEffect, useState, type SyntheticEvent } from 'react';
import { splitList } from '../data/formats/sheetLayout';
import { imageSource, mediaFacts } from '../data/media/providers';
import { safeMediaUrl } from '../data/safeValues';
import { mediaUrl } from '../ui/media/mediaUrl';
import { PICTURE_LIMITS, tooLarge } from '../ui/media/pictureSize';
import type { Messages } from '../i18n/en';

/** Typing pauses this long before the picture is asked for: not one request per keystroke. */
const SETTLE_MS = 500;

/** The address the cell's first item draws a picture from, or null where it names none. */
export function cellPicture(cell: string): string | null {
  const first = splitList(cell)[0];
  const url = first ? safeMediaUrl(first) : null;
  if (!url) return null;
  const facts = mediaFacts(url);
  return facts.kind === 'image' && (facts.provider?.id ?? 'wikimedia') === 'wikimedia' ? mediaUrl(imageSource(url)) : null;
}

interface Props {
  cell: string;
  /** The note's id, which the cell's input names in aria-describedby while `onNote` says there is one. */
  noteId: string;
  t: Messages;
  onNote: (note: boolean) => void;
}

export function CellPicture({ cell, noteId, t, onNote }: Props) {
  const [src, setSrc] = useState<string | null>(() => cellPicture(cell));
  const [failed, setFailed] = useState<'error' | 'large' | null>(null);

  useEffect(() => {
    const next = cellPicture(cell);
    if (next === src) return;
    const timer = setTimeout(() => {
      setSrc(next);
      setFailed(null);
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [cell, src]);

  useEffect(() => onNote(failed !== null), [failed, onNote]);

  if (!src) return null;
  if (failed)
    return (
      <span className="cell-problem warning" id={noteId}>
        {failed === 'large' ? t.media.tooLarge(...PICTURE_LIMITS) : t.media.notLoaded}
      </span>
    );
  const loaded = (e: SyntheticEvent<HTMLImageElement>) => {
    if (tooLarge(e.currentTarget)) setFailed('large');
  };
  // Decorative for the author, who reads the address beside it: a failure is what is said.
  return <img className="cell-picture" src={src} alt="" loading="lazy" decoding="async" onLoad={loaded} onError={() => setFailed('error')} />;
}
