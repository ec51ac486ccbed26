import { useEffect } from 'react';
import type { TimelineStore } from '../store/createTimelineStore';
import { commandForKey } from './commands';

/** Document-wide shortcuts, except while the reader types in a field or holds a modifier. */
export function useKeyboardCommands(store: TimelineStore): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) return;
      const command = commandForKey(event.key);
      if (!command) return;
      event.preventDefault();
      command.run(store);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store]);
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
