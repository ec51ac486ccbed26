import { describe, expect, it } from 'vitest';
import { catalogueOf, resolveLocale } from '../../src/view/lang';

describe('the page locale', () => {
  it('is the link’s, else the dataset’s, else the browser’s, else English', () => {
    expect(resolveLocale(['de', 'fr', 'ja-JP'])).toBe('de');
    expect(resolveLocale([null, 'fr', 'ja-JP'])).toBe('fr');
    expect(resolveLocale([null, undefined, 'ja-JP', 'en-US'])).toBe('ja-JP');
    expect(resolveLocale([null, undefined])).toBe('en');
  });

  it('is any locale Intl knows, as Intl writes its tag; auto, empty and malformed tags are passed over', () => {
    expect(resolveLocale(['de-at'])).toBe('de-AT');
    expect(resolveLocale(['ES_mx'])).toBe('es-MX');
    expect(resolveLocale(['sv-SE'])).toBe('sv-SE');
    expect(resolveLocale(['auto', 'klingon!', '', '  ', 'ko'])).toBe('ko');
  });

  it('takes its words from its language’s catalogue, else English', () => {
    expect(['de-AT', 'zh-Hant-TW', 'pt-BR', 'ar-EG', 'he', 'hi-IN', 'ko-KR', 'ru'].map(catalogueOf)).toEqual(['de', 'zh', 'pt', 'ar', 'he', 'hi', 'ko', 'ru']);
    expect(['sv-SE', 'fa', 'en-GB', 'tr'].map(catalogueOf)).toEqual(['en', 'en', 'en', 'en']);
  });
});

describe('text direction', () => {
  it('is right to left for Arabic, Hebrew, Persian and Urdu, left to right otherwise', async () => {
    const { dirOf } = await import('../../src/view/lang');
    expect(['ar', 'ar-EG', 'he', 'fa-IR', 'ur'].map(dirOf)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
    expect(['en', 'de', 'ja', 'zh-Hant', '', undefined].map(dirOf)).toEqual(['ltr', 'ltr', 'ltr', 'ltr', 'ltr', 'ltr']);
  });
});
