/**
 * The dataset's `sources` list and the citations of it. Events, periods and quotes cite a listed
 * source by id, and every citation is the listed object itself: a dataset of 100,000 events citing
 * five articles holds five source objects, not 100,000 copies. Inline sources (`{ name, url }`, the
 * design doc's form) still work beside ids; those without a link are shared by name.
 */
import { parsePartialDate } from '../time/partialDate';
import { say, type Report } from './problems';
import { safeUrl } from './safeValues';
import { checkRecord, SourceSchema, type CitationInput } from './schema';
import { fieldOf, recordAt } from './recordPath';
import type { RecordPath, Source } from './types';

export interface SourceTable {
  /** The listed sources, in file order: the dataset's `sources`. */
  list: Source[];
  byId: Map<string, Source>;
  /** One frozen inline source per name for those without a link, which large datasets repeat. */
  named: Map<string, Source>;
}

/**
 * Reads the dataset's `sources`. A bad entry is an error and left out; a repeated id keeps the first;
 * a `via` that names no listed source, or that would close a loop, is dropped with a warning.
 */
export function readSources(list: unknown[], report: Report): SourceTable {
  const table: SourceTable = { list: [], byId: new Map(), named: new Map() };
  const vias: { source: Source; via: string; where: RecordPath }[] = [];
  list.forEach((item, i) => {
    const where = recordAt('sources', i, item);
    const r = checkRecord(SourceSchema, item);
    if (!r.ok) {
      for (const issue of r.issues) report('error', issue.field ? fieldOf(where, issue.field) : where, say('entryLeftOut', issue.said));
      return;
    }
    const { id, name, title, url, date, via } = r.value;
    if (table.byId.has(id)) return report('warning', where, say('duplicateSource'));
    const source: Source = { id, name };
    if (title !== undefined) source.title = title;
    if (url !== undefined) {
      const safe = safeUrl(url);
      if (safe === null) report('warning', fieldOf(where, 'url'), say('linkDropped', JSON.stringify(url)));
      else source.url = safe;
    }
    if (date !== undefined) source.date = parsePartialDate(date)!;
    table.byId.set(id, source);
    table.list.push(source);
    if (via !== undefined) vias.push({ source, via, where });
  });
  // After the whole list: a source may name one listed after it. In file order, so of a loop the
  // entry that would close it loses its `via`.
  for (const { source, via, where } of vias) {
    const reporter = table.byId.get(via);
    if (!reporter) {
      report('warning', fieldOf(where, 'via'), say('viaMissing', via));
      continue;
    }
    const loop = loopBack(source, reporter);
    if (loop) report('warning', fieldOf(where, 'via'), say('viaCycle', loop));
    else source.via = reporter;
  }
  for (const source of table.list) Object.freeze(source);
  return table;
}

/** `"a" › "b" › "a"` when `source` via `reporter` would come back to `source`; null when it would not. */
function loopBack(source: Source, reporter: Source): string | null {
  const chain = [source];
  for (let s: Source | undefined = reporter; s; s = s.via) {
    chain.push(s);
    if (s === source) return chain.map((c) => JSON.stringify(c.id)).join(' › ');
  }
  return null;
}

/**
 * An event's or period's `sources`: ids become the listed objects (an unknown id is dropped with a
 * warning), inline sources are kept (an unsafe link dropped). `where()` (`events[3] "x"`) is only
 * built when there is something to report.
 */
export function citeSources(entries: CitationInput[], table: SourceTable, report: Report, where: () => RecordPath): Source[] {
  const sources: Source[] = [];
  for (let j = 0; j < entries.length; j++) {
    const entry = entries[j]!;
    if (typeof entry === 'string') {
      const listed = table.byId.get(entry);
      if (listed) sources.push(listed);
      else report('warning', fieldOf(where(), `sources.${j}`), say('unknownSource', entry));
    } else if (entry.url === undefined) {
      let named = table.named.get(entry.name);
      if (!named) table.named.set(entry.name, (named = Object.freeze({ name: entry.name })));
      sources.push(named);
    } else {
      const url = safeUrl(entry.url);
      if (url === null) report('warning', fieldOf(where(), `sources.${j}.url`), say('linkDropped', JSON.stringify(entry.url)));
      sources.push(url === null ? { name: entry.name } : { name: entry.name, url });
    }
  }
  return sources;
}

/** A quote's `source`: the listed source with that id, or undefined with a warning at `where` (`… › quotes.0.source`). */
export function citeQuoteSource(id: string, table: SourceTable, report: Report, where: () => RecordPath): Source | undefined {
  const listed = table.byId.get(id);
  if (!listed) report('warning', where(), say('unknownSource', id));
  return listed;
}
