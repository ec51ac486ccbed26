/**
 * The link's warnings in words, for the console of whoever wrote the link (view/viewParams.ts gives
 * codes): they come with the code that keeps the link in step (app/sync/urlSync.ts), after the first view.
 */
import type { ParamWarning, ParamWhy } from '../viewParams';

const HINTS: Record<ParamWhy, string> = {
  empty: 'empty',
  encoding: 'not valid percent-encoding',
  draft: 'use the id of a draft kept in this browser, or new',
  date: 'use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:mm',
  ids: 'no ids',
  columns: 'use header:field pairs, e.g. columns=datum:start,ereignis:title,notes:',
  lanes: 'use actor, category, none',
  view: 'use timeline or list',
  step: 'use a step number from 1',
  autoplay: 'use seconds per step, from 1 to 3600',
  flag: 'use 1 or 0',
  orientation: 'use horizontal or vertical',
  axis: 'use ltr or rtl',
  theme: 'use light, dark or auto',
  accent: 'use a hex colour without "#", e.g. c2570c',
  unknown: 'unknown parameter',
  order: 'from must come before to',
  absent: 'not in this dataset',
  noDisputed: 'no event in this dataset is disputed',
  pastLast: 'past the last step; showing the last',
};

export function paramWarning([key, raw, why]: ParamWarning): string {
  if (why === 'encoding') return `ignoring ${key}: ${HINTS[why]}`;
  if (why === 'order') return `ignoring from and to: ${HINTS[why]}`;
  return `ignoring ${key}=${raw}: ${HINTS[why]}`;
}
