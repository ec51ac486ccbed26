import { useEffect, useEffectEvent } from 'react';
import type { TimelineStore } from '../store/createTimelineStore';
import { commandForKey, keyName, timeKey, type UiActions } from '../store/commands';
import { selectTimeRtl } from '../store/selectors';
import { isTyping } from '../ui/isTyping';

/**
 * Document-wide shortcuts (a web component's: while focus is inside it), except while the reader types
 * in a field or holds Ctrl, Cmd or Alt.
 */
export function useKeyboardCommands(store: TimelineStore, ui: UiActions, on: Node = document): void {
  // The listener stays attached while `ui` changes; it runs with the latest one.
  const run = useEffectEvent((command: NonNullable<ReturnType<typeof commandForKey>>) => command.run(store, ui));
  useEffect(() => {
    const onKey = (event: Event) => {
      if (!(event instanceof KeyboardEvent)) return;
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTyping(event.target)) return;
      const command = commandForKey(timeKey(keyName(event), selectTimeRtl(store.getState())));
      if (!command) return;
      event.preventDefault();
      run(command);
    };
    on.addEventListener('keydown', onKey);
    return () => on.removeEventListener('keydown', onKey);
  }, [store, on]);
}
