import { useTimeline } from '../store/StoreContext';
import { selectProblems } from '../store/selectors';
import './ProblemList.css';

/** What was wrong with the dataset and where; the valid part still shows below. */
export function ProblemList() {
  const problems = useTimeline(selectProblems);
  if (problems.length === 0) return null;
  const errors = problems.filter((p) => p.level === 'error').length;
  const warnings = problems.length - errors;
  const summary = [errors && `${errors} error${errors > 1 ? 's' : ''}`, warnings && `${warnings} warning${warnings > 1 ? 's' : ''}`]
    .filter(Boolean)
    .join(' and ');
  return (
    <details className="problems" open={errors > 0}>
      <summary role="status">{summary} in {problems[0]!.source}</summary>
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
