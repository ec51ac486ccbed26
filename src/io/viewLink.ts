/**
 * Links to views of this page, all built here: from the store's state (not the address bar, which is
 * written a frame after a change, and inside an embed is the embed's own) or from parameters, always
 * keeping the linked dataset (`?data=`) and the reader's `?lang=`.
 */
import type { TimelineState } from '../store/createTimelineStore';
import { paramsFromState } from '../store/stateParams';
import { formatViewParams, parseViewParams, type ViewParams } from '../view/viewParams';
import type { ColumnChoice } from '../data/columnChoice';
import { withLang } from './withLang';

/** The `?data=` this page was opened with: a linked dataset, or none (the bundled one, or a file). */
export function linkedData(): string | undefined {
  return new URLSearchParams(location.search).get('data') ?? undefined;
}

/** The `?columns=` that goes with it: what the linked CSV's columns hold. */
export function linkedColumns(): ColumnChoice | undefined {
  return parseViewParams(location.search).params.columns;
}

/** This page with `params`, the linked dataset and the reader's language; relative unless `absolute`. */
export function pageLink(params: ViewParams, absolute = false): string {
  const path = absolute ? `${location.origin}${location.pathname}` : location.pathname;
  return `${path}${withLang(formatViewParams({ data: linkedData(), columns: linkedColumns(), ...params }))}`;
}

/** The link to what `state` shows, with `overrides` applied (e.g. `{ embed: undefined }`); absolute, to share. */
export function viewLink(state: TimelineState, overrides: Partial<ViewParams> = {}): string {
  const params = { ...paramsFromState(state), ...overrides };
  if (!state.link) return pageLink(params, true);
  // A web component's full view is the app's page, with its dataset and options.
  const at = new URL(state.link);
  return `${at.origin}${at.pathname}${withLang(formatViewParams({ data: at.searchParams.get('data') ?? undefined, ...params }), at.search)}`;
}
