/** The bundled dataset: valid, sourced, and true to the articles on the dates the brief names. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJsonDataset } from '../../src/data/parseJson';
import { formatEventDate } from '../../src/i18n/format';

const { dataset, problems } = parseJsonDataset(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8'), 'events.json');
const byId = new Map(dataset.events.map((e) => [e.id, e]));

describe('data/events.json', () => {
  it('validates with no problems', () => {
    expect(problems).toEqual([]);
  });

  it('has at least 20 events and the three eras', () => {
    expect(dataset.events.length).toBeGreaterThanOrEqual(20);
    expect(dataset.periods.map((p) => p.id)).toEqual(expect.arrayContaining(['exclusive', 'renegotiation', 'non-exclusive']));
  });

  it('names at least one source for every event', () => {
    for (const e of dataset.events) expect(e.sources.length, e.id).toBeGreaterThan(0);
  });

  it.each([
    ['microsoft-investment-2019', '2019', '$1 billion'],
    ['october-agreement-2025', 'Oct 2025', null],
    ['aws-contract-2025-11', 'Nov 2025', '$38 billion'],
    ['amazon-investment-2026-02', 'Feb 2026', '$50 billion'],
    ['legal-threat-2026-03', 'Mar 2026', null],
    ['amendment-2026-04-27', '27 Apr 2026', null],
    ['revenue-share-2030', '27 Apr 2026 – 2030', null],
    ['ip-licence-2032', '27 Apr 2026 – 2032', null],
  ])('%s is dated %s', (id, date, money) => {
    const e = byId.get(id)!;
    expect(e, id).toBeDefined();
    expect(formatEventDate(e)).toBe(date);
    if (money) expect(e.amounts.map((a) => a.value)).toContain(Number(money.replace(/\D/g, '')) * 1e9);
  });

  it('records the disagreements the articles have', () => {
    expect(byId.get('aws-contract-2025-11')!.disputed).toMatch(/February 2026/);
    expect(byId.get('amazon-investment-2026-02')!.disputed).toMatch(/February 2024/);
  });

  it('links the amendment to the legal threat it resolved', () => {
    expect(byId.get('amendment-2026-04-27')!.related).toContainEqual({ id: 'legal-threat-2026-03', label: 'resolved' });
    expect(byId.get('legal-threat-2026-03')!.related).toContainEqual({ id: 'amendment-2026-04-27', label: 'resolved by' });
  });
});
