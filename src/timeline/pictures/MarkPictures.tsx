/**
 * Each event's first picture, small, on its mark (issue 22), for a dataset that asks for them
 * (`thumbnails`): a layer over the marks, drawn while at most MAX_PICTURES of them are in view, so a
 * zoomed-out timeline keeps its dots and each picture appears as the reader zooms in. Decoration:
 * the marks keep their names, focus and hit areas (this layer takes no pointer and is hidden from
 * assistive technology; the event's media is described in its details). The exports draw from their
 * own layout (src/export), so no picture, and nothing of a third party, goes into an SVG or PNG.
 */
import type { EventMark } from '../../view/lanes/layoutMarks';
import { leadActor } from '../../data/lanes';
import { imageSource } from '../../data/media/providers';
import { firstPicture } from '../../ui/media/firstPicture';
import { useMediaUrl } from '../../ui/media/mediaUrl';
import './pictures.css';

/** Pictures at once in view, at most: each is a download, and a crowd of faces is no longer a timeline. */
export const MAX_PICTURES = 60;
/** The radius: the label starts 10 px after the point (view/lanes/packRows.ts), the row is 24 px. */
const R = 8;

/** A mark as both timelines place it: the horizontal one's point at (x0, y), the vertical one's knob. */
export type PictureMark = Pick<EventMark, 'event' | 'kind' | 'x0' | 'y'>;

interface Props {
  marks: readonly PictureMark[];
  colorOf: (actorId: string | undefined) => string;
  selectedId: string | null;
  related: Set<string>;
}

export function MarkPictures({ marks, colorOf, selectedId, related }: Props) {
  const mediaUrl = useMediaUrl();
  const shown = marks.flatMap((mark) => {
    const picture = mark.kind === 'point' ? firstPicture(mark.event.media) : undefined;
    return picture ? [{ mark, src: mediaUrl(imageSource(picture.thumbnail ?? picture.url)) }] : [];
  });
  if (shown.length === 0 || shown.length > MAX_PICTURES) return null;
  return (
    <g className="mark-pictures" aria-hidden="true">
      <defs>
        <clipPath id="mark-picture-clip">
          <circle r={R} />
        </clipPath>
      </defs>
      {shown.map(({ mark: { event, x0, y }, src }) => (
        <g
          key={event.id}
          className={selectedId && event.id !== selectedId && !related.has(event.id) ? 'mark-picture dimmed' : 'mark-picture'}
          transform={`translate(${x0.toFixed(1)},${y})`}
          style={{ '--mark': colorOf(leadActor(event)) } as React.CSSProperties}
        >
          <image href={src} x={-R} y={-R} width={2 * R} height={2 * R} preserveAspectRatio="xMidYMid slice" clipPath="url(#mark-picture-clip)" />
          <circle r={R} />
        </g>
      ))}
    </g>
  );
}
