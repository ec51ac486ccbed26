/**
 * The whole title of a mark whose label was cut, or gave way to a neighbour's, while the pointer is
 * on the mark or it has focus: drawn over the label's place, text only. The mark's accessible name
 * already holds the whole title, so this is for the eyes (aria-hidden), as TimelineJS's and
 * vis-timeline's hover titles are.
 */
import { useEffect, useMemo, useState, type RefObject } from 'react';
import type { EventMark, MarksLayout } from '../../view/lanes/layoutMarks';

interface Peek {
  id: string;
  title: string;
  left: number;
  top: number;
  /** Right-aligned to the anchor when it sits in the right half, so a long title stays on screen. */
  alignEnd: boolean;
  right: number;
  /** The layout it was placed on: a zoom or a pan moves the marks, and the peek goes until the next hover or focus. */
  on: MarksLayout;
}

/** Whether the drawn label is the whole title (on one line or two). */
const whole = (m: EventMark) => m.label === m.event.title || (!!m.label2 && `${m.label} ${m.label2}` === m.event.title);

export function LabelPeek({ svgRef, layout }: { svgRef: RefObject<SVGSVGElement | null>; layout: MarksLayout }) {
  const [peek, setPeek] = useState<Peek | null>(null);
  const cut = useMemo(() => new Map(layout.marks.filter((m) => !whole(m)).map((m) => [m.event.id, m])), [layout]);

  useEffect(() => {
    const svg = svgRef.current;
    const host = svg?.parentElement;
    if (!svg || !host) return;
    const show = (e: Event) => {
      const g = (e.target as Element).closest?.('[data-event-id]');
      const id = g?.getAttribute('data-event-id');
      const mark = id ? cut.get(id) : undefined;
      if (!g || !id || !mark) return setPeek(null);
      const anchor = g.querySelector('.mark-label') ?? g.querySelector('.mark-dot, .mark-bar') ?? g;
      const box = anchor.getBoundingClientRect();
      const frame = host.getBoundingClientRect();
      const alignEnd = box.left - frame.left > frame.width / 2;
      setPeek({
        id,
        title: mark.event.title,
        left: box.left - frame.left + host.scrollLeft,
        top: box.top - frame.top + host.scrollTop + box.height + 2,
        alignEnd,
        right: frame.right - box.right - host.scrollLeft,
        on: layout,
      });
    };
    const hide = (e: Event) => {
      const next = (e as PointerEvent | FocusEvent).relatedTarget as Element | null;
      if (!next?.closest?.('[data-event-id]')) setPeek(null);
    };
    svg.addEventListener('pointerover', show);
    svg.addEventListener('focusin', show);
    svg.addEventListener('pointerout', hide);
    svg.addEventListener('focusout', hide);
    return () => {
      svg.removeEventListener('pointerover', show);
      svg.removeEventListener('focusin', show);
      svg.removeEventListener('pointerout', hide);
      svg.removeEventListener('focusout', hide);
    };
  }, [svgRef, cut, layout]);

  if (!peek || peek.on !== layout) return null;
  return (
    <div
      className="mark-peek"
      aria-hidden="true"
      data-peek-for={peek.id}
      style={peek.alignEnd ? { right: Math.max(4, peek.right), top: peek.top } : { left: Math.max(4, peek.left), top: peek.top }}
    >
      {peek.title}
    </div>
  );
}
