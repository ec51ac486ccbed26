/** The load path's problems and sizes, worded in every language (the type checker holds the keys; this holds the words). */
import { describe, expect, it } from 'vitest';
import { byteSize } from '../../src/data/text/byteSize';
import { problemWords, word } from '../../src/data/words/problemWords';
import { say, type Said } from '../../src/data/problems';
import { de } from '../../src/i18n/catalogues/de';
import { es } from '../../src/i18n/catalogues/es';
import { fr } from '../../src/i18n/catalogues/fr';
import { ja } from '../../src/i18n/catalogues/ja';
import { zh } from '../../src/i18n/catalogues/zh';

const MB64 = 64 * 1024 * 1024;
const SAID: Said[] = [
  say('fetchFailed', 'Failed to fetch'),
  say('serverAnswered', '503 Service Unavailable'),
  say('declaredTooLarge', 100 * 1024 * 1024, MB64),
  say('overLimit', MB64),
  say('interrupted', 1_300_000),
  say('stalled', 30, 0),
  say('cancelled'),
  say('webPage'),
  say('binaryFile'),
  say('jsonValue', '42'),
  say('jsonList'),
  say('listNotObject'),
];

describe('byteSize', () => {
  it.each([
    [0, 'en', '0 bytes'],
    [1, 'en', '1 byte'],
    [28, 'en', '28 bytes'],
    [16 * 1024, 'en', '16 KB'],
    [1_300_000, 'en', '1.2 MB'],
    [MB64, 'en', '64 MB'],
    [1_300_000, 'de', '1,2 MB'],
    [MB64, 'fr', '64\u202fMo'],
  ])('%i bytes in %s: %s', (bytes, lang, words) => {
    expect(byteSize(bytes, lang)).toBe(words);
  });
});

describe.each([de, fr, es, ja, zh])('the load path’s problems in $lang', (catalogue) => {
  it.each(SAID.map((said) => [said.code, said]))('%s is worded, in its own words', (_, said) => {
    const own = word(said, catalogue.problems);
    expect(own.length).toBeGreaterThan(5);
    expect(own).not.toBe(word(said, problemWords));
    // Numbers and the dataset's own text come through.
    if (said.code === 'overLimit' || said.code === 'declaredTooLarge') expect(own).toMatch(/64\sM(B|o)/);
    if (said.code === 'stalled') expect(own).toContain('30');
    if (said.code === 'jsonValue') expect(own).toContain('42');
  });

  it('words progress and Cancel', () => {
    expect(catalogue.loadingOf('1 MB', '2 MB', 50)).toMatch(/1 MB.*2 MB|2 MB.*1 MB/);
    expect(catalogue.loadingOf('1 MB', '2 MB', 50)).toContain('50');
    expect(catalogue.cancelLoading).not.toBe('Cancel');
  });
});
