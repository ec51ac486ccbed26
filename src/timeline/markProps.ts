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

export function clusterButtonProps(count: number, onOpen: () => void) {
  return {
    'data-cluster-count': count,
    role: 'button',
    tabIndex: 0,
    'aria-label': `${count} more events here; zoom in`,
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
