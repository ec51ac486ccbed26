/**
 * A dataset the reader brought (file, drop or paste): parsed by the one pipeline, shown only if it
 * has events (a failed load never replaces what is on screen), and kept in localStorage so a reload
 * shows it again until the reader goes back to the bundled timeline.
 */
import type { TimelineStore } from '../../store/createTimelineStore';
import { MAX_BYTES } from '../../data/load';
import { parseAny, type Progress } from '../../data/parseAny';
import { moreMessages } from '../../i18n/more/more';
import { eventCount } from '../../i18n/messages';
import { saveUserDataset } from '../../data/savedDataset';
import { say } from '../../data/problemWords';

export { forgetUserDataset, readUserDataset, saveUserDataset, type SavedDataset } from '../../data/savedDataset';

export async function loadUserText(store: TimelineStore, text: string, name: string, onProgress?: Progress): Promise<{ ok: boolean; message: string }> {
  const t = moreMessages();
  if (text.length > MAX_BYTES) {
    const message = t.tooLarge(name, MAX_BYTES / 1024 / 1024);
    store.setState({ problems: [{ level: 'error', source: name, where: 'file', message, place: say('file') }] });
    return { ok: false, message };
  }
  const result = await parseAny(text, name, onProgress);
  const errors = result.problems.filter((p) => p.level === 'error').length;
  if (result.dataset.events.length === 0) {
    // Keep the timeline the reader had; show why this one could not replace it.
    store.setState({ problems: result.problems });
    return { ok: false, message: t.noUsableEvents(name, errors) };
  }
  store.getState().setLoaded(result);
  store.setState({ userDataset: name });
  const kept = saveUserDataset({ name, text });
  return { ok: true, message: t.showingDataset(name, eventCount(result.dataset.events.length), errors, kept) };
}
