import { eventCount, messages } from '../../i18n/messages';
import { useEffect, useRef } from 'react';
import type { TimelineEvent } from '../../data/types';
import { formatEventDate } from '../../i18n/format';
import './ClusterList.css';

interface ClusterListProps {
  cluster: { count: number };
  events: TimelineEvent[];
  onSelect: (id: string) => void;
  onClose: () => void;
  top: number;
  left: number;
  width: number;
}

/** For events on the same day at full zoom: a small list to pick one from. */
export function ClusterList({ cluster, events, onSelect, onClose, top, left, width }: ClusterListProps) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  const boxWidth = Math.min(300, width - 16);
  return (
    <div
      className="cluster-list"
      role="dialog"
      aria-label={eventCount(cluster.count)}
      style={{ top: top + 12, left: Math.max(8, Math.min(left - 20, width - boxWidth - 8)), width: boxWidth }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <ul>
        {events.map((event, i) => (
          <li key={event.id}>
            <button ref={i === 0 ? first : undefined} type="button" onClick={() => onSelect(event.id)}>
              <span className="cluster-date">{formatEventDate(event)}</span> {event.title}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={onClose}>
        {messages().close}
      </button>
    </div>
  );
}
