/** Chronicle's date patterns write what date-fns' `format` writes, in every language, and years as people write them. */
import { format } from 'date-fns';
import { de } from 'date-fns/locale/de';
import { es } from 'date-fns/locale/es';
import { fr } from 'date-fns/locale/fr';
import { ja } from 'date-fns/locale/ja';
import { zhCN } from 'date-fns/locale/zh-CN';
import { enUS } from 'date-fns/locale/en-US';
import { describe, expect, it } from 'vitest';
import { formatPattern } from '../../src/i18n/datePattern';
import { englishDates } from '../../src/i18n/englishDates';

const PATTERNS = [
  'd MMM yyyy',
  'd. MMM yyyy',
  'MMM yyyy',
  'MMMM yyyy',
  'yyyy',
  'd',
  'dd/MM',
  'M',
  'MMM',
  'yyyy年M月d日',
  'M月',
  'd日',
  'HH:mm',
  'H:mm',
  'h:mm a',
  "d 'de' MMMM",
];
// English as date-fns' en-US writes it: englishDates.test.ts holds Chronicle's own English words to en-US.
const LOCALES = { en: enUS, de, es, fr, ja, zhCN };

describe('formatPattern', () => {
  // Every month, both halves of the day, years from 1000 on (date-fns pads years below 1000).
  const instants = Array.from({ length: 120 }, (_, i) => Date.UTC(1000 + i * 17, i % 12, 1 + ((i * 5) % 28), (i * 7) % 24, (i * 13) % 60));
  /** date-fns formats local fields: the same fields, as a local date. */
  const local = (ms: number) => {
    const d = new Date(ms);
    const out = new Date(2000, 0, 1, d.getUTCHours(), d.getUTCMinutes());
    out.setFullYear(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
    return out;
  };
  for (const [name, locale] of Object.entries(LOCALES))
    it.each(PATTERNS)(`${name}: %s as date-fns writes it`, (pattern) => {
      for (const ms of instants) expect(formatPattern(ms, pattern, locale)).toBe(format(local(ms), pattern, { locale }));
    });

  it('writes years below 1000 as people write them, never padded', () => {
    expect(formatPattern(Date.UTC(602, 0, 1), 'yyyy', englishDates)).toBe('602');
    const year49 = new Date(Date.UTC(2000, 5, 3));
    year49.setUTCFullYear(49);
    expect(formatPattern(year49.getTime(), 'd MMM yyyy', englishDates)).toBe('3 Jun 49');
  });
});
