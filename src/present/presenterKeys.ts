/**
 * What a key does on stage. Clickers send PageDown/PageUp (some send arrows or Space); F toggles
 * fullscreen, Q shows the view's link as a QR code, Escape leaves the presentation. Pure, so the
 * mapping is tested without a page; the shortcut sheet lists the same table (store/commands.ts).
 */
import { PRESENTER_KEYS, type PresenterAction } from '../store/presenter/presenterKeyList';

export type { PresenterAction };

export function presenterKey(key: string, shift: boolean): PresenterAction | null {
  // Letters either case (Caps Lock, or Shift held on a clicker's "F"); Space with Shift goes back.
  const name = key.length === 1 && key !== ' ' ? key.toLowerCase() : shift && key === ' ' ? 'shift+ ' : key;
  return PRESENTER_KEYS.find((k) => k.keys.includes(name))?.id ?? null;
}
