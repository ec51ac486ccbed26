/**
 * Whether to ask the reader what a text's columns hold before loading it (ColumnStep.tsx): only for a
 * CSV whose reading is not safe (no date or title column, or an unknown column that holds something).
 * The CSV reader is fetched only for a text that is a CSV.
 */
import type { ColumnChoice } from '../../data/columnChoice';
import type { ColumnGuess } from '../../data/formats/parseCsv';
import { sniffFormat } from '../../data/sniffFormat';

export interface ColumnQuestion {
  guess: ColumnGuess;
  /** The columns read again with the reader's choice so far. */
  read: (choice: ColumnChoice) => ColumnGuess | null;
}

export async function columnQuestion(text: string): Promise<ColumnQuestion | null> {
  if (sniffFormat(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) !== 'csv') return null;
  const { guessColumns } = await import('../../data/formats/parseCsv');
  const guess = guessColumns(text);
  if (!guess || (guess.missing.length === 0 && guess.unsure.length === 0)) return null;
  return { guess, read: (choice) => guessColumns(text, choice) };
}
