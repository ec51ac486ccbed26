/** Exports keep sources as the dataset has them: by id with the list (JSON), by label (CSV, sources line). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJsonDataset } from '../../src/data/parseJson';
import { parseDataset } from '../../src/data/parseDataset';
import { validateDataset } from '../../src/data/validate';
import { sourcesLine } from '../../src/i18n/sourcesLine';
import { eventsToCsv } from '../../src/export/toCsv';
import { datasetToJson } from '../../src/export/toJson';
import { de } from '../../src/i18n/catalogues/de';

const fixture = readFileSync(new URL('../browser/fixtures/sources.json', import.meta.url), 'utf8');
const { dataset } = parseJsonDataset(fixture, 'sources.json');
const only = (...ids: string[]) => dataset.events.filter((e) => ids.includes(e.id));
const exported = (...ids: string[]) => JSON.parse(datasetToJson(dataset, ids.length ? only(...ids) : dataset.events));

describe('datasetToJson', () => {
  it('round-trips: JSON → validate → export → validate gives an equal dataset', () => {
    const again = parseJsonDataset(datasetToJson(dataset, dataset.events), 'exported.json');
    expect(again.problems).toEqual([]);
    expect(again.dataset).toEqual(dataset);
    // …with its sharing: the re-read events cite the re-read list's objects.
    const amendment = again.dataset.events.find((e) => e.id === 'amendment')!;
    expect(amendment.sources[0]).toBe(again.dataset.sources.find((s) => s.id === 'moccet'));
    expect(amendment.quotes[0]!.source).toBe(again.dataset.sources.find((s) => s.id === 'bedrock'));
  });

  it('cites listed sources by id and keeps inline ones inline', () => {
    const out = exported('amendment');
    expect(out.events[0].sources).toEqual(['moccet', 'ft-via-reshape', { name: 'Inline Outlet', url: 'https://example.com/inline' }]);
    expect(out.events[0].quotes[0].source).toBe('bedrock');
    expect(out.periods[0].sources).toEqual(['moccet']);
  });

  it.each([
    ['every event', [], ['moccet', 'axios', 'reshape', 'ft-via-reshape', 'bedrock']],
    // The period cites Moccet; the Financial Times' report brings the article that reported it; the quote brings Bedrock.
    ['the amendment', ['amendment'], ['moccet', 'reshape', 'ft-via-reshape', 'bedrock']],
    ['the AWS event', ['aws'], ['moccet', 'axios']],
  ])('writes only the listed sources cited, in the list’s order: %s', (_, ids, listed) => {
    expect(exported(...ids).sources.map((s: { id: string }) => s.id)).toEqual(listed);
  });

  it('writes each listed source’s fields as the file had them', () => {
    const sources = exported().sources;
    expect(sources[1]).toEqual({
      id: 'axios',
      name: 'Axios',
      title: 'OpenAI breaks free of Microsoft’s cloud',
      url: 'https://example.com/axios',
      date: '2026-04-28',
    });
    expect(sources[3]).toEqual({ id: 'ft-via-reshape', name: 'Financial Times', via: 'reshape' });
  });

  it('writes an old file as before: no sources list, inline sources', () => {
    const old = validateDataset(
      { events: [{ id: 'e', start: '2026', title: 'E', sources: [{ name: 'CNBC', url: 'https://cnbc.com/x' }, { name: 'Axios' }] }] },
      'old.json',
    ).dataset;
    const out = JSON.parse(datasetToJson(old, old.events));
    expect(out).not.toHaveProperty('sources');
    expect(out.periods).toEqual([]);
    expect(out.events[0].sources).toEqual([{ name: 'CNBC', url: 'https://cnbc.com/x' }, { name: 'Axios' }]);
  });
});

describe('eventsToCsv', () => {
  it('keeps its columns and writes each source by its label, with its link', () => {
    const csv = eventsToCsv(only('amendment', 'aws'));
    expect(csv.split('\r\n')[0]).toBe('id,start,end,title,summary,actors,category,sources,related');
    expect(csv).toContain(
      '"Moccet;Financial Times, as reported by Microsoft and OpenAI Reshape Partnership Amid Amazon Investment;Inline Outlet <https://example.com/inline>"',
    );
    expect(csv).toContain(',Axios <https://example.com/axios>,');
  });

  it('words a second-hand report in the language asked for', () => {
    expect(eventsToCsv(only('amendment'), de.reportedBy)).toContain('Financial Times, zitiert nach Microsoft and OpenAI Reshape');
  });

  it('is read back by the CSV reader with the same names and links', () => {
    const back = parseDataset(eventsToCsv(only('aws')), 'back.csv').dataset;
    expect(back.events[0]!.sources).toEqual([{ name: 'Axios', url: 'https://example.com/axios' }]);
  });
});

describe('sourcesLine', () => {
  it('names the events’ sources by their labels, once each', () => {
    expect(sourcesLine(only('amendment', 'aws'))).toBe(
      'Sources: Moccet; Financial Times, as reported by Microsoft and OpenAI Reshape Partnership Amid Amazon Investment; Inline Outlet; Axios',
    );
  });

  it('puts the dataset’s list first, in its order, when given', () => {
    expect(sourcesLine(only('aws'), 2, undefined, dataset.sources)).toBe('Sources: Moccet; Axios; and 3 more');
  });

  it('cuts an inline name to its outlet, as before', () => {
    const old = validateDataset(
      {
        events: [
          {
            id: 'e',
            start: '2026',
            title: 'E',
            sources: [{ name: 'Axios: OpenAI breaks free (28 Apr 2026)' }, { name: 'Financial Times, as cited by Moccet' }],
          },
        ],
      },
      'old.json',
    ).dataset;
    expect(sourcesLine(old.events)).toBe('Sources: Axios; Financial Times');
  });
});
