/**
 * The reader's word on a CSV's columns (data/columnChoice.ts): when Chronicle asks (guessColumns),
 * how the choice is read (parseCsvDataset), and that it travels in a link and in storage.
 */
import { describe, expect, it } from 'vitest';
import { guessColumns, parseCsvDataset } from '../../src/data/formats/parseCsv';
import { parseDataset } from '../../src/data/parseDataset';
import { formatViewParams, parseViewParams } from '../../src/view/viewParams';
import { paramWarning } from '../../src/view/words/paramWarnings';
import { localDatasetStorage } from '../../src/io/user/keptDataset';

const newsroom = 'Datum,Ereignis,Ort,Notizen\n27.04.2026,Vertrag geändert,Redmond,laut Axios\n03.11.2025,AWS-Vertrag,Seattle,\n';

describe('when Chronicle asks what the columns hold', () => {
  it('asks where no column gives the date or the title, and where a column it does not know holds something', () => {
    const guess = guessColumns(newsroom)!;
    expect(guess.header).toEqual(['Datum', 'Ereignis', 'Ort', 'Notizen']);
    expect(guess.fields).toEqual([null, null, null, null]);
    expect(guess.missing).toEqual(['start', 'title']);
    expect(guess.unsure.map((u) => u.column)).toEqual([0, 1, 2, 3]);
    expect(guess.samples[0]).toEqual(['27.04.2026', 'Vertrag geändert', 'Redmond', 'laut Axios']);
    // What the cells suggest, for the step to start from: the dates' column, then the first with words.
    expect(guess.suggested).toEqual({ datum: 'start', ereignis: 'title' });
    expect(guessColumns('Nr,Wann,Was\n1,1914,Krieg\n2,1918,Frieden\n')!.suggested).toEqual({ wann: 'start', was: 'title' });
    expect(guessColumns('a,b\n1,2\n')!.suggested).toEqual({});
  });

  it('does not ask about Chronicle’s own layout, a table with known names, or a TimelineJS sheet', () => {
    const known = guessColumns('date,headline,text,image\n2020,A,B,https://x.example/a.png\n')!;
    expect(known).toMatchObject({ fields: ['start', 'title', 'summary', 'media'], missing: [], unsure: [] });
    // An unknown column with nothing in it is not worth a question.
    expect(guessColumns('start,title,notes\n2020,A,\n')).toMatchObject({ missing: [], unsure: [] });
    expect(guessColumns('Year,Month,Day,Headline,Text\n2020,1,2,A,B\n')).toBeNull();
  });

  it('names the field a second column would give', () => {
    const guess = guessColumns('start,date,title\n2020,2021,A\n')!;
    expect(guess.unsure).toEqual([{ column: 1, taken: 'start' }]);
  });

  it('reads the columns as chosen, and a column chosen as "not read" draws no warning', () => {
    const choice = { datum: 'start', ereignis: 'title', ort: 'summary', notizen: null } as const;
    expect(guessColumns(newsroom, choice)).toMatchObject({ fields: ['start', 'title', 'summary', null], missing: [], unsure: [] });
    const r = parseCsvDataset(newsroom, 'newsroom.csv', choice);
    expect(r.problems).toEqual([]);
    expect(r.dataset.events.map((e) => [e.title, e.summary, new Date(e.start.start).toISOString().slice(0, 10)])).toEqual([
      ['AWS-Vertrag', 'Seattle', '2025-11-03'],
      ['Vertrag geändert', 'Redmond', '2026-04-27'],
    ]);
  });

  it('lets a choice take a field from a column named for it, which is then not read (and says so)', () => {
    const r = parseDataset('start,when,title\n2020,2021,A\n', 'x.csv', { when: 'start' });
    expect(r.dataset.events[0]!.start.start).toBe(Date.UTC(2021, 0, 1));
    expect(r.problems.map((p) => p.message)).toEqual([expect.stringContaining('"start"')]);
    expect(parseDataset('start,when,title\n2020,2021,A\n', 'x.csv', { when: 'start', start: null }).problems).toEqual([]);
  });

  it('reads every row the same way without a choice as before (no question, no change)', () => {
    const plain = 'id,start,title\na,2020,A\n';
    expect(parseDataset(plain, 'p.csv', {})).toEqual(parseDataset(plain, 'p.csv'));
  });
});

describe('the choice travels with the dataset', () => {
  it('in a link, as columns=header:field pairs (an empty field: not read)', () => {
    const link = formatViewParams({ data: 'https://example.com/n.csv', columns: { datum: 'start', ereignis: 'title', 'quote,by': 'quote by', notizen: null } });
    expect(link).toBe('?data=https%3A%2F%2Fexample.com%2Fn.csv&columns=datum:start,ereignis:title,quote%2Cby:quote+by,notizen:');
    expect(parseViewParams(link).params.columns).toEqual({ datum: 'start', ereignis: 'title', 'quote,by': 'quote by', notizen: null });
  });

  it('a link not of that form is ignored whole, with a warning; a field the layout lacks is named by the reader', () => {
    const { params, warnings } = parseViewParams('?columns=datum:When!');
    expect(params.columns).toBeUndefined();
    expect(warnings.map(paramWarning)).toEqual([expect.stringMatching(/^ignoring columns=datum:When!: use header:field pairs/)]);
    const choice = parseViewParams('?columns=datum:when,ereignis:title').params.columns!;
    const r = parseCsvDataset(newsroom, 'n.csv', choice);
    expect(r.problems.map((p) => `${p.where}: ${p.message}`)).toEqual(
      expect.arrayContaining(['line 1, column 1: column "when" is not one Chronicle reads; it was ignored']),
    );
    expect(r.dataset.events).toEqual([]);
  });

  it('beside a file the reader opened, and not when storage holds something else', async () => {
    const kept = new Map<string, string>();
    const storage = {
      getItem: (k: string) => kept.get(k) ?? null,
      setItem: (k: string, v: string) => void kept.set(k, v),
      removeItem: () => {},
    } as unknown as Storage;
    const shelf = localDatasetStorage(() => storage);
    await shelf.save({ name: 'n.csv', text: newsroom, columns: { datum: 'start', notizen: null } });
    expect(await shelf.read()).toEqual({ name: 'n.csv', text: newsroom, columns: { datum: 'start', notizen: null } });
    await shelf.rename('Mein Titel');
    expect((await shelf.read())?.columns).toEqual({ datum: 'start', notizen: null });
    kept.set('chronicle:user-dataset', JSON.stringify({ name: 'n.csv', text: 'x', columns: { datum: 42 } }));
    expect(await shelf.read()).toEqual({ name: 'n.csv', text: 'x' });
  });
});
