import { describe, expect, it } from 'vitest';
import { sourceHref, sourceLabel } from '../../src/data/sourceLabel';
import type { Source } from '../../src/data/types';
import { en } from '../../src/i18n/en';
import { de } from '../../src/i18n/catalogues/de';

const reshape: Source = { id: 'reshape', name: 'Microsoft and OpenAI Reshape Partnership Amid Amazon Investment', url: 'https://example.com/reshape' };
const ft: Source = { id: 'ft-via-reshape', name: 'Financial Times', via: reshape };
const cnbc: Source = { id: 'cnbc-via-ft', name: 'CNBC', via: ft };
const axios: Source = { id: 'axios', name: 'Axios', title: 'OpenAI breaks free of Microsoft’s cloud', url: 'https://example.com/axios' };

describe('sourceLabel(source, reportedBy)', () => {
  it.each([
    ['an inline source', { name: 'CNBC' }, 'CNBC', 'CNBC'],
    ['a listed source: its name, never its headline', axios, 'Axios', 'Axios'],
    [
      'a second-hand report',
      ft,
      'Financial Times, as reported by Microsoft and OpenAI Reshape Partnership Amid Amazon Investment',
      'Financial Times, zitiert nach Microsoft and OpenAI Reshape Partnership Amid Amazon Investment',
    ],
    [
      'a report of a report',
      cnbc,
      'CNBC, as reported by Financial Times, as reported by Microsoft and OpenAI Reshape Partnership Amid Amazon Investment',
      'CNBC, zitiert nach Financial Times, zitiert nach Microsoft and OpenAI Reshape Partnership Amid Amazon Investment',
    ],
  ])('%s', (_, source, english, german) => {
    expect(sourceLabel(source, en.reportedBy)).toBe(english);
    expect(sourceLabel(source, de.reportedBy)).toBe(german);
  });

  it('ends on a hand-made loop instead of recursing for ever', () => {
    const a: Source = { name: 'A' };
    a.via = a;
    expect(sourceLabel(a, en.reportedBy)).toMatch(/^A, as reported by A, as reported by .*A$/);
  });
});

describe('sourceHref(source)', () => {
  it.each([
    ['its own link', axios, 'https://example.com/axios'],
    ['none without one', { name: 'Moccet' }, undefined],
    ['a second-hand report without its own: its reporter’s', cnbc, 'https://example.com/reshape'],
    ['a second-hand report with its own: that one', { ...ft, url: 'https://example.com/ft' }, 'https://example.com/ft'],
  ])('%s', (_, source, href) => {
    expect(sourceHref(source)).toBe(href);
  });
});
