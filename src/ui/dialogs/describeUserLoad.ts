/** What became of a file the reader opened, dropped or pasted, in the page's language. */
import type { UserLoad } from '../../io/user/userDataset';
import { moreMessages } from '../../i18n/more/more';
import { eventCount } from '../../i18n/messages';

export function describeUserLoad(load: UserLoad): { ok: boolean; message: string } {
  const t = moreMessages();
  switch (load.kind) {
    case 'shown':
      return { ok: true, message: t.showingDataset(load.name, eventCount(load.events), load.problems) };
    case 'tooLarge':
      return { ok: false, message: t.tooLarge(load.name, load.limit / 1024 / 1024) };
    case 'unusable':
      return { ok: false, message: t.noUsableEvents(load.name, load.errors) };
    case 'superseded':
      return { ok: false, message: '' };
  }
}
