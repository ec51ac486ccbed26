/**
 * A CSV dataset (one event a row; columns id,start,end,title,summary,actors,category,sources,related,
 * header names in any case; lists separated by ";") becomes the same raw dataset as JSON, and goes
 * through the same validation. Problems are reported by row and column.
 */
import { readCsv } from './csv';
import { emptyDataset, validateDataset } from '../validate';
import { problem, say, word, type Said } from '../problemWords';
import type { ParseResult, Problem } from '../types';

/** The validator's problem, placed in the file instead ("events[3] › start" becomes a row and column). */
const relocate = (p: Problem, place: Said): Problem => ({ ...p, where: word(place), place });

const LIST_COLUMNS = new Set(['actors', 'related', 'sources']);
const KNOWN = ['id', 'start', 'end', 'title', 'summary', 'actors', 'category', 'sources', 'related', 'disputed', 'approx', 'qualifier'];

export function parseCsvDataset(text: string, source: string): ParseResult {
  const { rows, problems: syntax } = readCsv(text);
  const problems: Problem[] = syntax.map((p) => problem('error', source, say('lineColumn', p.line, p.column), p.said));
  const [header, ...body] = rows;
  if (!header) {
    problems.push(problem('error', source, say('line', 1), say('emptyCsv')));
    return { dataset: emptyDataset(), problems };
  }
  const columns = header.cells.map((c) => c.trim().toLowerCase());
  if (columns.includes('year') && columns.includes('headline')) return timelineJsSheet(columns, body, source, problems);
  for (const required of ['start', 'title']) {
    if (!columns.includes(required)) problems.push(problem('error', source, say('line', header.line), say('missingColumn', required, columns.join(', '))));
  }
  columns.forEach((c, i) => {
    if (c && !KNOWN.includes(c)) problems.push(problem('warning', source, say('lineColumn', header.line, i + 1), say('unknownColumn', header.cells[i]!)));
  });

  const actors = new Set<string>();
  const categories = new Set<string>();
  const events = body.map((row, n) => {
    if (row.cells.length !== columns.length) {
      problems.push(problem('warning', source, say('row', n + 2, row.line), say('cellCount', row.cells.length, columns.length)));
    }
    const raw: Record<string, unknown> = {};
    columns.forEach((column, i) => {
      const value = (row.cells[i] ?? '').trim();
      if (!KNOWN.includes(column) || value === '') return;
      if (LIST_COLUMNS.has(column)) {
        const items = value
          .split(';')
          .map((v) => v.trim())
          .filter(Boolean);
        raw[column] = column === 'sources' ? items.map(sourceFrom) : items;
      } else if (column === 'approx') raw.approx = /^(true|yes|1|y)$/i.test(value);
      else raw[column] = value;
    });
    if (raw.id === undefined) raw.id = `row-${n + 2}`;
    for (const a of (raw.actors as string[] | undefined) ?? []) actors.add(a);
    if (typeof raw.category === 'string') categories.add(raw.category);
    return raw;
  });

  const result = validateDataset(
    { title: source.replace(/\.csv$/i, ''), actors: [...actors].map((id) => ({ id })), categories: [...categories].map((id) => ({ id })), events },
    source,
  );
  // Say where in the file: "events[3] "x" › start" becomes "row 5 (line 6), column "start"".
  const located = result.problems.map((p) => {
    const m = /^events\[(\d+)\](?: "[^"]*")?(?: › ([\w]+))?/.exec(p.where);
    if (!m) return p;
    const row = body[Number(m[1])]!;
    return relocate(p, m[2] ? say('rowColumn', Number(m[1]) + 2, row.line, m[2]) : say('row', Number(m[1]) + 2, row.line));
  });
  return { dataset: result.dataset, problems: [...problems, ...located] };
}

/** "Financial Times <https://ft.com/…>" or a bare URL become a named, linked source; anything else is a name. */
function sourceFrom(item: string): { name: string; url?: string } {
  const angled = /^(.*?)\s*<(https?:\/\/[^>]+)>$/.exec(item);
  if (angled) return { name: angled[1] || angled[2]!, url: angled[2] };
  if (/^https?:\/\//.test(item)) {
    try {
      return { name: new URL(item).hostname, url: item };
    } catch {
      return { name: item };
    }
  }
  return { name: item };
}

/**
 * A TimelineJS3 spreadsheet exported as CSV (Year, Month, Day, End Year, …, Headline, Text, Media,
 * Media Credit, Group, Type): rows become events, "era" rows periods, the "title" row the title.
 */
function timelineJsSheet(columns: string[], body: { line: number; cells: string[] }[], source: string, problems: Problem[]): ParseResult {
  const at = (row: { cells: string[] }, name: string) => (row.cells[columns.indexOf(name)] ?? '').trim();
  const date = (row: { cells: string[] }, prefix: string) => {
    const [y, m, d] = ['year', 'month', 'day'].map((part) => at(row, `${prefix}${part}`));
    if (!y) return undefined;
    if (!/^\d+$/.test(y)) return y;
    let form = y.padStart(4, '0');
    if (/^\d+$/.test(m ?? '') && Number(m) >= 1 && Number(m) <= 12) {
      form += `-${m!.padStart(2, '0')}`;
      if (/^\d+$/.test(d ?? '') && Number(d) >= 1 && Number(d) <= 31) form += `-${d!.padStart(2, '0')}`;
    }
    return form;
  };
  const slug = (t: string) =>
    t
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60);
  const text = (html: string) =>
    html
      .replace(/<[^>]*>/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, ' ')
      .trim();
  let title = source.replace(/\.csv$/i, '');
  let description = '';
  const groups = new Map<string, string>();
  const periods: Record<string, unknown>[] = [];
  const events: Record<string, unknown>[] = [];
  const lines: number[] = [];
  for (const row of body) {
    const type = at(row, 'type').toLowerCase();
    const headline = text(at(row, 'headline'));
    if (type === 'title') {
      title = headline || title;
      description = text(at(row, 'text'));
      continue;
    }
    if (type === 'era') {
      periods.push({ id: slug(headline) || `era-${periods.length + 1}`, title: headline, start: date(row, ''), end: date(row, 'end ') });
      continue;
    }
    const group = at(row, 'group');
    if (group) groups.set(slug(group) || 'group', group);
    const media = at(row, 'media');
    const credit = text(at(row, 'media credit'));
    const end = date(row, 'end ');
    events.push({
      id: slug(headline) ? `${slug(headline)}-${events.length + 1}` : `row-${events.length + 2}`,
      start: date(row, ''),
      ...(end ? { end } : {}),
      title: headline,
      summary: text(at(row, 'text')),
      ...(group ? { actors: [slug(group) || 'group'] } : {}),
      ...(/^https?:\/\//.test(media) ? { sources: [{ name: credit || new URL(media).hostname, url: media }] } : credit ? { sources: [{ name: credit }] } : {}),
    });
    lines.push(row.line);
  }
  const result = validateDataset({ title, description, actors: [...groups].map(([id, label]) => ({ id, label })), periods, events }, source);
  const located = result.problems.map((p) => {
    const m = /^events\[(\d+)\](?: "[^"]*")?(?: › ([\w]+))?/.exec(p.where);
    if (!m) return p;
    const line = lines[Number(m[1])]!;
    return relocate(p, m[2] ? say('lineField', line, m[2] === 'start' ? 'Year/Month/Day' : m[2] === 'title' ? 'Headline' : m[2]) : say('line', line));
  });
  return { dataset: result.dataset, problems: [...problems, ...located] };
}
