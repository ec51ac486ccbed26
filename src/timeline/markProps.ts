import type { KeyboardEvent } from 'react';
import type { TimelineEvent } from '../data/types';

/** What every event mark shares in either orientation: a named button that selects on click, Enter or Space. */
export function markButtonProps(event: TimelineEvent, date: string, selected: boolean, onSelect: (id: string) => void) {
  return {
    'data-event-id': event.id,
    role: 'button',
    tabIndex: 0,
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
  const events = cluster.count === 1 ? '1 event' : `${cluster.count} events`;
  // Starts with the badge's own words ("+3 events", "↑ 3 began earlier"): what is seen is what is heard.
  return cluster.earlier ? `${cluster.count} began earlier: ${events} that run into view` : `${events} grouped here`;
}

/** A cluster or density slice as a button: `name` says what it holds; ranges from before are listed, the rest zoomed into. */
export function clusterButtonProps(count: number, name: string, onOpen: () => void, lists = false) {
  return {
    'data-cluster-count': count,
    role: 'button',
    tabIndex: 0,
    'aria-label': `${name}; ${lists ? 'list them' : 'zoom in'}`,
    onClick: onOpen,
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onOpen();
      }
    },
  } as const;
}

export function markClasses(event: TimelineEvent, kind: string, selected: boolean, related: boolean): string {
  return ['mark', `mark-${kind}`, event.approx ? 'approx' : '', event.qualifier ? `q-${event.qualifier}` : '', selected ? 'selected' : '', related ? 'related' : '']
    .filter(Boolean)
    .join(' ');
}
