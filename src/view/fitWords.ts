/**
 * Titles fitted to a room in whole words, for event labels and period names alike: a label is a run
 * of whole words of the spoken name or nothing (WCAG 2.5.3, label in name). Pure; the measure comes in.
 */

/**
 * Shortened at a word boundary: "Azure exclusivity…", not "Azure exclusi…", so the label stays a
 * run of whole words of the mark's spoken name (WCAG 2.5.3, label in name). A first word longer
 * than the room is cut.
 */
export function truncateLabel(title: string, max = 36): string {
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const space = cut.search(/\s\S*$/);
  return `${(space > 0 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** No glyph of a label is narrower than this many px: a longer cut than room / MIN_GLYPH_PX cannot fit. */
const MIN_GLYPH_PX = 2;

/**
 * The longest word-boundary shortening of `label` (at least 6 characters) that fits `room`; null if
 * none: a label is whole words of the mark's name or nothing (WCAG 2.5.3, "Micros…" is not in
 * "Microsoft and OpenAI…"). A binary search over the cut's length (a longer cut is never narrower),
 * from at most the characters the room could hold: a 200,000-character title costs ~20
 * measurements, not 200,000.
 */
export function shortenToFit(label: string, room: number, measure: (t: string) => number): string | null {
  let lo = 6;
  let hi = Math.min(label.length - 1, Math.ceil(room / MIN_GLYPH_PX));
  let best: string | null = null;
  while (lo <= hi) {
    const n = (lo + hi) >> 1;
    const candidate = truncateLabel(label, n);
    if (candidate.length >= 6 && measure(candidate) <= room) {
      best = candidate;
      lo = n + 1;
    } else hi = n - 1;
  }
  // truncateLabel cuts inside the first word only when no whole word fits: then nothing does.
  const kept = best?.replace(/…$/, '') ?? '';
  return best && (kept.length === label.length || !/[\p{L}\p{N}]/u.test(label[kept.length]!)) ? best : null;
}

/** e.g. "Microsoft rejects the report…" in 160 px → ["Microsoft rejects the", "report that it…"]; null if the first word does not fit. */
export function twoLines(title: string, room: number, measure: (t: string) => number): [string, string] | null {
  const words = title.split(/\s+/);
  let first = '';
  let n = 0;
  while (n < words.length && measure(first ? `${first} ${words[n]}` : words[n]!) <= room) first = first ? `${first} ${words[n++]}` : words[n++]!;
  if (n === 0 || n === words.length) return null;
  const rest = words.slice(n).join(' ');
  const second = measure(rest) <= room ? rest : shortenToFit(rest, room, measure);
  return second ? [first, second] : null;
}
