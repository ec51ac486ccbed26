import { useId } from 'react';
import { useTimeline } from '../../store/StoreContext';
import { useMoreMessages } from '../../i18n/more/more';
import { selectProblems } from '../../store/selectors';
import { problemMessage, problemWhere } from '../../i18n/more/problemText';
import './ProblemList.css';

/** What was wrong with the dataset and where; the valid part still shows below. */
export function ProblemList() {
  const problems = useTimeline(selectProblems);
  const t = useMoreMessages();
  const summaryId = useId();
  if (problems.length === 0) return null;
  const errors = problems.filter((p) => p.level === 'error').length;
  return (
    // A region named by its summary, so a screen reader's landmarks list it; the summary is announced when it appears.
    <section aria-labelledby={summaryId}>
      <details className="problems" open={errors > 0}>
        <summary>
          <span id={summaryId} role="status">
            {t.problemSummary(errors, problems.length - errors, problems[0]!.source)}
          </span>
        </summary>
        <ul>
          {problems.map((p, i) => (
            <li key={i} className={`problem problem-${p.level}`}>
              <span className="problem-level">{t.problemLevel[p.level]}</span> <code>{p.source}</code>, <code>{problemWhere(p, t)}</code>:{' '}
              {problemMessage(p, t)}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
