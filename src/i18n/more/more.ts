/** The whole catalogue for parts loaded after the first view; importing this brings the English rest. */
import { enMore } from './en-more';
import type { Messages } from '../en';
import { messages, withRest } from '../messages';
import { useTimeline } from '../../store/StoreContext';
import { selectLang } from '../../store/selectors';

let cached: { from: object; all: Messages } | null = null;

/** One object per catalogue, so memoized parts see a stable value. */
export function moreMessages(): Messages {
  const from = messages();
  if (cached?.from !== from) cached = { from, all: withRest(enMore) as Messages };
  return cached.all;
}

/** useMessages for the parts loaded later: redrawn when the language changes. */
export function useMoreMessages(): Messages {
  useTimeline(selectLang);
  return moreMessages();
}
