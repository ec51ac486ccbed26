/**
 * Dates into text by a pattern of date-fns' tokens, for the few the patterns use (locale.ts): `d`,
 * `dd`, `M`, `MM`, `MMM`, `MMMM`, `y` (any run of `y`), `H`, `HH`, `h`, `mm`, `a`, and 'quoted'
 * text; month names come from the language's date-fns locale. Written here rather than with date-fns'
 * `format`, whose table of every token was the largest part of the first view that no view uses, and
 * which pads years below 1000 ("0602") where people write 602. It reads the instant's UTC fields:
 * Chronicle's dates are calendar dates, the same day in every time zone. A year before 1 is written
 * as the language writes years before the common era (`bce`: "{y} BCE", "紀元前{y}"), counted as
 * people count them: the astronomical year 0 is 1 BCE, -489 is 490 BCE.
 */
import type { DateWords } from './englishDates';

const TOKEN = /'(?:[^']|'')*'|([a-zA-Z])\1*/g;

export function formatPattern(ms: number, pattern: string, words: DateWords, bce = '{y} BCE'): string {
  const date = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return pattern.replace(TOKEN, (token) => {
    const month = date.getUTCMonth();
    const hours = date.getUTCHours();
    switch (token) {
      case 'd':
        return String(date.getUTCDate());
      case 'dd':
        return two(date.getUTCDate());
      case 'M':
        return String(month + 1);
      case 'MM':
        return two(month + 1);
      case 'MMM':
      case 'MMMM':
        return words.localize.month(month as never, { width: token === 'MMM' ? 'abbreviated' : 'wide', context: 'formatting' });
      case 'H':
        return String(hours);
      case 'HH':
        return two(hours);
      case 'h':
        return String(hours % 12 || 12);
      case 'mm':
        return two(date.getUTCMinutes());
      case 'a':
        return words.localize.dayPeriod(hours < 12 ? 'am' : 'pm', { width: 'abbreviated', context: 'formatting' });
    }
    if (token[0] === 'y') {
      const year = date.getUTCFullYear();
      return year > 0 ? String(year) : bce.replace('{y}', String(1 - year));
    }
    return token[0] === "'" ? token.slice(1, -1).replace(/''/g, "'") : token;
  });
}
