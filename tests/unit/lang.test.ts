import { describe, expect, it } from 'vitest';
import { resolveLang } from '../../src/view/lang';

describe('the page language', () => {
  it('is the link’s, else the dataset’s, else the browser’s, else English', () => {
    expect(resolveLang(['de', 'fr', 'ja-JP'])).toBe('de');
    expect(resolveLang([null, 'fr', 'ja-JP'])).toBe('fr');
    expect(resolveLang([null, undefined, 'ja-JP', 'en-US'])).toBe('ja');
    expect(resolveLang([null, undefined])).toBe('en');
  });

  it('goes by the language subtag and skips languages Chronicle does not speak', () => {
    expect(resolveLang(['de-AT'])).toBe('de');
    expect(resolveLang(['zh-Hant-TW'])).toBe('zh');
    expect(resolveLang(['ES_mx'])).toBe('es');
    expect(resolveLang(['klingon', 'pt-BR', 'fr-CA'])).toBe('fr');
    expect(resolveLang(['', '  '])).toBe('en');
  });
});

describe('text direction', () => {
  it('is right to left for Arabic, Hebrew, Persian and Urdu, left to right otherwise', async () => {
    const { dirOf } = await import('../../src/view/lang');
    expect(['ar', 'ar-EG', 'he', 'fa-IR', 'ur'].map(dirOf)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
    expect(['en', 'de', 'ja', 'zh-Hant', '', undefined].map(dirOf)).toEqual(['ltr', 'ltr', 'ltr', 'ltr', 'ltr', 'ltr']);
  });
});
