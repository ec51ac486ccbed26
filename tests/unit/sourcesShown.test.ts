/** Listed sources where the reader meets them outside the panel: search, and the no-JS chronology built into index.html. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/data/buildIndex';
import { parseJsonDataset } from '../../src/data/parseJson';
import { NO_FILTERS } from '../../src/data/queryVisible';
import { filterEvents } from './fixtures';
import { staticEventList } from '../../build/staticPage';

const fixture = readFileSync(new URL('../browser/fixtures/sources.json', import.meta.url), 'utf8');
const { dataset } = parseJsonDataset(fixture, 'sources.json');
const index = buildIndex(dataset);
const found = (query: string) =>
  filterEvents(index, { ...NO_FILTERS, query })
    .map((e) => e.id)
    .sort();

describe('search over listed sources', () => {
  it.each([
    ['a listed source’s name', 'axios', ['aws']],
    ['a second-hand report’s outlet', 'financial times', ['amendment']],
    ['the outlet that reported it', 'reshape partnership', ['amendment', 'investment']],
    ['a headline', 'breaks free of microsoft', ['aws']],
    ['the source a quote was taken from', 'bedrock and beyond', ['amendment']],
    ['an inline source, as before', 'inline outlet', ['amendment']],
    ['not the words that join a label', 'reported', []],
  ])('finds %s', (_, query, ids) => {
    expect(found(query)).toEqual(ids);
  });
});

describe('the no-JS chronology', () => {
  const html = staticEventList(dataset);

  it('names sources by their labels, linked, with every dataset string escaped', () => {
    expect(html).toContain(
      '<p class="static-sources">Sources: Moccet; Financial Times, as reported by Microsoft and OpenAI Reshape Partnership Amid Amazon Investment; <a href="https://example.com/inline">Inline Outlet</a></p>',
    );
    expect(html).toContain('<a href="https://example.com/axios">Axios</a>');
    expect(html).toContain('&lt;b&gt;Not bold&lt;/b&gt;');
    expect(html).not.toContain('<b>');
  });
});
