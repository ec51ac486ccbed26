/**
 * User commands as data: one definition serves the keyboard, the toolbar buttons and the
 * shortcut sheet, so a key and its button can never drift apart.
 */
import type { TimelineStore } from './createTimelineStore';

/** What commands may ask of the interface besides the store. */
export interface UiActions {
  focusSearch: () => void;
  toggleShortcuts: () => void;
}

export interface Command {
  /** Also the key of its description in the message catalogue (en-more.ts: commands). */
  id: string;
  /** KeyboardEvent.key values; "shift+" in front of a named key (not of a printed character). */
  keys: string[];
  run: (store: TimelineStore, ui: UiActions) => void;
}

export const COMMANDS: Command[] = [
  { id: 'next', keys: ['ArrowRight', 'k'], run: (s) => s.getState().selectAdjacent(1) },
  { id: 'previous', keys: ['ArrowLeft', 'j'], run: (s) => s.getState().selectAdjacent(-1) },
  { id: 'first', keys: ['Home'], run: (s) => s.getState().selectEdge('first') },
  { id: 'last', keys: ['End'], run: (s) => s.getState().selectEdge('last') },
  { id: 'close', keys: ['Escape'], run: (s) => s.getState().select(null) },
  { id: 'zoom-in', keys: ['+', '='], run: (s) => s.getState().zoomBy(2) },
  { id: 'zoom-out', keys: ['-', '_'], run: (s) => s.getState().zoomBy(0.5) },
  { id: 'pan-back', keys: ['shift+ArrowLeft'], run: (s) => s.getState().panBy(-0.25) },
  { id: 'pan-forward', keys: ['shift+ArrowRight'], run: (s) => s.getState().panBy(0.25) },
  { id: 'fit', keys: ['0'], run: (s) => s.getState().fitAll() },
  { id: 'search', keys: ['/'], run: (_s, ui) => ui.focusSearch() },
  { id: 'shortcuts', keys: ['?'], run: (_s, ui) => ui.toggleShortcuts() },
];

export function commandById(id: string): Command {
  const command = COMMANDS.find((c) => c.id === id);
  if (!command) throw new Error(`no command ${id}`);
  return command;
}

/** The key as commands name it: named keys carry a "shift+" prefix when Shift is held. */
export function keyName(event: Pick<KeyboardEvent, 'key' | 'shiftKey'>): string {
  return event.shiftKey && event.key.length > 1 ? `shift+${event.key}` : event.key;
}

/**
 * Where time runs right to left (selectors.ts selectTimeRtl), ← goes forward in time and → back:
 * the horizontal arrows swap, as the key is read and as the shortcut sheet shows it.
 */
export function timeKey(key: string, rtl: boolean): string {
  return rtl ? key.replace(/Arrow(Left|Right)$/, (_, side: string) => (side === 'Left' ? 'ArrowRight' : 'ArrowLeft')) : key;
}

export function commandForKey(key: string): Command | undefined {
  return COMMANDS.find((c) => c.keys.includes(key));
}

/** "shift+ArrowLeft" → "Shift ←", for the shortcut sheet and tooltips. */
/** The words keyboards print on named keys, from the catalogue (a German one says "Pos1", "Umschalt"). */
export interface KeyWords {
  Home: string;
  End: string;
  Escape: string;
  PageUp: string;
  PageDown: string;
  shift: string;
}

const ENGLISH_KEYS: KeyWords = { Home: 'Home', End: 'End', Escape: 'Esc', PageUp: 'Page Up', PageDown: 'Page Down', shift: 'Shift' };

export function keyLabel(key: string, words: KeyWords = ENGLISH_KEYS): string {
  const names: Record<string, string> = {
    ArrowLeft: '←',
    ArrowRight: '→',
    ArrowUp: '↑',
    ArrowDown: '↓',
    ' ': 'Space',
    Home: words.Home,
    End: words.End,
    Escape: words.Escape,
    PageUp: words.PageUp,
    PageDown: words.PageDown,
  };
  // Only "shift+" is a prefix: "+" on its own is the zoom key.
  const shift = key.startsWith('shift+') && key.length > 6;
  const part = shift ? key.slice(6) : key;
  const label = names[part] ?? (part.length === 1 ? part.toUpperCase() : part);
  return shift ? `${words.shift} ${label}` : label;
}
