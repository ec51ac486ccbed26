/**
 * A selection change redraws only the marks whose state changed: the one selected, the one it
 * replaces, the events related to either, and the tab stop's old and new owners; every other mark
 * keeps its props and is not rendered again. Counted by how often each mark asks for its option props,
 * which an event mark does once per render.
 */
import { act } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import * as markProps from '../../src/timeline/markProps';

vi.mock('../../src/timeline/markProps', async (original) => {
  const actual = await original<typeof markProps>();
  return { ...actual, markOptionProps: vi.fn(actual.markOptionProps) };
});

const { renderBundled, markIds } = await import('./helpers');
const { connectionsOf } = await import('../../src/data/relations');

function rendersById(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [event] of vi.mocked(markProps.markOptionProps).mock.calls) counts.set(event.id, (counts.get(event.id) ?? 0) + 1);
  return counts;
}

describe('selecting an event', () => {
  it('re-renders only the marks whose state changed', () => {
    const { store, container } = renderBundled();
    act(() => store.getState().zoomTo(Date.UTC(2026, 1, 1), Date.UTC(2026, 5, 1)));
    const drawn = markIds(container).filter((id): id is string => id !== null);
    expect(drawn.length).toBeGreaterThan(8);
    const select = (id: string) => {
      vi.mocked(markProps.markOptionProps).mockClear();
      act(() => store.getState().select(id));
      return rendersById();
    };
    const index = store.getState().index!;
    const relatedTo = (id: string) => connectionsOf(index, id).map((c) => c.event.id);

    const first = 'amendment-2026-04-27';
    select(first);
    const second = drawn.find((id) => id !== first && !relatedTo(first).includes(id) && !relatedTo(id).includes(first))!;
    const rendered = select(second);
    // The two whose selection changed, the events related to either (their highlight changes), no others.
    const allowed = new Set([first, second, ...relatedTo(first), ...relatedTo(second)]);
    for (const id of rendered.keys()) expect(allowed.has(id), `${id} re-rendered`).toBe(true);
    expect(rendered.get(second)).toBe(1);
    // Marks untouched by the change are many, and none of them rendered.
    const untouched = drawn.filter((id) => !allowed.has(id));
    expect(untouched.length).toBeGreaterThan(3);
    for (const id of untouched) expect(rendered.has(id)).toBe(false);
  });
});
