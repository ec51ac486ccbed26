import { describe, expect, it } from 'vitest';
import { laneOf, type LaneMode } from '../../src/data/lanes';
import type { TimelineEvent } from '../../src/data/types';

const event = (actors: string[], category?: string) => ({ actors, category }) as TimelineEvent;

describe('laneOf(event, mode, actors)', () => {
  it.each<[string, TimelineEvent, LaneMode, string[] | null, string]>([
    ['first actor without a filter', event(['microsoft', 'amazon']), 'actor', null, 'microsoft'],
    ['the filtered actor, not the first', event(['microsoft', 'amazon']), 'actor', ['amazon'], 'amazon'],
    ['the first of its actors the filter shows', event(['microsoft', 'openai', 'amazon']), 'actor', ['amazon', 'openai'], 'openai'],
    ['the first actor when the filter shows it', event(['microsoft', 'amazon']), 'actor', ['amazon', 'microsoft'], 'microsoft'],
    ['the first actor when the filter shows none of them', event(['microsoft']), 'actor', ['amazon'], 'microsoft'],
    ['no actor', event([]), 'actor', ['amazon'], '~other'],
    ['category mode ignores the actor filter', event(['microsoft', 'amazon'], 'deal'), 'category', ['amazon'], 'deal'],
    ['one lane for all', event(['microsoft', 'amazon']), 'none', ['amazon'], '~all'],
  ])('%s', (_, e, mode, actors, lane) => {
    expect(laneOf(e, mode, actors)).toBe(lane);
  });
});
