import { describe, expect, it } from 'vitest';
import { accessDate, formatCitation, type CitationParts } from '../../src/i18n/more/citation';
import { enMore } from '../../src/i18n/more/en-more';
import { de } from '../../src/i18n/catalogues/de';

const parts: CitationParts = {
  title: 'Amended agreement ends Azure exclusivity',
  date: '27 Apr 2026',
  timeline: 'Microsoft and OpenAI: the end of exclusivity',
  sources: 'Moccet; Financial Times, as reported by Axios',
  accessed: 'December 4, 2026',
  url: 'https://example.org/?event=amendment-2026-04-27',
};

describe('formatCitation', () => {
  it.each([
    [
      'apa',
      'Amended agreement ends Azure exclusivity (27 Apr 2026). (n.d.). In Microsoft and OpenAI: the end of exclusivity [Interactive timeline; sources: Moccet; Financial Times, as reported by Axios]. Retrieved December 4, 2026, from https://example.org/?event=amendment-2026-04-27',
    ],
    [
      'mla',
      '“Amended agreement ends Azure exclusivity (27 Apr 2026).” Microsoft and OpenAI: the end of exclusivity, interactive timeline, https://example.org/?event=amendment-2026-04-27. Accessed December 4, 2026. Sources: Moccet; Financial Times, as reported by Axios.',
    ],
    [
      'chicago',
      '“Amended agreement ends Azure exclusivity (27 Apr 2026).” In Microsoft and OpenAI: the end of exclusivity, interactive timeline. Sources: Moccet; Financial Times, as reported by Axios. Accessed December 4, 2026. https://example.org/?event=amendment-2026-04-27.',
    ],
  ] as const)('%s', (style, expected) => {
    expect(formatCitation(style, parts, enMore.citation).text).toBe(expected);
  });

  it('leaves out the link and the sources when there are none', () => {
    const text = formatCitation('apa', { ...parts, url: null, sources: '' }, enMore.citation).text;
    expect(text).toBe(
      'Amended agreement ends Azure exclusivity (27 Apr 2026). (n.d.). In Microsoft and OpenAI: the end of exclusivity [Interactive timeline].',
    );
  });

  it('sets the timeline in italics in the HTML copy and escapes every dataset string', () => {
    const { html } = formatCitation('mla', { ...parts, title: '<img src=x onerror=alert(1)>', timeline: 'A & B' }, enMore.citation);
    expect(html).toContain('<i>A &amp; B</i>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });

  it('words the style in the page language', () => {
    expect(formatCitation('apa', parts, de.citation).text).toMatch(
      /^Amended agreement .* \(o\. D\.\)\. In .* \[Interaktive Zeitleiste; Quellen: .*\]\. Abgerufen am December 4, 2026, von https:/,
    );
  });
});

describe('accessDate', () => {
  const day = new Date(2026, 11, 4);
  it.each([
    ['apa', 'en', 'December 4, 2026'],
    ['chicago', 'en', 'December 4, 2026'],
    ['mla', 'en', '4 Dec. 2026'],
    ['apa', 'de', '4. Dezember 2026'],
  ] as const)('%s in %s: %s', (style, lang, expected) => {
    expect(accessDate(day, style, lang)).toBe(expected);
  });

  it('abbreviates only months longer than four letters in MLA', () => {
    expect(accessDate(new Date(2026, 5, 1), 'mla', 'en')).toBe('1 June 2026');
    expect(accessDate(new Date(2026, 8, 30), 'mla', 'en')).toBe('30 Sept. 2026');
  });
});
