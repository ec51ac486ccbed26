import { useTimeline } from '../store/StoreContext';
import { useMoreMessages } from '../i18n/more';
import { selectProblems } from '../store/selectors';
import './ProblemList.css';

/** What was wrong with the dataset and where; the valid part still shows below. */
export function ProblemList() {
  const problems = useTimeline(selectProblems);
  const t = useMoreMessages();
  if (problems.length === 0) return null;
  const errors = problems.filter((p) => p.level === 'error').length;
  // The problems themselves are written in English for now (the validator is shared with the CLI).
  return (
    <details className="problems" open={errors > 0}>
      <summary role="status">{t.problemSummary(errors, problems.length - errors, problems[0]!.source)}</summary>
      <ul>
        {problems.map((p, i) => (
          <li key={i} className={`problem problem-${p.level}`}>
            <span className="problem-level">{p.level}</span> <code>{p.source}</code>, <code>{p.where}</code>: {p.message}
          </li>
        ))}
      </ul>
    </details>
  );
}
