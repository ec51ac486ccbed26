import { sourceLabel } from '../data/sourceLabel';
import type { Source, TimelineEvent } from '../data/types';
import type { Messages } from './en';
import { en } from './en';

/**
 * "Sources: Axios; Moccet; and 3 more": the events' sources by their labels (sourceLabel.ts). The
 * dataset's own list, when given as `listed`, comes first and in its order (the embed footer cites
 * the dataset). An inline source's name is cut to the outlet, the part before ":" or "(", as older
 * datasets write "Outlet: headline (date)".
 */
export function sourcesLine(
  events: TimelineEvent[],
  max = 6,
  t: Pick<Messages, 'sourcesLine' | 'noSources' | 'reportedBy'> = en,
  listed: Source[] = [],
): string {
  const names: string[] = [];
  // Sources repeat across events (they are shared objects): each is looked at once.
  const seen = new Set<Source>();
  const add = (s: Source) => {
    if (seen.has(s)) return;
    seen.add(s);
    const name = s.id === undefined ? outletOf(s.name) : sourceLabel(s, t.reportedBy);
    if (name && !names.includes(name)) names.push(name);
  };
  listed.forEach(add);
  for (const e of events) e.sources.forEach(add);
  if (names.length === 0) return t.noSources;
  const shown = names.slice(0, max);
  return t.sourcesLine(shown.join('; '), names.length - shown.length);
}

const outletOf = (name: string) =>
  name
    .split(/[:(]| as cited| via /)[0]!
    .trim()
    .replace(/,$/, '');
