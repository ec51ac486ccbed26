/**
 * One event of the vertical timeline: its mark on the lane's track (a dot, or a bar with the actor's
 * shape as its knob), a connector, and its card (lane marker, date, title in up to three lines).
 * The card and the knob are the event's targets; bar and connector let taps through, so no event's
 * target ever lies over another's.
 */
import { memo } from 'react';
import { MarkLabel } from '../MarkLabel';
import { formatEventDate, inDrawing } from '../../i18n/format';
import { eventCount, formatCount, messages } from '../../i18n/messages';
import { shapePath, type Shape } from '../../view/shapes';
import { clusterButtonProps, clusterName, markClasses, markOptionProps } from '../markProps';
import type { MarkNamer } from '../../i18n/markNames';
import { cardTextMeasure } from './measureCardText';
import { CARD_PAD, DATE_LINE, TITLE_LINE, type VerticalCluster, type VerticalMark } from './layoutVertical';

interface CardProps {
  mark: VerticalMark;
  cardX: number;
  cardW: number;
  color: string;
  shape: Shape;
  selected: boolean;
  tabStop: boolean;
  related: boolean;
  terms: string[];
  nameOf: MarkNamer;
  onSelect: (id: string) => void;
}

export const VerticalCard = memo(function VerticalCard({ mark, cardX, cardW, color, shape, selected, tabStop, related, terms, nameOf, onSelect }: CardProps) {
  const { event, kind, x, y0, y1, knobY, cardY, cardH, lines } = mark;
  const date = formatEventDate(event);
  // The connector meets the card level with the knob where it can, else at the card's nearest end.
  // A long date (a range of partial dates) is squeezed into the card rather than running out of it.
  const dateRoom = cardW - CARD_PAD * 2 - 14;
  const squeeze = cardTextMeasure()(date) * 0.88 > dateRoom;
  const meet = Math.min(Math.max(knobY, cardY + 10), cardY + cardH - 10);
  return (
    <g
      className={markClasses(event, kind, selected, related)}
      style={{ '--mark': color } as React.CSSProperties}
      {...markOptionProps(event, nameOf(event, date), selected, onSelect, tabStop)}
    >
      {kind !== 'point' && <rect className="mark-bar" x={x - 3.5} y={r(y0)} width={7} height={r(Math.max(y1 - y0, 2))} rx={3} />}
      <path className="leader" d={`M${x + 6},${r(knobY)}L${cardX - 6},${r(meet)}H${cardX}`} />
      <rect className="card-bg" x={cardX} y={r(cardY)} width={r(cardW)} height={cardH} rx={6} />
      <path
        className={kind === 'point' ? 'mark-dot' : 'mark-shape knob'}
        transform={`translate(${x},${r(knobY)})`}
        d={shapePath(shape, kind === 'point' ? 5.5 : 4.5)}
      />
      <path className="card-marker" transform={`translate(${cardX + CARD_PAD + 5},${r(cardY + CARD_PAD + DATE_LINE / 2)})`} d={shapePath(shape, 4.5)} />
      <text
        className="card-date"
        x={cardX + CARD_PAD + 14}
        y={r(cardY + CARD_PAD + 11)}
        aria-hidden="true"
        textLength={squeeze ? r(dateRoom) : undefined}
        lengthAdjust={squeeze ? 'spacingAndGlyphs' : undefined}
      >
        {/* A space between the date and the title, as in the name (WCAG 2.5.3); the end of a text is not drawn. */}
        {inDrawing(date)}{' '}
      </text>
      <text className="mark-label" x={cardX + CARD_PAD} y={r(cardY + CARD_PAD + DATE_LINE + 11)} aria-hidden="true">
        {lines.map((line, i) => (
          <tspan key={i} x={cardX + CARD_PAD} dy={i ? TITLE_LINE : 0}>
            <MarkLabel label={line} terms={terms} />
            {i < lines.length - 1 && ' '}
          </tspan>
        ))}
      </text>
    </g>
  );
});

interface BubbleProps {
  cluster: VerticalCluster;
  x: number;
  hasRelated: boolean;
  tabStop: boolean;
  /** A bubble of known events opens in place; a dense slice zooms in, and ranges from before are listed. */
  expands: boolean;
  onOpen: () => void;
}

export const VerticalBubble = memo(function VerticalBubble({ cluster, x, hasRelated, tabStop, expands, onOpen }: BubbleProps) {
  // A slot of a dense window holds all its events (no ids known): "2,872 events", not "+2,872".
  const text = cluster.earlier ? messages().beganEarlierBadge(formatCount(cluster.count)) : `${cluster.ids ? '+' : ''}${eventCount(cluster.count)}`;
  const props = clusterButtonProps(cluster.count, clusterName(cluster), onOpen, cluster.earlier, tabStop);
  const w = 18 + text.length * 6.6;
  return (
    <g
      className={hasRelated ? 'cluster related' : 'cluster'}
      {...props}
      aria-label={expands ? `${clusterName(cluster)}; ${messages().showThem}` : props['aria-label']}
    >
      <rect x={x} y={r(cluster.y - 11)} width={r(w)} height={22} rx={11} />
      <text x={r(x + w / 2)} y={r(cluster.y + 4)} textAnchor="middle" aria-hidden="true">
        {inDrawing(text)}
      </text>
    </g>
  );
});

const r = (n: number) => Math.round(n * 10) / 10;
