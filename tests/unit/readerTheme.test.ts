import { describe, expect, it } from 'vitest';
import { readerTheme } from '../../src/present/readerTheme';

const here = { origin: 'https://example.org', pathname: '/chronicle/' };

describe('readerTheme', () => {
  it.each([
    ['the reader’s page in the default theme', 'https://example.org/chronicle/?event=a', 'light'],
    ['the reader’s page in dark', 'https://example.org/chronicle/?theme=dark&q=azure', 'dark'],
    ['the reader’s page following the system', 'https://example.org/chronicle/?theme=auto', 'auto'],
    ['a theme the app does not know', 'https://example.org/chronicle/?theme=neon', 'light'],
    ['another presentation (a reload of the stage)', 'https://example.org/chronicle/?present=1&theme=dark', null],
    ['another page of the site', 'https://example.org/blog/?theme=dark', null],
    ['another site', 'https://news.example.com/chronicle/?theme=dark', null],
    ['no referrer (opened from a bookmark)', '', null],
  ] as const)('%s → %s', (_what, referrer, theme) => {
    expect(readerTheme(referrer, here)).toBe(theme);
  });
});
