import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { TimelineState, TimelineStore } from './createTimelineStore';
import { messages } from '../i18n/messages';
import type { CoreMessages } from '../i18n/en';
import { selectLang } from './selectors';

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

/** The interface's words, redrawn when the language changes. */
export function useMessages(): CoreMessages {
  useTimeline(selectLang);
  return messages();
}
