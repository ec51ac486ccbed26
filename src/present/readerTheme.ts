/**
 * The theme the reader had before presenting. The stage forces its own (dark, for a projector) into
 * the presentation's state, so leaving must not take the stage's: the page the reader came from (the
 * referrer, when it is this app's page and not a presentation itself) says what theirs was. Pure.
 */
import type { Theme } from '../view/viewParams';

const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

/** Their theme from the page that opened the presentation; null when that page is not this app's. */
export function readerTheme(referrer: string, here: { origin: string; pathname: string }): Theme | null {
  let from: URL;
  try {
    from = new URL(referrer);
  } catch {
    return null;
  }
  if (from.origin !== here.origin || from.pathname !== here.pathname || from.searchParams.get('present') === '1') return null;
  const theme = from.searchParams.get('theme') as Theme | null;
  return theme && THEMES.includes(theme) ? theme : 'light';
}
