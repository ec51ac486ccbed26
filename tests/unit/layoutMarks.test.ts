import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/data/validate';
import type { TimelineEvent } from '../../src/data/types';
import { allocateRows, layoutMarks, type EventMark } from '../../src/view/lanes/layoutMarks';
import { shortenToFit, truncateLabel } from '../../src/view/fitWords';
import { estimateTextWidth } from '../../src/view/textWidth';
import { countByLane, lanesFor } from './fixtures';
import { timeScale } from '../../src/time/timeScale';

function randomEvents(n: number, seed = 1): TimelineEvent[] {
  let s = seed;
  const rand = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const actors = ['a', 'b', 'c', 'd', 'e'];
  const events = Array.from({ length: n }, (_, i) => {
    const y = 2010 + Math.floor(rand() * 10);
    const m = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
    const d = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
    const start = rand() < 0.5 ? `${y}-${m}-${d}` : `${y}-${m}`;
    const base = { id: `e${i}`, start, title: `Event number ${i} with a title`, actors: [actors[Math.floor(rand() * 5)]] };
    return rand() < 0.2 ? { ...base, end: String(y + 1 + Math.floor(rand() * 3)) } : base;
  });
  return validateDataset({ actors: actors.map((id) => ({ id })), events }, 'rand').dataset.events;
}

function layoutFor(events: TimelineEvent[], width: number, height: number) {
  const dataset = validateDataset({ actors: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id })), events: [] }, 'x').dataset;
  const from = Date.UTC(2010, 0, 1);
  const to = Date.UTC(2023, 0, 1);
  const x = timeScale([from, to], [0, width]);
  const lanes = lanesFor(dataset, 'actor', events);
  // Every event packed, however many: the density bands are tested on their own.
  return layoutMarks(events, { lanes, mode: 'actor', x, width, height, weights: countByLane(events, 'actor'), maxMarks: Infinity });
}

const labelBox = (m: EventMark): [number, number] => {
  const w = estimateTextWidth(m.label!);
  return m.labelAnchor === 'end' ? [m.labelX - w, m.labelX] : [m.labelX, m.labelX + w];
};
const markBox = (m: EventMark): [number, number] => (m.kind === 'point' ? [m.x0 - 7, m.x0 + 7] : [m.x0, m.x1]);

describe('layoutMarks', () => {
  it.each([
    [50, 1280, 600],
    [400, 1280, 600],
    [400, 375, 420],
    [3000, 800, 500],
  ])('with %d events at %dx%d: no label overlaps another label or mark in its row', (n, width, height) => {
    const { marks } = layoutFor(randomEvents(n, n), width, height);
    const rows = new Map<string, EventMark[]>();
    for (const m of marks) rows.set(`${m.laneId}:${m.y}`, [...(rows.get(`${m.laneId}:${m.y}`) ?? []), m]);
    for (const row of rows.values()) {
      for (const a of row) {
        if (!a.label) continue;
        const [l0, l1] = labelBox(a);
        for (const b of row) {
          if (a === b) continue;
          const [b0, b1] = b.label ? [Math.min(markBox(b)[0], labelBox(b)[0]), Math.max(markBox(b)[1], labelBox(b)[1])] : markBox(b);
          expect(l1 <= b0 || l0 >= b1, `${a.event.id} label overlaps ${b.event.id}`).toBe(true);
        }
      }
    }
  });

  it.each([10, 500, 10_000])('counts every visible event exactly once, as a mark or in a cluster (%d events)', (n) => {
    const events = randomEvents(n, 3);
    const { marks, clusters } = layoutFor(events, 1280, 600);
    const counted = marks.length + clusters.reduce((sum, c) => sum + c.count, 0);
    expect(counted).toBe(events.length);
    const ids = new Set([...marks.map((m) => m.event.id), ...clusters.flatMap((c) => c.ids)]);
    expect(ids.size).toBe(events.length);
  });

  it('keeps the DOM bounded however many events there are', () => {
    const { marks, clusters } = layoutFor(randomEvents(20_000, 5), 1920, 900);
    expect(marks.length + clusters.length).toBeLessThanOrEqual(2000);
    expect(clusters.length).toBeGreaterThan(0);
  });

  it('is deterministic', () => {
    const events = randomEvents(300, 9);
    expect(layoutFor(events, 1000, 500)).toEqual(layoutFor(events, 1000, 500));
  });

  it('keeps every mark inside its lane', () => {
    const { marks, lanes } = layoutFor(randomEvents(800, 11), 1000, 500);
    for (const m of marks) {
      const lane = lanes.find((l) => l.id === m.laneId)!;
      expect(m.y).toBeGreaterThan(lane.y);
      expect(m.y).toBeLessThan(lane.y + lane.height);
    }
  });

  it('draws the selected event even where it would have vanished into a cluster', () => {
    const events = randomEvents(2000, 13);
    const plain = layoutFor(events, 800, 400);
    const hidden = plain.clusters[0]!.ids[0]!;
    const dataset = validateDataset({ actors: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id })), events: [] }, 'x').dataset;
    const from = Date.UTC(2010, 0, 1);
    const to = Date.UTC(2023, 0, 1);
    const pinned = layoutMarks(events, {
      lanes: lanesFor(dataset, 'actor', events),
      mode: 'actor',
      x: timeScale([from, to], [0, 800]),
      width: 800,
      height: 400,
      weights: countByLane(events, 'actor'),
      pinned: events.find((e) => e.id === hidden),
      maxMarks: Infinity,
    });
    expect(pinned.marks.map((m) => m.event.id)).toContain(hidden);
    expect(pinned.clusters.flatMap((c) => c.ids)).not.toContain(hidden);
    expect(pinned.marks.length + pinned.clusters.reduce((n, c) => n + c.count, 0)).toBe(events.length);
  });

  it('truncates long titles with an ellipsis', () => {
    // At a word boundary, so the label is whole words of the mark's name.
    expect(truncateLabel('Microsoft and OpenAI announce an amended partnership agreement', 20)).toBe('Microsoft and…');
    expect(truncateLabel('Microsoft, OpenAI and Amazon', 15)).toBe('Microsoft…');
    expect(truncateLabel('Supercalifragilistic expialidocious', 10)).toBe('Supercali…');
    expect(truncateLabel('Short')).toBe('Short');
  });
});

describe('allocateRows', () => {
  it.each([
    // weights, height → rows: busy lanes get more rows, none gets more than it can use until all are full
    [[13, 8, 7, 1], 440, [6, 4, 4, 1]],
    [[1, 1], 200, [3, 3]],
    [[5, 5, 5], 60, [2, 2, 2]],
    [[0], 100, [3]],
  ])('%j in %d px → %j', (weights, height, expected) => {
    expect(allocateRows(weights, height, 24)).toEqual(expected);
  });
});

describe('shortenToFit', () => {
  it('cuts a 200,000-character title with a few measurements, to the longest cut that fits', () => {
    let calls = 0;
    const measure = (t: string) => (calls++, t.length * 7);
    const words = `${'word '.repeat(40_000)}end`;
    const cut = shortenToFit(words, 300, measure)!;
    expect(measure(cut)).toBeLessThanOrEqual(300);
    // The cut the old one-length-at-a-time scan finds (on a start of the title long enough to hold it).
    const start = words.slice(0, 200);
    let scanned: string | null = null;
    for (let n = start.length - 1; n >= 6 && !scanned; n--) if (truncateLabel(start, n).length * 7 <= 300) scanned = truncateLabel(start, n);
    expect(cut).toBe(scanned);
    expect(calls).toBeLessThan(40);
    calls = 0;
    // One word longer than the room: no label rather than a piece of a word.
    expect(shortenToFit('A'.repeat(200_000), 300, measure)).toBeNull();
    expect(calls).toBeLessThan(40);
  });
});
