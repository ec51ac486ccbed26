/** The shapes a dataset takes once it has been validated: dates parsed, links made safe, ids checked. */
import type { MediaKind } from './media/providers';
import type { Said } from './problems';
import type { PartialDate } from '../time/partialDate';

export interface Actor {
  id: string;
  label: string;
  color: string;
}

export interface Category {
  id: string;
  label: string;
  /** Its lane's colour when lanes are by category; absent: the lane has none. */
  color?: string;
}

export interface Period {
  id: string;
  title: string;
  /** Plain text: what the period is, and whose account its bounds follow. */
  summary: string;
  start: PartialDate;
  end: PartialDate;
  sources: Source[];
  /** Its picture or clip, shown on its step in presenter mode (issue 22). */
  media?: Media[];
}

export interface Amount {
  value: number;
  currency: string;
  label?: string;
}

export interface Quote {
  text: string;
  by?: string;
  where?: string;
  date?: PartialDate;
  /** The dataset-level source the quote was taken from. */
  source?: Source;
}

/**
 * A source as cited: one of the dataset's `sources` (it has an `id`; every citation of it is this same
 * object), or an event's inline `{ name, url }`.
 */
export interface Source {
  /** Present on the dataset's list only. */
  id?: string;
  /** The outlet as the article names itself, or its headline when it names none. */
  name: string;
  /** The article's headline. */
  title?: string;
  /** Only http:, https: or mailto: survive validation. */
  url?: string;
  /** When it was published. */
  date?: PartialDate;
  /** The source that reported this one: a second-hand report. Never a cycle. */
  via?: Source;
}

export interface Relation {
  id: string;
  /** How this event relates to the other, e.g. "led to", "resolved by"; absent means plain "related". */
  label?: string;
}

/**
 * An event's backdrop (TimelineJS's slide `background`): a colour its views take as the event's
 * accent, and a picture shown behind its heading; either may be absent, never both.
 */
export interface Backdrop {
  color?: string;
  /** `https:` or a path on the page's own site, as media addresses are. */
  url?: string;
}

/**
 * A picture, video, sound, document, post, map or page on an event (issue 22), as TimelineJS's Media
 * columns hold it and more: `kind` is the dataset's or, where it says none, the address's
 * (media/providers.ts). `url` and `thumbnail` are `https:` or a path on the page's own site, and
 * `creditUrl` a link (validation drops anything else).
 */
export interface Media {
  url: string;
  kind: MediaKind;
  credit?: string;
  /** Where the credit links to (the photographer's page, the agency's). */
  creditUrl?: string;
  caption?: string;
  /** What the picture shows, for those who cannot see it. */
  alt?: string;
  thumbnail?: string;
  /** The picture's size in px where the dataset knows it: its space is kept while it loads. */
  width?: number;
  height?: number;
}

export interface TimelineEvent {
  id: string;
  title: string;
  summary: string;
  start: PartialDate;
  end?: PartialDate;
  /** Half-open extent in UTC ms: from the first instant of `start` to the end of `end` (or of `start`). */
  from: number;
  to: number;
  actors: string[];
  category?: string;
  amounts: Amount[];
  quotes: Quote[];
  sources: Source[];
  related: Relation[];
  disputed?: string;
  approx: boolean;
  qualifier?: 'before' | 'after';
  /** The date as the dataset wants it shown ("Spring 1945"), instead of one written from `start` and `end` (TimelineJS's Display Date). */
  displayDate?: string;
  /** The actor whose lane holds the event (one of `actors`); absent: its first actor. */
  lane?: string;
  /** One or more, in the dataset's order; absent when none. */
  media?: Media[];
  backdrop?: Backdrop;
}

export interface Dataset {
  title: string;
  description: string;
  locale?: string;
  /** How numeric dates such as 01/02/2020 read where their column does not settle it (a spreadsheet's setting). */
  dateOrder?: 'dmy' | 'mdy';
  /** The IANA time zone in which times written with an offset are shown ("Europe/Berlin"); absent: as written. */
  timeZone?: string;
  actors: Actor[];
  categories: Category[];
  periods: Period[];
  /** The dataset-level sources that events, periods and quotes cite by id, in file order. */
  sources: Source[];
  /** Sorted by start, then end, then id. */
  events: TimelineEvent[];
  steps: string[];
  /** The timeline's own picture (TimelineJS's title slide): the list's and the published page's, and its card's where shared. */
  media?: Media[];
  /** Each event's first picture drawn small on its mark, where the timeline has room (timeline/pictures). */
  thumbnails?: boolean;
}

/** Where in a dataset a problem is: a record of one of its lists, and a field of it. */
export interface RecordPath {
  list: 'events' | 'periods' | 'actors' | 'categories' | 'sources' | 'steps';
  /** Its place in the list as written; absent when only its id is known (after the events are sorted). */
  index?: number;
  id?: string;
  /** A dotted path inside the record: "start", "quotes.0.source". */
  field?: string;
}

export interface Problem {
  level: 'error' | 'warning';
  /** File name or URL the dataset came from. */
  source: string;
  /** Where in it, e.g. `events[3] "amendment" › start`, or `line 4, column 12`. */
  where: string;
  message: string;
  /** `message` as a coded phrase, for wording it in the reader's language (data/problems.ts). */
  said?: Said;
  /** `where`, when it has words to translate ("line 4, column 12"); a path like `events[3] › start` has none. */
  place?: Said;
  /** `where` as data, when it is a record of the dataset: what a reader of another format places in its own terms. */
  at?: RecordPath;
}

export interface ParseResult {
  dataset: Dataset;
  problems: Problem[];
}
