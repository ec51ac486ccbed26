/** Chronicle's slim English date words format every token exactly as date-fns' own en-US locale does. */
import { format } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';
import { describe, expect, it } from 'vitest';
import { englishDates } from '../../src/i18n/englishDates';

const PATTERNS = [
  'd MMM yyyy',
  'MMM yyyy',
  'yyyy',
  'd',
  'MMM',
  'MMMM',
  'MMMMM',
  'EEE',
  'EEEE',
  'EEEEE',
  'EEEEEE',
  'do',
  'Qo',
  'QQQ',
  'QQQQ',
  'G',
  'GGGG',
  'a',
  'P',
  'PP',
  'PPP',
  'PPPP',
  'p',
  'pp',
  'PPpp',
];

describe('englishDates', () => {
  // Every month and weekday, ordinals past the teens, both halves of the day.
  const dates = Array.from({ length: 400 }, (_, i) => new Date(2024, 0, 1 + i, (i * 7) % 24, i % 60));
  it.each(PATTERNS)('formats %s as en-US does', (pattern) => {
    for (const date of dates) expect(format(date, pattern, { locale: englishDates })).toBe(format(date, pattern, { locale: enUS }));
  });
});
