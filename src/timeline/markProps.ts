import type { KeyboardEvent } from 'react';
import type { TimelineEvent } from '../data/types';
import type { AxisTicks } from '../time/ticks';
import type { ClusterTarget } from '../view/densityBand';
import type { Shape } from '../view/shapes';
import { formatCount, messages } from '../i18n/messages';
import { formatDay } from '../i18n/format';
import type { MarkNamer } from '../i18n/markNames';
import { timeKey } from '../store/commands';

/**
 * What every event mark shares in either orientation: an option of the timeline's list of events,
 * named by `markNamer`, selected on click, Enter or Space. The marks are one tab stop (roving
 * tabindex): only `tabStop` is in the tab order, and the arrow keys move the selection, and focus
 * with it, from event to event.
 */
export function markOptionProps(event: TimelineEvent, name: string, selected: boolean, onSelect: (id: string) => void, tabStop = false) {
  return {
    'data-event-id': event.id,
    role: 'option',
    tabIndex: tabStop ? 0 : -1,
    'aria-label': name,
    'aria-selected': selected,
    onClick: () => onSelect(event.id),
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onSelect(event.id);
      }
    },
  } as const;
}

/** What a cluster holds and where (its lane, if it has one, and its dates); `clusterButtonProps` adds what a click does. */
export function clusterName(cluster: { count: number; earlier?: boolean; from: number; to: number }, lane: string | null = null): string {
  // Starts with the badge's own words ("+3 events", "↑ 3 began earlier"): what is seen is what is heard.
  const n = formatCount(cluster.count);
  const t = messages();
  const what = cluster.earlier ? t.beganEarlier(cluster.count, n) : t.grouped(cluster.count, n);
  return `${what}, ${t.clusterPlace(lane, formatDay(cluster.from), formatDay(Math.max(cluster.from, cluster.to - 1)))}`;
}

/**
 * The badges and slices are one tab stop after the marks (roving tabindex): the arrow keys move focus
 * between them, in lane then time order, without selecting or panning (the document's arrow keys are
 * for events, and yield to a handled key).
 */
export function onGroupsKeyDown(e: KeyboardEvent<SVGGElement>) {
  // Where time runs right to left, ← is forward (store/commands.ts timeKey).
  const key = timeKey(e.key, e.currentTarget.closest('.time-rtl') !== null);
  const step = key === 'ArrowRight' || key === 'ArrowDown' ? 1 : key === 'ArrowLeft' || key === 'ArrowUp' ? -1 : 0;
  if (!step) return;
  const all = [...e.currentTarget.querySelectorAll<SVGGElement>('[data-cluster-count]')];
  const at = all.indexOf(e.target as SVGGElement);
  if (at < 0) return;
  e.preventDefault();
  all[Math.min(Math.max(at + step, 0), all.length - 1)]?.focus();
}

/** A cluster or density slice as a button: `name` says what it holds; ranges from before are listed, the rest zoomed into. */
export function clusterButtonProps(count: number, name: string, onOpen: () => void, lists = false, tabStop = false) {
  return {
    'data-cluster-count': count,
    role: 'button',
    tabIndex: tabStop ? 0 : -1,
    'aria-label': `${name}; ${lists ? messages().listThem : messages().zoomInto}`,
    onClick: onOpen,
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onOpen();
      }
    },
  } as const;
}

/**
 * Which event holds the timeline's one tab stop: the selected one if it is drawn, else the earliest
 * drawn (`at` gives its place along the time axis). Null when no event is drawn: then the first badge
 * or slice takes it.
 */
export function tabStopOf<M extends { event: { id: string } }>(marks: M[], selectedId: string | null, at: (mark: M) => number): string | null {
  let first: M | null = null;
  for (const m of marks) {
    if (m.event.id === selectedId) return selectedId;
    if (!first || at(m) < at(first)) first = m;
  }
  return first?.event.id ?? null;
}

export function markClasses(event: TimelineEvent, kind: string, selected: boolean, related: boolean): string {
  // Built for every mark on every render: concatenation, not an array to filter and join.
  let classes = `mark mark-${kind}`;
  if (event.approx) classes += ' approx';
  if (event.qualifier) classes += ` q-${event.qualifier}`;
  if (selected) classes += ' selected';
  if (related) classes += ' related';
  return classes;
}

/** What a timeline SVG draws with, in either orientation: styles, state and the handlers of its marks. */
export interface SharedSvgProps {
  width: number;
  ticks: AxisTicks;
  colorOf: (actorId: string | undefined) => string;
  /** Each actor's shape, so actors differ by more than colour. */
  shapeOf: (actorId: string | undefined) => Shape;
  selectedId: string | null;
  /** Events connected to the selected one: highlighted, and joined to it by a connector. */
  related: Set<string>;
  terms: string[];
  onSelect: (id: string) => void;
  /** Each mark's accessible name: date, title, actors, category, period. */
  nameOf: MarkNamer;
  onCluster: (cluster: ClusterTarget) => void;
  onPeriod: (id: string) => void;
  svgRef?: React.Ref<SVGSVGElement>;
  label: string;
  /** The id of the element describing the timeline (its window, count and keys). */
  describedBy?: string;
}
