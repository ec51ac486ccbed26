/** The interface's words in a component, redrawn when the language changes. */
import { useTimeline } from '../store/StoreContext';
import { selectLang } from '../store/selectors';
import type { CoreMessages } from './en';
import { messages } from './messages';

export function useMessages(): CoreMessages {
  useTimeline(selectLang);
  return messages();
}
