/**
 * The detail panel's sources: each by its label (linked when it, or the outlet that reported it, has a
 * link), then, quieter, the article's headline and its date at its precision. Text only, never markup.
 */
import { sourceHref, sourceLabel } from '../../data/sourceLabel';
import type { Source } from '../../data/types';
import { useMoreMessages } from '../../i18n/more/more';
import { formatAtPrecision } from '../../i18n/format';

export function DetailSources({ sources }: { sources: Source[] }) {
  const t = useMoreMessages();
  return (
    <section aria-labelledby="detail-sources">
      <h3 id="detail-sources">{t.sources}</h3>
      <ul className="sources">
        {sources.map((s, i) => {
          const label = sourceLabel(s, t.reportedBy);
          const href = sourceHref(s);
          const about = [s.title && t.headline(s.title), s.date && formatAtPrecision(s.date)].filter(Boolean).join(' · ');
          return (
            <li key={i}>
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {label}
                </a>
              ) : (
                label
              )}
              {about && <span className="source-about">{about}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
