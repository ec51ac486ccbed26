/** A mark's label with the search terms marked, in either orientation. Text only, never markup. */
import { highlight } from '../data/highlight';

export function MarkLabel({ label, terms }: { label: string; terms: string[] }) {
  if (!terms.length) return label;
  return highlight(label, terms).map((s, i) =>
    s.match ? (
      <tspan key={i} className="match">
        {s.text}
      </tspan>
    ) : (
      s.text
    ),
  );
}
