/** Curves from the selected mark to each related mark in view: one `d` attribute per connection. */
import type { EventMark } from './layoutMarks';

export interface Connector {
  id: string;
  d: string;
}

/** Where a connector meets a mark: a dot's centre, or the point of a bar nearest to `towards`. */
const anchor = (m: EventMark, width: number, towards: number) =>
  m.kind === 'point' ? m.x0 : Math.min(Math.max(towards, Math.max(m.x0, 0) + 3), Math.min(m.x1, width) - 3);

export function connectorPaths(marks: EventMark[], selectedId: string | null, related: Set<string>, width: number): Connector[] {
  const from = marks.find((m) => m.event.id === selectedId);
  if (!from) return [];
  const x0 = anchor(from, width, from.kind === 'point' ? from.x0 : Math.max(from.x0, 0) + 3);
  const y0 = from.y;
  return marks
    .filter((m) => related.has(m.event.id))
    .map((m) => {
      const x1 = anchor(m, width, x0);
      const y1 = m.y;
      // A gentle arc: bows upwards by a share of the distance so stacked links do not overlap the marks.
      const lift = Math.min(60, Math.hypot(x1 - x0, y1 - y0) * 0.25);
      const d = `M${r(x0)},${r(y0)} C${r(x0)},${r(y0 - lift)} ${r(x1)},${r(y1 - lift)} ${r(x1)},${r(y1)}`;
      return { id: m.event.id, d };
    });
}

const r = (n: number) => Math.round(n * 10) / 10;
