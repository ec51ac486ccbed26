/**
 * The embed messages of the design doc, and their compatible extensions (README, "Embed messages").
 * Pure: shapes and checks only.
 */

export interface SelectMessage {
  type: 'chronicle:select';
  id: string | null;
}

export interface ResizeMessage {
  type: 'chronicle:resize';
  height: number;
}

/** What AMP's <amp-iframe> listens for to size itself. */
export interface AmpSizeMessage {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

/**
 * What Datawrapper's responsive-embed listener reads: heights by chart id. Its older listener finds the
 * iframe as `#datawrapper-chart-<key>` or `iframe[src*='<key>']`, its newer one by the message's source.
 */
export interface DatawrapperSizeMessage {
  'datawrapper-height': Record<string, number>;
}

/** Sent once the timeline is drawn (`[data-testid=timeline][data-state=ready]`). */
export interface ReadyMessage {
  type: 'chronicle:ready';
}

/** The window the timeline settles on, as its `data-from` and `data-to` give it (ISO days). */
export interface ViewMessage {
  type: 'chronicle:view';
  from: string;
  to: string;
}

/** Host → embed: show a presenter step (a number from 1, as the presenter counts) or a period or event by id. */
export interface StepMessage {
  type: 'chronicle:step';
  step: number | string;
}

const MAX_ID = 200;
/** As the `step=` link parameter allows (view/viewParams.ts). */
const MAX_STEP = 99_999;

const isRecord = (data: unknown): data is Record<string, unknown> => typeof data === 'object' && data !== null && !Array.isArray(data);

/** One of the two messages an embed acts on: exactly { type: "chronicle:select", id: string | null }. */
export function isSelectMessage(data: unknown): data is SelectMessage {
  if (!isRecord(data)) return false;
  return data.type === 'chronicle:select' && (data.id === null || (typeof data.id === 'string' && data.id.length <= MAX_ID));
}

/** The other: exactly { type: "chronicle:step", step }, a whole step number or a non-empty id, nothing else. */
export function isStepMessage(data: unknown): data is StepMessage {
  if (!isRecord(data) || data.type !== 'chronicle:step' || Object.keys(data).length !== 2) return false;
  const { step } = data;
  return typeof step === 'number'
    ? Number.isInteger(step) && step >= 1 && step <= MAX_STEP
    : typeof step === 'string' && step.length > 0 && step.length <= MAX_ID;
}

/**
 * Every height message a host page may already listen for: ours, AMP's, Datawrapper's (keyed by `key`,
 * a part of the embed's address that its iframe's `src` contains) and Flourish's, which its listener
 * expects as a JSON string naming the frame's address (`src`).
 */
export function resizeMessages(height: number, key: string, src: string): [ResizeMessage, AmpSizeMessage, DatawrapperSizeMessage, string] {
  const h = Math.ceil(height);
  return [
    { type: 'chronicle:resize', height: h },
    { sentinel: 'amp', type: 'embed-size', height: h },
    { 'datawrapper-height': { [key]: h } },
    JSON.stringify({ sender: 'Flourish', context: 'iframe.resize', method: 'resize', height: h, src }),
  ];
}

/**
 * Datawrapper's key for this embed: the query of the address it was framed with, which the iframe's
 * `src` contains as pasted. Cut before a quote or backslash, which would break the older listener's
 * `iframe[src*='…']` selector.
 */
export function datawrapperKey(search: string): string {
  return search.replace(/['\\].*$/s, '');
}
