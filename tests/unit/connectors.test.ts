import { describe, expect, it } from 'vitest';
import { connectorPaths } from '../../src/view/lanes/connectors';
import type { EventMark } from '../../src/view/lanes/layoutMarks';
import type { TimelineEvent } from '../../src/data/types';

const mark = (id: string, kind: EventMark['kind'], x0: number, x1: number, y: number): EventMark => ({
  event: { id } as TimelineEvent,
  laneId: 'l',
  kind,
  x0,
  x1,
  y,
  label: null,
  labelX: 0,
  labelAnchor: 'start',
});

describe('connectorPaths', () => {
  it('joins the selected mark to each related mark in view', () => {
    const marks = [mark('a', 'point', 100, 100, 50), mark('b', 'point', 300, 300, 120), mark('c', 'point', 500, 500, 80)];
    const paths = connectorPaths(marks, 'a', new Set(['b', 'nowhere']), 800);
    expect(paths.map((p) => p.id)).toEqual(['b']);
    expect(paths[0]!.d).toMatch(/^M100,50 C.* 300,120$/);
  });

  it('meets a long bar at its point nearest the selected mark', () => {
    const marks = [mark('a', 'point', 400, 400, 50), mark('bar', 'range', -200, 900, 120)];
    expect(connectorPaths(marks, 'a', new Set(['bar']), 800)[0]!.d).toMatch(/ 400,120$/);
  });

  it('draws nothing when the selected mark is not drawn', () => {
    expect(connectorPaths([mark('b', 'point', 1, 1, 1)], 'a', new Set(['b']), 800)).toEqual([]);
  });
});
