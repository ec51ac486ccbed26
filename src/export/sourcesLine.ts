import type { TimelineEvent } from '../data/types';
import type { Messages } from '../i18n/en';
import { en } from '../i18n/en';

/** "Sources: Axios, Moccet and 3 more": outlet names (the part before ":" or "(") of the events shown. */
export function sourcesLine(events: TimelineEvent[], max = 6, t: Pick<Messages, 'sourcesLine' | 'noSources'> = en): string {
  const names: string[] = [];
  for (const e of events) {
    for (const s of e.sources) {
      const short = s.name.split(/[:(]| as cited| via /)[0]!.trim().replace(/,$/, '');
      if (short && !names.includes(short)) names.push(short);
    }
  }
  if (names.length === 0) return t.noSources;
  const shown = names.slice(0, max);
  return t.sourcesLine(shown.join('; '), names.length - shown.length);
}
