/**
 * The presenter's keys as data, for present/presenterKeys.ts and the shortcut sheet: a chunk of their
 * own, as only a presentation and the sheet need them.
 */
/** What a key does on stage (presenter mode), in the order the shortcut sheet lists them there. */
export type PresenterAction = 'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'qr' | 'exit';

/**
 * The presenter's keys: what clickers send (PageDown/PageUp, some arrows or Space), and letters.
 * Run by present/presenterKeys.ts ahead of COMMANDS; named for the sheet by `presenterCommands`.
 */
export const PRESENTER_KEYS: { id: PresenterAction; keys: string[] }[] = [
  { id: 'next', keys: ['PageDown', 'ArrowRight', 'ArrowDown', ' '] },
  { id: 'previous', keys: ['PageUp', 'ArrowLeft', 'ArrowUp', 'shift+ '] },
  { id: 'first', keys: ['Home'] },
  { id: 'last', keys: ['End'] },
  { id: 'fullscreen', keys: ['f'] },
  { id: 'qr', keys: ['q'] },
  { id: 'exit', keys: ['Escape'] },
];
