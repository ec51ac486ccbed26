/**
 * The one entry to parsing, for the app, the CLI and any worker: the format is read from the content
 * (JSON that looks like TimelineJS3, other JSON, else CSV), not trusted from a file name; a web page,
 * a binary file, a lone JSON value or an empty file is named for what it is (sniffFormat.ts). The CSV and
 * TimelineJS readers are passed in, so the app can fetch them only when a dataset needs them
 * (parseAny.ts); parseDataset.ts hands every reader over at once.
 */
import type { parseCsvDataset } from './formats/parseCsv';
import { jsonErrorWhere } from './parseJson';
import type { fromTimelineJs } from './formats/parseTimelineJs';
import { emptyDataset, validateDataset, type MediaReader } from './validate';
import { problem, say } from './problems';
import type { ParseResult } from './types';
import type { ColumnChoice } from './columnChoice';
import { quoteJsonValue, sniffFormat, type Sniffed } from './sniffFormat';

export type DatasetFormat = 'chronicle' | 'timelinejs' | 'csv';

export interface Readers {
  csv?: typeof parseCsvDataset;
  timelineJs?: typeof fromTimelineJs;
  /** Events' media (data/media/readMedia.ts): asked for only when a dataset has some. */
  media?: MediaReader;
}

export type Parsed = (ParseResult & { format: DatasetFormat }) | { needs: 'csv' | 'timelinejs' | 'media' };

/**
 * TimelineJS3: events with start_date objects, or its title slide, or eras; or either of the older
 * forms wrapped in `timeline` (slides for events, or TimelineJS2's `date` list).
 */
export function isTimelineJs(raw: unknown): raw is Record<string, unknown> {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObject(raw) && isObject(raw.timeline) && ['events', 'slides', 'date'].some((k) => Array.isArray((raw.timeline as Record<string, unknown>)[k])))
    return true;
  if (!isObject(raw) || !Array.isArray(raw.events)) return false;
  return raw.events.some((e) => isObject(e) && isObject(e.start_date)) || isObject(raw.title) || Array.isArray(raw.eras);
}

/** `columns`: the reader's word on a CSV's columns (columnChoice.ts); other formats name their fields themselves. */
export function parseDatasetWith(
  text: string,
  source: string,
  readers: Readers,
  onProgress?: (done: number, total: number) => void,
  columns?: ColumnChoice,
): Parsed {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const kind = sniffFormat(body);
  if (kind !== 'json' && kind !== 'csv') return notADataset(kind, body, source);
  if (kind === 'csv') return readers.csv ? { ...readers.csv(body, source, columns), format: 'csv' } : { needs: 'csv' };
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      dataset: emptyDataset(),
      problems: [problem('error', source, jsonErrorWhere(body, message), say('notJson', message))],
      format: 'chronicle',
    };
  }
  if (isTimelineJs(raw)) {
    if (!readers.timelineJs) return { needs: 'timelinejs' };
    const converted = readers.timelineJs(raw);
    return hasMedia(converted) && !readers.media
      ? { needs: 'media' }
      : { ...validateDataset(converted, source, onProgress, readers.media), format: 'timelinejs' };
  }
  if (hasMedia(raw) && !readers.media) return { needs: 'media' };
  return { ...validateDataset(raw, source, onProgress, readers.media), format: 'chronicle' };
}

/** Whether the dataset, a period or an event has media (or an event a backdrop, the dataset thumbnails), which needs its reader. */
function hasMedia(raw: unknown): boolean {
  const r = raw as { events?: unknown; periods?: unknown; media?: unknown; thumbnails?: unknown } | null;
  return (
    (r?.media ?? r?.thumbnails) !== undefined ||
    [r?.events, r?.periods].some((list) => Array.isArray(list) && list.some((e: { media?: unknown; backdrop?: unknown } | null) => e?.media ?? e?.backdrop))
  );
}

/** A file that is no dataset at all, said in one problem rather than read as a CSV and quoted back whole. */
function notADataset(kind: Exclude<Sniffed, 'json' | 'csv'>, body: string, source: string): Parsed {
  const said =
    kind === 'empty'
      ? say('emptyFile')
      : kind === 'markup'
        ? say('webPage')
        : kind === 'workbook' || (kind === 'binary' && /\.(xlsx?|xlsm|ods|numbers)$/i.test(source))
          ? say('workbook')
          : kind === 'binary'
            ? say('binaryFile')
            : say('jsonValue', quoteJsonValue(body));
  return { dataset: emptyDataset(), problems: [problem('error', source, say('file'), said)], format: kind === 'jsonValue' ? 'chronicle' : 'csv' };
}
