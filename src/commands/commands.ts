/**
 * User commands as data: one definition serves the keyboard, the toolbar buttons and the
 * shortcut list, so a key and its button can never drift apart.
 */
import type { TimelineStore } from '../store/createTimelineStore';

export interface Command {
  id: string;
  label: string;
  /** KeyboardEvent.key values. */
  keys: string[];
  run: (store: TimelineStore) => void;
}

export const COMMANDS: Command[] = [
  { id: 'zoom-in', label: 'Zoom in', keys: ['+', '='], run: (s) => s.getState().zoomBy(2) },
  { id: 'zoom-out', label: 'Zoom out', keys: ['-', '_'], run: (s) => s.getState().zoomBy(0.5) },
  { id: 'pan-back', label: 'Pan back in time', keys: ['ArrowLeft'], run: (s) => s.getState().panBy(-0.25) },
  { id: 'pan-forward', label: 'Pan forward in time', keys: ['ArrowRight'], run: (s) => s.getState().panBy(0.25) },
  { id: 'fit', label: 'Show everything', keys: ['0'], run: (s) => s.getState().fitAll() },
  { id: 'close', label: 'Close details', keys: ['Escape'], run: (s) => s.getState().select(null) },
];

export function commandById(id: string): Command {
  const command = COMMANDS.find((c) => c.id === id);
  if (!command) throw new Error(`no command ${id}`);
  return command;
}

export function commandForKey(key: string): Command | undefined {
  return COMMANDS.find((c) => c.keys.includes(key));
}
