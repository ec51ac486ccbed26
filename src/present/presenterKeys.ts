/**
 * What a key does on stage. Clickers send PageDown/PageUp (some send arrows or Space); F toggles
 * fullscreen. Pure, so the mapping is tested without a page.
 */
export type PresenterAction = 'next' | 'previous' | 'first' | 'last' | 'fullscreen';

export function presenterKey(key: string, shift: boolean): PresenterAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case ' ':
      return shift ? 'previous' : 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'f':
    case 'F':
      return 'fullscreen';
    default:
      return null;
  }
}
