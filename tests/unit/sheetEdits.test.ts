/** The editor's edits (issue 21): applied and undone as data, typing joined into steps, pasted blocks, problems on their cells. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdit, type SheetEdit, type SheetRow } from '../../src/data/edits/sheetEdits';
import { commitEdit, NO_HISTORY, redoEdit, undoEdit, HISTORY_LIMIT } from '../../src/data/edits/history';
import { placeOf, problemsByPlace, readEdited, sheetOf } from '../../src/data/edits/readEdited';
import { blankSheet, columnAt, duplicateOf, freshId, rowType, sheetRow } from '../../src/data/edits/newRows';
import { pasteBlock } from '../../src/data/edits/pasteBlock';
import { readFileSync } from 'node:fs';
import { parseDataset } from '../../src/data/parseDataset';

const rows: SheetRow[] = [
  ['a', '1'],
  ['b', '2'],
  ['c', '3'],
];

describe('applyEdit', () => {
  it.each<[string, SheetEdit, SheetRow[]]>([
    [
      'a cell',
      { op: 'cell', row: 1, column: 1, value: 'x' },
      [
        ['a', '1'],
        ['b', 'x'],
        ['c', '3'],
      ],
    ],
    [
      'a cell past the row’s end',
      { op: 'cell', row: 0, column: 3, value: 'x' },
      [
        ['a', '1', '', 'x'],
        ['b', '2'],
        ['c', '3'],
      ],
    ],
    [
      'rows inserted',
      { op: 'insert', row: 1, rows: [['n', '0']] },
      [
        ['a', '1'],
        ['n', '0'],
        ['b', '2'],
        ['c', '3'],
      ],
    ],
    [
      'rows appended',
      { op: 'insert', row: 3, rows: [['n', '0']] },
      [
        ['a', '1'],
        ['b', '2'],
        ['c', '3'],
        ['n', '0'],
      ],
    ],
    ['rows removed', { op: 'remove', row: 0, count: 2 }, [['c', '3']]],
    [
      'a row moved down',
      { op: 'move', from: 0, to: 2 },
      [
        ['b', '2'],
        ['c', '3'],
        ['a', '1'],
      ],
    ],
    [
      'a row moved up',
      { op: 'move', from: 2, to: 0 },
      [
        ['c', '3'],
        ['a', '1'],
        ['b', '2'],
      ],
    ],
    ['a move off the end (nothing)', { op: 'move', from: 2, to: 3 }, rows],
    [
      'several as one',
      {
        op: 'all',
        edits: [
          { op: 'remove', row: 0, count: 1 },
          { op: 'cell', row: 0, column: 0, value: 'B' },
        ],
      },
      [
        ['B', '2'],
        ['c', '3'],
      ],
    ],
  ])('%s', (_, edit, expected) => {
    const { rows: next, inverse } = applyEdit(rows, edit);
    expect(next).toEqual(expected);
    expect(applyEdit(next, inverse).rows).toEqual(
      rows.map((r, i) => (edit.op === 'cell' && i === edit.row ? [...r, ...Array(Math.max(0, edit.column + 1 - r.length)).fill('')] : r)),
    );
    expect(rows[1]).toEqual(['b', '2']);
  });

  const edit: fc.Arbitrary<SheetEdit> = fc.oneof(
    fc.record({ op: fc.constant('cell' as const), row: fc.nat(5), column: fc.nat(2), value: fc.string() }),
    fc.record({ op: fc.constant('insert' as const), row: fc.nat(6), rows: fc.array(fc.tuple(fc.string(), fc.string(), fc.string()), { maxLength: 3 }) }),
    fc.record({ op: fc.constant('remove' as const), row: fc.nat(5), count: fc.nat(3) }),
    fc.record({ op: fc.constant('move' as const), from: fc.nat(5), to: fc.nat(5) }),
  );

  it('undoing every step of any history gives the rows back; redoing them all gives the end again', () => {
    const start: SheetRow[] = [0, 1, 2, 3].map((i) => [`r${i}`, `${i}`, '']);
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        let state = { rows: start, history: NO_HISTORY };
        for (const e of edits) state = commitEdit(state.rows, state.history, e);
        const end = state.rows;
        for (let i = 0; i < edits.length; i++) state = undoEdit(state.rows, state.history);
        expect(state.rows).toEqual(start.map((r) => r));
        for (let i = 0; i < edits.length; i++) state = redoEdit(state.rows, state.history);
        expect(state.rows).toEqual(end);
      }),
    );
  });
});

describe('history', () => {
  it('joins typing in one cell into one step, and a new cell starts the next', () => {
    let s = { rows, history: NO_HISTORY };
    for (const value of ['x', 'xy', 'xyz']) s = commitEdit(s.rows, s.history, { op: 'cell', row: 0, column: 1, value }, '0:1');
    s = commitEdit(s.rows, s.history, { op: 'cell', row: 1, column: 1, value: 'q' }, '1:1');
    expect(s.history.past).toHaveLength(2);
    s = undoEdit(s.rows, s.history);
    expect(s.rows[0]).toEqual(['a', 'xyz']);
    s = undoEdit(s.rows, s.history);
    expect(s.rows[0]).toEqual(['a', '1']);
    s = redoEdit(s.rows, s.history);
    expect(s.rows[0]).toEqual(['a', 'xyz']);
    // After a redo, the same cell typed again is a step of its own.
    s = commitEdit(s.rows, s.history, { op: 'cell', row: 0, column: 1, value: 'xyz!' }, '0:1');
    expect(s.history.past).toHaveLength(2);
    expect(s.history.future).toEqual([]);
  });

  it('undo with nothing done, or redo with nothing undone, changes nothing', () => {
    expect(undoEdit(rows, NO_HISTORY).rows).toEqual(rows);
    expect(redoEdit(rows, NO_HISTORY).rows).toEqual(rows);
  });

  it(`keeps the last ${HISTORY_LIMIT} steps`, () => {
    let s = { rows, history: NO_HISTORY };
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) s = commitEdit(s.rows, s.history, { op: 'cell', row: 0, column: 0, value: String(i) });
    expect(s.history.past).toHaveLength(HISTORY_LIMIT);
  });

  it('is plain data: a history survives JSON, as a draft keeps it', () => {
    const s = commitEdit(rows, NO_HISTORY, { op: 'remove', row: 1, count: 1 });
    const kept = JSON.parse(JSON.stringify(s.history));
    expect(undoEdit(s.rows, kept).rows).toEqual(rows);
  });
});

describe('readEdited', () => {
  it('reads the bundled dataset’s rows back to the same dataset', () => {
    const { dataset } = parseDataset(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8'), 'events.json');
    const read = readEdited(sheetOf(dataset), 'draft');
    expect(read.problems).toEqual([]);
    expect(read.dataset).toEqual(dataset);
  });

  it('reads dates as the CSV reader does, and places each problem on its cell', () => {
    const sheet = [
      ...blankSheet('Draft'),
      sheetRow('event', { id: 'a', start: '27 April 2026', title: 'Amendment' }),
      sheetRow('event', { id: 'b', start: 'sometime', title: 'Unclear' }),
      sheetRow('event', { id: 'c', start: '2026-05-01', title: '' }),
    ];
    const { dataset, problems } = readEdited(sheet, 'draft');
    expect(dataset.events.map((e) => [e.id, e.from])).toEqual([['a', Date.UTC(2026, 3, 27)]]);
    expect(problems.map(placeOf)).toEqual([
      { row: 2, column: columnAt('start') },
      { row: 3, column: columnAt('title') },
    ]);
    const by = problemsByPlace(problems);
    expect(by.get(`2:${columnAt('start')}`)![0]!.message).toMatch(/sometime/);
  });
});

describe('rows not yet begun', () => {
  it('are no problem, keep every other row in its place, and an untitled sheet is the untitled timeline', () => {
    const sheet = [...blankSheet(''), sheetRow('event', { id: 'event' }), sheetRow('event', { id: 'b', start: 'nonsense', title: 'B' })];
    const { dataset, problems } = readEdited(sheet, 'draft');
    expect(dataset.title).toBe('Untitled timeline');
    expect(dataset.events).toEqual([]);
    expect(problems.map(placeOf)).toEqual([{ row: 2, column: columnAt('start') }]);
  });
});

describe('new rows', () => {
  it('gives ids no other row has, and duplicates with one', () => {
    const sheet = [sheetRow('event', { id: 'event' }), sheetRow('event', { id: 'event-2' })];
    expect(freshId(sheet, 'event')).toBe('event-3');
    expect(freshId(sheet, 'deal')).toBe('deal');
    const copy = duplicateOf(sheet, sheet[1]!);
    expect(copy[columnAt('id')]).toBe('event-3');
    expect(rowType(copy)).toBe('event');
    expect(rowType(sheetRow('period'))).toBe('period');
    // A step names an event: its copy names the same one.
    expect(duplicateOf(sheet, sheetRow('step', { id: 'event' }))[columnAt('id')]).toBe('event');
  });
});

describe('pasteBlock', () => {
  const target = { rows: [5, 6], columns: [2, 5, 6], insertAt: 7, blank: () => sheetRow('event') };

  it('fills cells from the one pasted into, and adds rows past the last', () => {
    const edit = pasteBlock('2026-01-01\tOne\tFirst\r\n2026-02-01\tTwo\r\n2026-03-01\tThree\tThird\r\n', target);
    expect(edit).toEqual({
      op: 'all',
      edits: [
        { op: 'cell', row: 5, column: 2, value: '2026-01-01' },
        { op: 'cell', row: 5, column: 5, value: 'One' },
        { op: 'cell', row: 5, column: 6, value: 'First' },
        { op: 'cell', row: 6, column: 2, value: '2026-02-01' },
        { op: 'cell', row: 6, column: 5, value: 'Two' },
        { op: 'insert', row: 7, rows: [sheetRow('event', { start: '2026-03-01', title: 'Three', summary: 'Third' })] },
      ],
    });
  });

  it('reads a block with Chronicle’s headers by name, each row a new record', () => {
    expect(pasteBlock('Title\tStart\nOne\t2020\n', target)).toEqual({ op: 'insert', row: 7, rows: [sheetRow('event', { title: 'One', start: '2020' })] });
  });

  it('keeps a quoted cell with a line break whole', () => {
    expect(pasteBlock('"two\nlines"', { ...target, columns: [6] })).toEqual({ op: 'cell', row: 5, column: 6, value: 'two\nlines' });
  });
});
