/**
 * The address of a view of this page, built from the store rather than the address bar (which is
 * written a frame after a change, and inside an embed is the embed's own). The linked dataset and the
 * reader's `?lang=` travel with it.
 */
import type { TimelineState } from '../store/createTimelineStore';
import { paramsFromState } from '../store/stateParams';
import { formatViewParams, type ViewParams } from '../view/viewParams';
import { withLang } from './withLang';

/** The full page's link to what `state` shows, with `overrides` applied (e.g. `{ embed: undefined }`). */
export function viewLink(state: TimelineState, overrides: Partial<ViewParams> = {}): string {
  const data = new URLSearchParams(location.search).get('data') ?? undefined;
  return `${location.origin}${location.pathname}${withLang(formatViewParams({ ...paramsFromState(state), data, ...overrides }))}`;
}
