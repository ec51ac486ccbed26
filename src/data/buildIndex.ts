/**
 * Precomputed lookups over a validated dataset: by id, columns, search text, the extent.
 * Filters and lanes read typed columns rather than the event objects: 100,000 objects scattered in
 * memory cost a cache miss each (~20 ms a pass), the same fields in arrays a fraction of that.
 */
import { sourceLabel } from './sourceLabel';
import type { Dataset, TimelineEvent } from './types';

export interface DatasetIndex {
  dataset: Dataset;
  /** Sorted by start (the dataset's order). */
  events: TimelineEvent[];
  readonly byId: Map<string, TimelineEvent>;
  columns: Columns;
  /**
   * Folded text of title, summary, quotes and sources (names, reporters, headlines) for all events in
   * one string, with where each event's part starts. Made on the first search or in idle time after the timeline is ready
   * (`warmSearchText`): folding 100,000 events' text takes ~0.3 s the first view should not wait for.
   */
  search: SearchText | null;
  /** [first start, last end] over events and periods; null when there is nothing dated. */
  extent: [number, number] | null;
}

/** Aligned with `events`. Codes index `dataset.actors` / `dataset.categories`; NO_CODE is none. */
export interface Columns {
  from: Float64Array;
  to: Float64Array;
  /** The first actor: the lane in "by actor" mode. */
  leadActor: Uint16Array;
  category: Uint16Array;
  /** Bit k set when actor k takes part; null when the dataset has more than 32 actors. */
  actorBits: Uint32Array | null;
  /** 1 when the event carries a `disputed` note (the sources disagree), else 0. */
  disputed: Uint8Array;
  /** Positions of those events, ascending: the disputed filter's own list, and its chip's count. */
  disputedAt: Uint32Array;
}

export interface SearchText {
  text: string;
  /** Where each event's text starts in `text`, plus its length at the end. */
  offsets: Uint32Array;
}

export const NO_CODE = 0xffff;

/** Case- and accent-insensitive: "Café" and "cafe" fold to the same text. */
export function foldText(text: string): string {
  // Plain ASCII needs no decomposition, and most text in most datasets is plain ASCII.
  return NON_ASCII.test(text)
    ? text
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
    : text.toLowerCase();
}

// oxlint-disable-next-line no-control-regex -- the ASCII range starts at NUL
const NON_ASCII = /[^\x00-\x7f]/;

/** Separates events in the search text; queries are folded text, so never contain it. */
const SEPARATOR = '\u0000';

/** A source's label without the words that join it ("as reported by"), which no one searches for. */
const namesOnly = (name: string, reporter: string) => `${name}\n${reporter}`;

function eventText(e: TimelineEvent): string {
  let text = `${e.title}\n${e.summary}`;
  for (const q of e.quotes) text += `\n${q.text}\n${q.by ?? ''}\n${q.where ?? ''}${q.source ? `\n${sourceLabel(q.source, namesOnly)}` : ''}`;
  for (const s of e.sources) text += s.title ? `\n${sourceLabel(s, namesOnly)}\n${s.title}` : `\n${sourceLabel(s, namesOnly)}`;
  return foldText(text).replaceAll(SEPARATOR, ' ');
}

function joinTexts(texts: string[]): SearchText {
  const offsets = new Uint32Array(texts.length + 1);
  let at = 0;
  texts.forEach((t, i) => {
    offsets[i] = at;
    at += t.length + 1;
  });
  offsets[texts.length] = at;
  // One join, with the last separator from an empty last item: appending it with + would make a
  // rope that the first search must copy flat, ~10 ms for 100,000 events.
  texts.push('');
  const text = texts.join(SEPARATOR);
  texts.pop();
  return { text, offsets };
}

export function searchTextOf(index: DatasetIndex): SearchText {
  return (index.search ??= joinTexts(index.events.map(eventText)));
}

/**
 * The search text folded a slice of 500 events at a time: each step of the generator folds one
 * slice, the last one keeps the text on the index. The caller decides when the steps run (the app
 * runs them while the page is idle, so a later first search is instant); data schedules nothing.
 */
export function* foldSearchText(index: DatasetIndex): Generator<void, void, void> {
  const texts: string[] = [];
  while (!index.search && texts.length < index.events.length) {
    for (const end = Math.min(texts.length + 500, index.events.length); texts.length < end;) texts.push(eventText(index.events[texts.length]!));
    yield;
  }
  index.search ??= joinTexts(texts);
}

export function buildIndex(dataset: Dataset): DatasetIndex {
  const events = dataset.events;
  const columns = buildColumns(dataset);
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < events.length; i++) {
    lo = Math.min(lo, columns.from[i]!);
    hi = Math.max(hi, columns.to[i]!);
  }
  for (const p of dataset.periods) {
    lo = Math.min(lo, p.start.start);
    hi = Math.max(hi, p.end.end);
  }
  let byId: Map<string, TimelineEvent> | null = null;
  return {
    dataset,
    events,
    columns,
    search: null,
    extent: lo < hi ? [lo, hi] : null,
    // Made on first use (a selection, a deep link): hashing 100,000 ids need not delay the first view.
    get byId() {
      if (!byId) {
        byId = new Map();
        for (const e of events) byId.set(e.id, e);
      }
      return byId;
    },
  };
}

function buildColumns(dataset: Dataset): Columns {
  const n = dataset.events.length;
  const actorCode = new Map(dataset.actors.map((a, i) => [a.id, i]));
  const categoryCode = new Map(dataset.categories.map((c, i) => [c.id, i]));
  const columns: Columns = {
    from: new Float64Array(n),
    to: new Float64Array(n),
    leadActor: new Uint16Array(n),
    category: new Uint16Array(n),
    actorBits: dataset.actors.length <= 32 ? new Uint32Array(n) : null,
    disputed: new Uint8Array(n),
    disputedAt: new Uint32Array(0),
  };
  let disputedCount = 0;
  dataset.events.forEach((e, i) => {
    columns.from[i] = e.from;
    columns.to[i] = e.to;
    columns.leadActor[i] = e.actors.length ? (actorCode.get(e.lane ?? e.actors[0]!) ?? NO_CODE) : NO_CODE;
    columns.category[i] = e.category === undefined ? NO_CODE : (categoryCode.get(e.category) ?? NO_CODE);
    if (columns.actorBits) {
      let bits = 0;
      for (const a of e.actors) bits |= 1 << (actorCode.get(a) ?? 0);
      columns.actorBits[i] = bits >>> 0;
    }
    // A note of only spaces says nothing; the detail panel would show nothing either.
    if (e.disputed?.trim()) {
      columns.disputed[i] = 1;
      disputedCount++;
    }
  });
  columns.disputedAt = new Uint32Array(disputedCount);
  for (let i = 0, k = 0; k < disputedCount; i++) if (columns.disputed[i]) columns.disputedAt[k++] = i;
  return columns;
}
