import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { TimelineState, TimelineStore } from './createTimelineStore';

const StoreContext = createContext<TimelineStore | null>(null);

export function StoreProvider({ store, children }: { store: TimelineStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useTimelineStore(): TimelineStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useTimelineStore needs a <StoreProvider>');
  return store;
}

export function useTimeline<T>(selector: (s: TimelineState) => T): T {
  return useStore(useTimelineStore(), selector);
}
