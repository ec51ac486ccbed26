import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlight, queryTerms } from '../../src/data/highlight';

const show = (text: string, query: string) =>
  highlight(text, queryTerms(query))
    .map((s) => (s.match ? `[${s.text}]` : s.text))
    .join('');

describe('highlight', () => {
  it.each([
    ['OpenAI models on Amazon Bedrock', 'bedrock', 'OpenAI models on Amazon [Bedrock]'],
    ['Café société', 'societe cafe', '[Café] [société]'],
    ['Amazon and amazon', 'AMAZON', '[Amazon] and [amazon]'],
    ['no match here', 'zebra', 'no match here'],
    ['anything', '', 'anything'],
    ['Straße', 'strasse', 'Straße'],
  ])('%s / %s → %s', (text, query, expected) => {
    expect(show(text, query)).toBe(expected);
  });

  it('never loses or reorders text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme', maxLength: 5 }), (text, query) => {
        expect(
          highlight(text, queryTerms(query))
            .map((s) => s.text)
            .join(''),
        ).toBe(text);
      }),
    );
  });
});
