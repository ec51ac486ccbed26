import { describe, expect, it } from 'vitest';
import { parseJsonDataset } from '../../src/data/parseJson';
import { validateDataset } from '../../src/data/validate';

const event = (over: Record<string, unknown> = {}) => ({ id: 'e1', start: '2026-04-27', title: 'An event', ...over });
const where = (r: ReturnType<typeof validateDataset>) => r.problems.map((p) => `${p.level} ${p.where}: ${p.message}`);

describe('validateDataset', () => {
  it('accepts a minimal dataset with no problems', () => {
    const r = validateDataset({ title: 'T', events: [event()] }, 'mini.json');
    expect(r.problems).toEqual([]);
    expect(r.dataset.events[0]).toMatchObject({ id: 'e1', title: 'An event', summary: '', approx: false });
    expect(r.dataset.events[0]!.start.precision).toBe('day');
  });

  it('names the event, the field and the fix for a bad date, and keeps the valid events', () => {
    const r = validateDataset({ events: [event({ id: 'good' }), event({ id: 'bad', start: '2026/04/27' })] }, 'x.json');
    expect(r.dataset.events.map((e) => e.id)).toEqual(['good']);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ level: 'error', source: 'x.json', where: 'events[1] "bad" › start' });
    expect(r.problems[0]!.message).toContain(`start must be YYYY, YYYY-MM or YYYY-MM-DD; got "2026/04/27"`);
  });

  it('reports every broken field of a record', () => {
    const r = validateDataset({ events: [{ id: 'has space', start: 2026, title: '' }] }, 'x.json');
    expect(where(r).join('\n')).toMatch(/events\[0\] "has space" › id/);
    expect(where(r).join('\n')).toMatch(/› start: start must be a string/);
    expect(where(r).join('\n')).toMatch(/› title: title must not be empty/);
  });

  it('renames duplicate ids with a warning', () => {
    const r = validateDataset({ events: [event(), event(), event()] }, 'x.json');
    expect(r.dataset.events.map((e) => e.id).sort()).toEqual(['e1', 'e1-2', 'e1-3']);
    expect(r.problems.filter((p) => p.message.startsWith('duplicate id'))).toHaveLength(2);
  });

  it('adds unknown actors and categories with a warning', () => {
    const r = validateDataset({ actors: [], events: [event({ actors: ['acme'], category: 'misc' })] }, 'x.json');
    expect(r.dataset.actors).toEqual([expect.objectContaining({ id: 'acme', label: 'acme' })]);
    expect(r.dataset.categories).toEqual([{ id: 'misc', label: 'misc' }]);
    expect(r.problems.map((p) => p.level)).toEqual(['warning', 'warning']);
  });

  it('keeps only http, https and mailto links', () => {
    const sources = [
      { name: 'ok', url: 'https://example.com/a' },
      { name: 'mail', url: 'mailto:desk@example.com' },
      { name: 'js', url: 'javascript:alert(1)' },
      { name: 'data', url: 'data:text/html,<script>alert(1)</script>' },
    ];
    const r = validateDataset({ events: [event({ sources })] }, 'x.json');
    expect(r.dataset.events[0]!.sources).toEqual([
      { name: 'ok', url: 'https://example.com/a' },
      { name: 'mail', url: 'mailto:desk@example.com' },
      { name: 'js' },
      { name: 'data' },
    ]);
    expect(r.problems.filter((p) => p.where.includes('sources'))).toHaveLength(2);
  });

  it('rejects colours that are not plain CSS colours', () => {
    const r = validateDataset(
      {
        actors: [
          { id: 'a', color: 'red;background:url(x)' },
          { id: 'b', color: '#abc' },
        ],
        events: [],
      },
      'x.json',
    );
    expect(r.dataset.actors[0]!.color).toMatch(/^#/);
    expect(r.dataset.actors[1]!.color).toBe('#abc');
    expect(where(r)[0]).toContain('actors[0] "a" › color');
  });

  it('swaps an end that comes before the start, with a warning', () => {
    const r = validateDataset({ events: [event({ start: '2030', end: '2026-04' })] }, 'x.json');
    expect(r.dataset.events[0]!.start.precision).toBe('month');
    expect(r.dataset.events[0]!.end!.precision).toBe('year');
    expect(where(r)[0]).toContain('end is before start');
  });

  it('drops related ids that point nowhere, with a warning', () => {
    const r = validateDataset({ events: [event({ related: ['nowhere', 'e2'] }), event({ id: 'e2' })] }, 'x.json');
    expect(r.dataset.events.find((e) => e.id === 'e1')!.related).toEqual([{ id: 'e2' }]);
    expect(where(r)[0]).toContain('"nowhere"');
  });

  it('accepts relations with labels, drops self-links and repeats', () => {
    const related = ['e2', { id: 'e3', label: 'led to' }, 'e2', 'e1'];
    const r = validateDataset({ events: [event({ related }), event({ id: 'e2' }), event({ id: 'e3' })] }, 'x.json');
    expect(r.dataset.events.find((e) => e.id === 'e1')!.related).toEqual([{ id: 'e2' }, { id: 'e3', label: 'led to' }]);
    expect(r.problems).toEqual([]);
  });

  it('sorts events by start, then end', () => {
    const r = validateDataset({ events: [event({ id: 'b', start: '2026' }), event({ id: 'a', start: '2019' }), event({ id: 'c', start: '2026-01' })] }, 'x');
    expect(r.dataset.events.map((e) => e.id)).toEqual(['a', 'c', 'b']);
  });

  it.each([null, 42, 'text', [1, 2]])('never throws on %j, and says what is wrong', (raw) => {
    const r = validateDataset(raw, 'x.json');
    expect(r.dataset.events).toEqual([]);
    expect(r.problems[0]!.level).toBe('error');
  });

  it('keeps to the event limit and says so', () => {
    const events = Array.from({ length: 250_003 }, (_, i) => ({ id: `e${i}`, start: '2026', title: 't' }));
    const r = validateDataset({ events }, 'huge.json');
    expect(r.dataset.events).toHaveLength(250_000);
    expect(r.problems[0]).toMatchObject({ level: 'error', where: 'events' });
    expect(r.problems[0]!.message).toMatch(/has 250,003 events; Chronicle shows at most 250,000/);
  });

  it('ignores prototype-pollution keys', () => {
    const raw = JSON.parse('{"events":[{"id":"e","start":"2026","title":"t","__proto__":{"polluted":true}}]}');
    const r = validateDataset(raw, 'x.json');
    expect(r.dataset.events).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseJsonDataset', () => {
  it('points at the line and column of a syntax error', () => {
    const text = '{\n  "events": [\n    { "id": "a", }\n  ]\n}';
    const r = parseJsonDataset(text, 'broken.json');
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ level: 'error', source: 'broken.json', where: 'line 3, column 18' });
  });

  it('accepts a UTF-8 byte-order mark', () => {
    expect(parseJsonDataset('\uFEFF{"events":[]}', 'bom.json').problems).toEqual([]);
  });
});
