/**
 * The embed benchmark's plumbing (bench/embedPages.ts, bench/embedPhone.ts): the dataset TimelineJS is
 * given is the one Chronicle shows, and RESULTS.md's embed section is replaced or kept, never doubled.
 * No timings here.
 */
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate';
import { timelineJsDate, toTimelineJs } from '../../bench/embedPages';
import { embedSectionOf, SECTION_HEADING, withEmbedSection } from '../../bench/embedPhone';
import { fromTimelineJs } from '../../src/data/formats/parseTimelineJs';

describe('toTimelineJs', () => {
  it('gives TimelineJS the events Chronicle shows: dates, titles, summaries and first actor, back the same through the importer', () => {
    const dataset = generateDataset(100);
    const tl = toTimelineJs(dataset);
    const back = fromTimelineJs(tl) as { title: string; events: { start: string; end?: string; title: string; summary: string; actors?: string[] }[] };
    expect(back.title).toBe(dataset.title);
    expect(back.events).toHaveLength(100);
    back.events.forEach((e, i) => {
      const original = dataset.events[i]!;
      expect(e.start).toBe(original.start);
      expect(e.end).toBe(original.end);
      expect(e.title).toBe(original.title);
      expect(e.summary).toBe(original.summary);
    });
    const groups = (tl.events as { group?: string }[]).map((e) => e.group);
    expect(groups).toEqual(dataset.events.map((e) => dataset.actors.find((a) => a.id === (e.actors as string[])[0])!.label));
  });

  it('escapes text, as TimelineJS renders it as HTML', () => {
    const tl = toTimelineJs({ title: 'A <b>', events: [{ id: 'x', start: '2020', title: 'Tom & <i>Jerry</i>', summary: '' }] });
    expect((tl.events as { text: { headline: string } }[])[0]!.text.headline).toBe('Tom &amp; &lt;i&gt;Jerry&lt;/i&gt;');
  });

  it('writes dates as TimelineJS reads them, BCE included', () => {
    expect(timelineJsDate('2026-04-27T14:30')).toEqual({ year: 2026, month: 4, day: 27, hour: 14, minute: 30 });
    expect(timelineJsDate('2026-04')).toEqual({ year: 2026, month: 4 });
    expect(timelineJsDate('-0489')).toEqual({ year: -490 });
    expect(timelineJsDate('soon')).toBeNull();
  });
});

describe("RESULTS.md's embed section", () => {
  const section = `${SECTION_HEADING}\n\nnumbers\n`;

  it('is appended when missing, and replaced in place when there', () => {
    const once = withEmbedSection('# Results\n\n## A\na\n', section);
    expect(once).toBe(`# Results\n\n## A\na\n\n${section}`);
    const middle = `# Results\n\n## A\na\n\n${section}\n## B\nb\n`;
    expect(withEmbedSection(middle, `${SECTION_HEADING}\n\nnew\n`)).toBe(`# Results\n\n## A\na\n\n${SECTION_HEADING}\n\nnew\n\n## B\nb\n`);
  });

  it('is kept whole by a rewrite of the rest (bench/run.ts)', () => {
    const middle = `# Results\n\n## A\na\n\n${section}\n## B\nb\n`;
    expect(embedSectionOf(middle)).toBe(section);
    expect(embedSectionOf(`# Results\n\n${section}`)).toBe(section);
    expect(embedSectionOf('# Results\n')).toBe('');
    expect(withEmbedSection(middle, embedSectionOf(middle))).toBe(middle);
  });
});
