/** The editor's words in the page's language: its own catalogue entries over the whole rest. */
import { enEditor } from '../i18n/more/en-editor';
import { enMore } from '../i18n/more/en-more';
import type { Messages } from '../i18n/en';
import { messages, withRest } from '../i18n/messages';
import { useTimeline } from '../store/StoreContext';
import { selectLang } from '../store/selectors';

let cached: { from: object; all: Messages } | null = null;

export function editorWords(): Messages {
  const from = messages();
  if (cached?.from !== from) cached = { from, all: withRest({ ...enMore, ...enEditor }) as Messages };
  return cached.all;
}

export function useEditorWords(): Messages {
  useTimeline(selectLang);
  return editorWords();
}
