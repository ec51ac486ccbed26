import type { KeyboardEvent } from 'react';
import type { TimelineEvent } from '../data/types';
import type { AxisTicks } from '../time/ticks';
import type { ClusterTarget } from '../view/densityBand';
import type { Shape } from '../view/shapes';
import { formatCount, messages } from '../i18n/messages';

/**
 * What every event mark shares in either orientation: a named button that selects on click, Enter
 * or Space. The timeline is one tab stop (roving tabindex): only `tabStop` is in the tab order, and
 * the arrow keys move the selection, and focus with it, from event to event.
 */
export function markButtonProps(event: TimelineEvent, date: string, selected: boolean, onSelect: (id: string) => void, tabStop = false) {
  return {
    'data-event-id': event.id,
    role: 'button',
    tabIndex: tabStop ? 0 : -1,
    'aria-label': `${date}: ${event.title}`,
    'aria-pressed': selected,
    onClick: () => onSelect(event.id),
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onSelect(event.id);
      }
    },
  } as const;
}

/** What a cluster holds, for its tooltip; `clusterButtonProps` adds what a click does. */
export function clusterName(cluster: { count: number; earlier?: boolean }): string {
  // Starts with the badge's own words ("+3 events", "↑ 3 began earlier"): what is seen is what is heard.
  const n = formatCount(cluster.count);
  return cluster.earlier ? messages().beganEarlier(cluster.count, n) : messages().grouped(cluster.count, n);
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
  onCluster: (cluster: ClusterTarget) => void;
  onPeriod: (id: string) => void;
  svgRef?: React.Ref<SVGSVGElement>;
  label: string;
  /** The id of the element describing the timeline (its window, count and keys). */
  describedBy?: string;
}
