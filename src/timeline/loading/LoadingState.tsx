/**
 * The timeline while its dataset is on its way: how much has arrived (and of how much, when the
 * server said), and Cancel. Once a load has failed: the message, and Try again when it was the
 * download that failed (a retry may well work), not the data.
 */
import './loading.css';
import { byteSize } from '../../data/text/byteSize';
import type { Problem } from '../../data/types';
import { cancelLoads } from '../../io/loads';
import { useTimeline, useTimelineStore } from '../../store/StoreContext';
import { useMessages } from '../../i18n/useMessages';
import { selectProgress } from '../../store/selectors';
import { useMoreMessages } from '../../i18n/more/more';
import { problemMessage, problemWhere } from '../../i18n/more/problemText';

export function LoadingState() {
  const store = useTimelineStore();
  const progress = useTimeline(selectProgress);
  const t = useMessages();
  const size = (bytes: number) => byteSize(bytes, t.lang);
  const shown = progress
    ? progress.total
      ? t.loadingOf(size(progress.received), size(progress.total), Math.floor((100 * progress.received) / progress.total))
      : t.loadingReceived(size(progress.received))
    : '';
  return (
    <div className="timeline-message timeline-loading">
      {/* One polite status: the words change at most five times a second, and only after the first 200 ms. */}
      <p role="status">
        {t.loading}
        {shown && <span className="loading-progress"> {shown}</span>}
      </p>
      {progress?.total ? <progress max={progress.total} value={progress.received} aria-hidden="true" /> : null}
      <button type="button" className="button" title={t.cancelLoadingHint} onClick={() => cancelLoads(store)}>
        {t.cancelLoading}
      </button>
    </div>
  );
}

/** Failures of the download, which may well not recur, unlike a file too large or not a dataset. */
const RETRYABLE = new Set(['fetchFailed', 'serverAnswered', 'interrupted', 'stalled', 'cancelled']);

/** Why nothing is shown: a load failure says what became of the file ("x.json could not be fetched…"); any other names its place first. */
export function LoadFailed({ problem }: { problem: Problem | undefined }) {
  const t = useMoreMessages();
  const summary = !problem
    ? t.seeProblems
    : problem.place?.code === 'loading'
      ? `${problem.source} ${problemMessage(problem, t)}.`
      : `${problem.source}, ${problemWhere(problem, t)}: ${problemMessage(problem, t)}.`;
  return (
    <div className="timeline-message">
      <p role="alert">{t.cannotShow(summary)}</p>
      {problem?.place?.code === 'loading' && RETRYABLE.has(problem.said?.code ?? '') && (
        <button type="button" className="button" onClick={() => location.reload()}>
          {t.tryAgain}
        </button>
      )}
    </div>
  );
}
