import { describe, expect, it } from 'vitest';
import { groupConnections, type Connection } from '../../src/data/relations';
import type { TimelineEvent } from '../../src/data/types';

const c = (id: string, label: string | null): Connection => ({ event: { id } as TimelineEvent, label });

describe('groupConnections(connections)', () => {
  it.each<[string, Connection[], [string | null, string[]][]]>([
    ['nothing', [], []],
    ['all unlabelled: one group', [c('a', null), c('b', null)], [[null, ['a', 'b']]]],
    [
      'a label said once for its events, groups in order of first appearance',
      [c('a', null), c('b', 'led to'), c('c', null), c('d', 'led to'), c('e', 'answered by')],
      [
        [null, ['a', 'c']],
        ['led to', ['b', 'd']],
        ['answered by', ['e']],
      ],
    ],
  ])('%s', (_, connections, groups) => {
    expect(groupConnections(connections).map((g) => [g.label, g.events.map((e) => e.id)])).toEqual(groups);
  });
});
