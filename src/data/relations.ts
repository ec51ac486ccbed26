/** An event's connections: the relations it declares, then events that point at it, each once. */
import type { DatasetIndex } from './buildIndex';
import type { TimelineEvent } from './types';

export interface Connection {
  event: TimelineEvent;
  /** The dataset's relation label; null when it gives none or the link is only incoming (the page says "related"). */
  label: string | null;
}

export function connectionsOf(index: DatasetIndex, id: string): Connection[] {
  const self = index.byId.get(id);
  if (!self) return [];
  const out: Connection[] = [];
  const seen = new Set([id]);
  for (const r of self.related) {
    const event = index.byId.get(r.id);
    if (!event || seen.has(r.id)) continue;
    seen.add(r.id);
    out.push({ event, label: r.label ?? null });
  }
  for (const event of incomingTo(index).get(id) ?? []) {
    if (seen.has(event.id)) continue;
    seen.add(event.id);
    out.push({ event, label: null });
  }
  return out;
}

const incomingCache = new WeakMap<DatasetIndex, Map<string, TimelineEvent[]>>();

function incomingTo(index: DatasetIndex): Map<string, TimelineEvent[]> {
  let map = incomingCache.get(index);
  if (!map) {
    map = new Map();
    for (const e of index.events) for (const r of e.related) map.set(r.id, [...(map.get(r.id) ?? []), e]);
    incomingCache.set(index, map);
  }
  return map;
}

export interface ConnectionGroup {
  /** The relation label the group shares; null for events only "related". */
  label: string | null;
  events: TimelineEvent[];
}

/** Connections with the same label together, so each label is said once, groups in the order they first appear. */
export function groupConnections(connections: Connection[]): ConnectionGroup[] {
  const groups = new Map<string | null, ConnectionGroup>();
  for (const { event, label } of connections) {
    let group = groups.get(label);
    if (!group) groups.set(label, (group = { label, events: [] }));
    group.events.push(event);
  }
  return [...groups.values()];
}
