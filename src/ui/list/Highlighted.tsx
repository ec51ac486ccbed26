import { highlight } from '../../data/highlight';

/** Text with the search terms wrapped in <mark>; plain text nodes only. */
export function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  if (terms.length === 0) return <>{text}</>;
  return <>{highlight(text, terms).map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}
