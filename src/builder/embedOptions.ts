/** The builder's choices, and the embed link they make. Pure, so the snippet can be tested without a page. */
import type { LaneMode } from '../data/lanes';
import type { ColumnChoice } from '../data/columnChoice';
import { resolveLocale } from '../view/lang';
import { parsePartialDate } from '../time/partialDate';
import { formatViewParams, type Orientation, type Theme, type ViewParams } from '../view/viewParams';

export interface EmbedOptions {
  /** Empty for the bundled dataset. */
  data: string;
  /** What the linked CSV's columns hold (the link's `columns=`), kept while `data` stays the same. */
  columns: ColumnChoice | null;
  period: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD, used when no period is chosen. */
  from: string;
  to: string;
  event: string;
  lanes: LaneMode;
  theme: Theme;
  /** Hex without "#", or empty for the default. */
  accent: string;
  orientation: Orientation | '';
  height: 'auto' | number;
  /** The embed's locale (a BCP 47 tag); empty: the dataset's, else the reader's. */
  lang: string;
  /** `greedy`: one finger and a plain wheel move the timeline; `cooperative` (default): they scroll the article. */
  gestures: 'cooperative' | 'greedy';
}

export const DEFAULT_OPTIONS: EmbedOptions = {
  data: '',
  columns: null,
  period: '',
  from: '',
  to: '',
  event: '',
  lanes: 'actor',
  theme: 'light',
  accent: '',
  orientation: '',
  height: 'auto',
  lang: '',
  gestures: 'cooperative',
};

export function optionsFromParams(p: ViewParams, lang: string | null = null): EmbedOptions {
  const day = (ms: number | undefined, end = false) => (ms === undefined ? '' : new Date(end ? ms - 1 : ms).toISOString().slice(0, 10));
  return {
    ...DEFAULT_OPTIONS,
    data: p.data ?? '',
    columns: p.columns ?? null,
    period: p.period ?? '',
    from: day(p.from),
    to: day(p.to, true),
    event: p.event ?? '',
    lanes: p.lanes ?? 'actor',
    theme: p.theme ?? 'light',
    accent: p.accent ?? '',
    orientation: p.orientation ?? '',
    lang: lang && lang !== 'auto' ? resolveLocale([lang]) : '',
  };
}

/** The query string of the embed: only what differs from the defaults, and `embed=1`. */
export function embedQuery(o: EmbedOptions): string {
  const from = o.period ? undefined : parsePartialDate(o.from)?.start;
  const to = o.period ? undefined : parsePartialDate(o.to)?.end;
  const query = formatViewParams({
    data: o.data.trim() || undefined,
    columns: (o.data.trim() && o.columns) || undefined,
    event: o.event || undefined,
    period: o.period || undefined,
    from: from !== undefined && to !== undefined && from < to ? from : undefined,
    to: from !== undefined && to !== undefined && from < to ? to : undefined,
    lanes: o.lanes === 'actor' ? undefined : o.lanes,
    embed: true,
    orientation: o.orientation || undefined,
    theme: o.theme === 'light' ? undefined : o.theme,
    accent: /^(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(o.accent) ? o.accent.toLowerCase() : undefined,
  });
  return `${query}${o.lang ? `&lang=${o.lang}` : ''}${o.gestures === 'greedy' ? '&gestures=greedy' : ''}`;
}
