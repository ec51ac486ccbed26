import type { TimelineEvent } from '../data/types';

/** "Sources: Axios, Moccet and 3 more": outlet names (the part before ":" or "(") of the events shown. */
export function sourcesLine(events: TimelineEvent[], max = 6): string {
  const names: string[] = [];
  for (const e of events) {
    for (const s of e.sources) {
      const short = s.name.split(/[:(]| as cited| via /)[0]!.trim().replace(/,$/, '');
      if (short && !names.includes(short)) names.push(short);
    }
  }
  if (names.length === 0) return 'Sources: none given';
  const shown = names.slice(0, max);
  const rest = names.length - shown.length;
  return `Sources: ${shown.join('; ')}${rest > 0 ? `; and ${rest} more` : ''}`;
}
