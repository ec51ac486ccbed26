/** Chronicle's slim English date words write every pattern it uses exactly as date-fns' own en-US locale does. */
import { enUS } from 'date-fns/locale/en-US';
import { describe, expect, it } from 'vitest';
import { englishDates } from '../../src/i18n/englishDates';
import { formatPattern } from '../../src/i18n/datePattern';

// Every token Chronicle's patterns use (i18n/locale.ts), and the widths of month names.
const PATTERNS = ['d MMM yyyy, h:mm a', 'd MMM yyyy', 'MMM yyyy', 'yyyy', 'd', 'MMM', 'MMMM', 'h a', 'HH:mm', 'a'];

describe('englishDates', () => {
  // Every month, both halves of the day, midnight and noon.
  const dates = Array.from({ length: 400 }, (_, i) => Date.UTC(2024, 0, 1 + i, (i * 7) % 24, i % 60));
  it.each(PATTERNS)('writes %s as en-US does', (pattern) => {
    for (const date of dates) expect(formatPattern(date, pattern, englishDates)).toBe(formatPattern(date, pattern, enUS));
  });

  it.each(['narrow', 'abbreviated', 'wide'] as const)('names every month at width %s as en-US does', (width) => {
    for (let month = 0; month < 12; month++)
      expect(englishDates.localize.month(month as never, { width })).toBe(enUS.localize.month(month as never, { width }));
  });
});
