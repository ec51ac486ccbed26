/**
 * The Open dialog's column step, as Flourish's and Datawrapper's data steps: where Chronicle cannot
 * safely tell what a CSV's columns hold (no date or title column, or a column it does not know that
 * holds something), each column is listed with a few of its cells and a choice of what it is read as.
 * The choice is kept with the dataset (data/columnChoice.ts).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { headerKey, type ColumnChoice } from '../../data/columnChoice';
import type { ColumnGuess } from '../../data/formats/parseCsv';
import { SHEET_COLUMNS, type SheetColumn } from '../../data/formats/sheetLayout';
import { useMoreMessages } from '../../i18n/more/more';

export interface ColumnStepProps {
  name: string;
  /** How Chronicle read the columns by itself. */
  guess: ColumnGuess;
  /** The columns read again with the reader's choice so far. */
  read: (choice: ColumnChoice) => ColumnGuess | null;
  onLoad: (choice: ColumnChoice) => void;
  onBack: () => void;
}

export function ColumnStep({ name, guess, read, onLoad, onBack }: ColumnStepProps) {
  const t = useMoreMessages();
  // The step starts from what the cells suggest for a missing date or title.
  const [choice, setChoice] = useState<{ [header: string]: SheetColumn | null }>(() => ({ ...guess.suggested }));
  const now = useMemo(() => read(choice) ?? guess, [read, choice, guess]);
  const keys = guess.header.map(headerKey);
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);

  /** What the reader chose, and every column Chronicle was unsure of, read as shown: none is left to warn about. */
  const chosen = (): ColumnChoice => {
    const asked = new Set([...guess.unsure, ...now.unsure].map((u) => u.column));
    const final: { [header: string]: SheetColumn | null } = {};
    keys.forEach((key, i) => {
      if (key && (Object.hasOwn(choice, key) || asked.has(i))) final[key] = now.fields[i] ?? null;
    });
    return final;
  };
  const example = (column: number) =>
    now.samples
      .map((row) => row[column])
      .filter(Boolean)
      .join(' · ');

  return (
    <section className="column-step" aria-labelledby="column-step-title">
      <h3 id="column-step-title">{t.columnsTitle}</h3>
      <p className="hint">{t.columnsHint(name)}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.columnHeader}</th>
            <th scope="col">{t.columnReadAs}</th>
          </tr>
        </thead>
        <tbody>
          {guess.header.map((header, i) => {
            const unsure = now.unsure.find((u) => u.column === i);
            const label = header || `#${i + 1}`;
            return (
              <tr key={i} className={unsure ? 'unsure' : undefined}>
                <th scope="row">
                  <span dir="auto">{label}</span>
                  {example(i) && (
                    <span dir="auto" className="column-examples">
                      <span className="visually-hidden">{t.columnExamples}: </span>
                      {example(i)}
                    </span>
                  )}
                </th>
                <td>
                  <select
                    ref={i === 0 ? first : undefined}
                    aria-label={t.columnWhat(label)}
                    aria-describedby={unsure ? `column-note-${i}` : undefined}
                    value={now.fields[i] ?? ''}
                    disabled={!keys[i]}
                    onChange={(e) => setChoice((c) => ({ ...c, [keys[i]!]: (e.target.value || null) as SheetColumn | null }))}
                  >
                    <option value="">{t.columnNotRead}</option>
                    {SHEET_COLUMNS.map((column) => (
                      <option key={column} value={column}>
                        {column}
                      </option>
                    ))}
                  </select>
                  {unsure && (
                    <span className="column-note" id={`column-note-${i}`}>
                      {unsure.taken ? t.columnTaken(unsure.taken) : t.columnUnknown}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {now.missing.length > 0 && (
        <ul className="column-missing">
          {now.missing.map((field) => (
            <li key={field}>{field === 'start' ? t.needStart : t.needTitle}</li>
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onBack}>
          {t.back}
        </button>
        <button type="button" className="button load-columns" disabled={now.missing.length > 0} onClick={() => onLoad(chosen())}>
          {t.loadWithColumns}
        </button>
      </div>
    </section>
  );
}
