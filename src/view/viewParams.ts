/**
 * The view as a link: the design doc's URL parameters, parsed and written without touching
 * `window`. Parsing never throws; anything malformed is dropped with a warning that says what and why (a code).
 * Lists keep literal commas (`actors=amazon,openai`) so links stay readable.
 */
import { parsePartialDate, toDateForm } from '../time/partialDate';
import type { LaneMode } from '../data/lanes';
import { FIELD_NAME, headerKey, type ColumnChoice } from '../data/columnChoice';

export interface ViewParams {
  data?: string;
  /** What the linked CSV's columns hold, as the reader chose in the Open dialog: an addition to the design doc's table. */
  columns?: ColumnChoice;
  event?: string;
  from?: number;
  to?: number;
  period?: string;
  q?: string;
  actors?: string[];
  categories?: string[];
  /** Only events whose sources disagree: an addition to the design doc's table. */
  disputed?: boolean;
  lanes?: LaneMode;
  /** `fold=0`: long empty stretches keep their true length (an addition to the design doc's table). */
  fold?: boolean;
  view?: 'timeline' | 'list';
  embed?: boolean;
  orientation?: Orientation;
  /** Which way time runs along a horizontal axis (issue 24): absent, the language's way (right to left in Arabic, Hebrew, Persian, Urdu); an addition to the design doc's table. */
  axis?: AxisDirection;
  theme?: Theme;
  /** Hex colour without "#", e.g. "c2570c". */
  accent?: string;
  /** The embed builder page: an addition to the design doc's table. */
  builder?: boolean;
  /** The editor (issue 21): an addition to the design doc's table. */
  edit?: boolean;
  /** The draft the editor edits, by its id in this browser, or `new`: an addition to the design doc's table. */
  draft?: string;
  present?: boolean;
  /** 1-based, as in the link. */
  step?: number;
  /** Seconds per step. */
  autoplay?: number;
  /** The presenter's second window: current and next step, with notes. */
  speaker?: boolean;
}

export type Orientation = 'horizontal' | 'vertical';
export type AxisDirection = 'ltr' | 'rtl';
export type Theme = 'light' | 'dark' | 'auto';

/**
 * Parameters of the design doc that no view state holds (the reader's `lang`, `media=auto`:
 * ui/media/autoLoad.ts, an embed's `gestures=greedy`: embed/EmbedGestures.tsx): known here, so they draw no warning, and carried by every link to another
 * view of the page (io/withLang.ts) and by the address bar as it follows the view (app/sync).
 */
export const CARRIED_PARAMS = ['lang', 'media', 'gestures'];
const OTHER_KNOWN = new Set(CARRIED_PARAMS);
const LANES: LaneMode[] = ['actor', 'category', 'none'];
/** Every parameter a view holds, in the order links write them. */
export const LINK_PARAMS: (keyof ViewParams)[] = [
  'edit',
  'draft',
  'data',
  'columns',
  'event',
  'period',
  'from',
  'to',
  'q',
  'actors',
  'categories',
  'disputed',
  'lanes',
  'fold',
  'view',
  'embed',
  'orientation',
  'axis',
  'theme',
  'accent',
  'builder',
  'present',
  'step',
  'autoplay',
  'speaker',
];

/**
 * Why a parameter was dropped, as a code: the words (view/words/paramWarnings.ts) are fetched only by
 * a link that has something to warn about.
 */
export type ParamWhy =
  | 'empty'
  | 'encoding'
  | 'draft'
  | 'date'
  | 'ids'
  | 'columns'
  | 'lanes'
  | 'view'
  | 'step'
  | 'autoplay'
  | 'flag'
  | 'orientation'
  | 'axis'
  | 'theme'
  | 'accent'
  | 'unknown'
  | 'order'
  // Well formed, but not of this dataset (store/stateParams.ts).
  | 'absent'
  | 'noDisputed'
  | 'pastLast';
/** The parameter's name (the whole part when it does not decode), its raw value, why it was dropped. */
export type ParamWarning = [key: string, raw: string, why: ParamWhy];

export function parseViewParams(search: string): { params: ViewParams; warnings: ParamWarning[] } {
  const params: ViewParams = {};
  const warnings: ParamWarning[] = [];
  const warn = (key: string, raw: string, why: ParamWhy) => warnings.push([key, raw, why]);
  const query = search.startsWith('?') ? search.slice(1) : search;
  for (const part of query.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const key = decode(eq < 0 ? part : part.slice(0, eq));
    const raw = eq < 0 ? '' : part.slice(eq + 1);
    const value = decode(raw);
    if (key === null || value === null) {
      warn(part, '', 'encoding');
      continue;
    }
    switch (key) {
      case 'data':
      case 'event':
      case 'period':
        if (value.trim()) params[key] = value.trim();
        else warn(key, raw, 'empty');
        break;
      case 'q':
        params.q = value;
        break;
      case 'draft':
        if (/^[a-z0-9-]{1,40}$/.test(value)) params.draft = value;
        else warn(key, raw, 'draft');
        break;
      case 'from':
      case 'to': {
        const date = parsePartialDate(value);
        if (date) params[key] = key === 'from' ? date.start : date.end;
        else warn(key, raw, 'date');
        break;
      }
      case 'actors':
      case 'categories': {
        const ids = raw
          .split(',')
          .map(decode)
          .filter((id): id is string => id !== null && id.trim() !== '');
        if (ids.length) params[key] = [...new Set(ids.map((id) => id.trim()))];
        else warn(key, raw, 'ids');
        break;
      }
      case 'columns': {
        const choice = columnsParam(raw);
        if (choice) params.columns = choice;
        else warn(key, raw, 'columns');
        break;
      }
      case 'lanes':
        if ((LANES as string[]).includes(value)) params.lanes = value as LaneMode;
        else warn(key, raw, 'lanes');
        break;
      case 'view':
        if (value === 'list' || value === 'timeline') params.view = value;
        else warn(key, raw, 'view');
        break;
      case 'step':
        if (/^\d{1,5}$/.test(value) && Number(value) >= 1) params.step = Number(value);
        else warn(key, raw, 'step');
        break;
      case 'autoplay':
        if (/^\d{1,4}(\.\d+)?$/.test(value) && Number(value) >= 1 && Number(value) <= 3600) params.autoplay = Number(value);
        else warn(key, raw, 'autoplay');
        break;
      case 'embed':
      case 'present':
      case 'speaker':
      case 'builder':
      case 'edit':
      case 'disputed':
      case 'fold':
        if (value === '1' || value === '0') params[key] = value === '1';
        else warn(key, raw, 'flag');
        break;
      case 'orientation':
        if (value === 'horizontal' || value === 'vertical') params.orientation = value;
        else warn(key, raw, 'orientation');
        break;
      case 'axis':
        if (value === 'ltr' || value === 'rtl') params.axis = value;
        else warn(key, raw, 'axis');
        break;
      case 'theme':
        if (value === 'light' || value === 'dark' || value === 'auto') params.theme = value;
        else warn(key, raw, 'theme');
        break;
      case 'accent':
        if (/^(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(value)) params.accent = value.toLowerCase();
        else warn(key, raw, 'accent');
        break;
      default:
        if (!OTHER_KNOWN.has(key)) warn(key, raw, 'unknown');
    }
  }
  if (params.from !== undefined && params.to !== undefined && params.from >= params.to) {
    warn('from', '', 'order');
    delete params.from;
    delete params.to;
  }
  return { params, warnings };
}

/** Parameters in a fixed order, with the window as calendar days (floored and ceiled to whole days). */
export function formatViewParams(params: ViewParams): string {
  const parts: string[] = [];
  for (const key of LINK_PARAMS) {
    const value = params[key];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    if (typeof value === 'object' && !Array.isArray(value))
      parts.push(
        `${key}=${Object.entries(value)
          .map(([header, field]) => `${encode(header)}:${encode(field ?? '')}`)
          .join(',')}`,
      );
    else if (key === 'from' || key === 'to') parts.push(`${key}=${windowForm(value as number, key === 'to', params)}`);
    else if (typeof value === 'boolean') parts.push(`${key}=${value ? 1 : 0}`);
    else if (Array.isArray(value)) parts.push(`${key}=${value.map(encode).join(',')}`);
    else parts.push(`${key}=${encode(String(value))}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

/** `datum:start,ereignis:title,notes:`: each header (as compared) and its field, or nothing for "not read". Null if any pair is not one. */
function columnsParam(raw: string): ColumnChoice | null {
  const choice: { [header: string]: ColumnChoice[string] } = {};
  for (const item of raw.split(',')) {
    const at = item.indexOf(':');
    const header = decode(item.slice(0, at));
    const field = decode(item.slice(at + 1))?.trim();
    if (at < 0 || header === null || !headerKey(header) || field === undefined || (field !== '' && !FIELD_NAME.test(field))) return null;
    choice[headerKey(header)] = field === '' ? null : field;
  }
  return choice;
}

const DAY = 86_400_000;
const MINUTE = 60_000;

/** A window narrower than a day (a dataset with times of day) is written to the minute, else in whole days. */
function windowForm(ms: number, roundUp: boolean, { from = 0, to = 0 }: ViewParams): string {
  if (to - from >= DAY) return dayForm(ms, roundUp);
  const minute = roundUp ? Math.ceil(ms / MINUTE) * MINUTE - MINUTE : Math.floor(ms / MINUTE) * MINUTE;
  return toDateForm(minute, 'minute');
}

function dayForm(ms: number, roundUp: boolean): string {
  const day = roundUp ? Math.ceil(ms / DAY) * DAY - DAY : Math.floor(ms / DAY) * DAY;
  return toDateForm(day, 'day');
}

/** Like encodeURIComponent, but spaces read as "+" and commas inside a value are escaped so lists split cleanly. */
export function encode(value: string): string {
  return encodeURIComponent(value).replace(/%20/g, '+');
}

function decode(value: string): string | null {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}
