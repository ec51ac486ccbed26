/**
 * Rich text from a dataset (data/text/richText.ts) drawn as React elements from an allowlist:
 * paragraphs, lists, strong, emphasis and links (http:, https:, mailto:, opened in a new tab). Never
 * markup: every string is a text node, so spaces around a link's end stay where they were.
 */
import type { ReactNode } from 'react';
import { isRich, parseRich, type Inline } from '../../data/text/richText';
import './richText.css';

interface RichTextProps {
  text: string;
  className?: string;
  lang?: string;
  /** Inside a line (a caption): paragraphs become spans, lists their items in a row. */
  inline?: boolean;
}

export function RichText({ text, className, lang, inline = false }: RichTextProps) {
  const classes = ['rich', className].filter(Boolean).join(' ');
  if (!isRich(text)) {
    const Plain = inline ? 'span' : 'p';
    return (
      <Plain className={classes} dir="auto" lang={lang}>
        {text}
      </Plain>
    );
  }
  const blocks = parseRich(text);
  if (inline)
    return (
      <span className={classes} dir="auto" lang={lang}>
        {blocks.map((b, k) => (
          <span key={k}>
            {k > 0 && ' '}
            {'p' in b
              ? inlines(b.p)
              : ('ul' in b ? b.ul : b.ol).map((item, j) => (
                  <span key={j}>
                    {j > 0 && '; '}
                    {inlines(item)}
                  </span>
                ))}
          </span>
        ))}
      </span>
    );
  return (
    <div className={classes} dir="auto" lang={lang}>
      {blocks.map((b, k) =>
        'p' in b ? (
          <p key={k}>{inlines(b.p)}</p>
        ) : 'ul' in b ? (
          <ul key={k}>
            {b.ul.map((item, j) => (
              <li key={j}>{inlines(item)}</li>
            ))}
          </ul>
        ) : (
          <ol key={k}>
            {b.ol.map((item, j) => (
              <li key={j}>{inlines(item)}</li>
            ))}
          </ol>
        ),
      )}
    </div>
  );
}

function inlines(nodes: Inline[]): ReactNode[] {
  return nodes.map((n, k) =>
    typeof n === 'string' ? (
      n
    ) : 'strong' in n ? (
      <strong key={k}>{inlines(n.strong)}</strong>
    ) : 'em' in n ? (
      <em key={k}>{inlines(n.em)}</em>
    ) : (
      <a key={k} href={n.link} target="_blank" rel="noopener noreferrer">
        {inlines(n.children)}
      </a>
    ),
  );
}
