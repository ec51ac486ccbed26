/** TimelineJS media brought over faithfully (issue 22): kinds, captions and credits, embed codes, quotes, untitled slides. */
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/parseDataset';

const slide = (media: Record<string, unknown> | undefined, headline = 'A slide', text = '') => ({
  start_date: { year: '2026', month: '4', day: '27' },
  text: { headline, text },
  ...(media ? { media } : {}),
});
const imported = (...events: unknown[]) => parseDataset(JSON.stringify({ title: { text: { headline: 'T' } }, events }), 'tl.json');

describe('TimelineJS media', () => {
  it('keeps caption and credit both, the credit’s link, and reads the kind from the address', () => {
    const r = imported(
      slide({
        url: 'https://www.youtube.com/watch?v=pi2v1m6gmD8',
        caption: 'The <em>signing</em>',
        credit: '<a href="https://apnews.com/photo?id=1&amp;s=2">AP</a>',
      }),
    );
    const e = r.dataset.events[0]!;
    expect(e.media).toEqual([
      {
        url: 'https://www.youtube.com/watch?v=pi2v1m6gmD8',
        kind: 'video',
        caption: 'The *signing*',
        credit: 'AP',
        creditUrl: 'https://apnews.com/photo?id=1&s=2',
      },
    ]);
    // A clip is not a source "reported by AP".
    expect(e.sources).toEqual([]);
  });

  it('takes the address out of an embed code: an iframe, an embedded post', () => {
    const r = imported(
      slide({ url: '<iframe src="https://player.vimeo.com/video/20839673" width="640"></iframe>' }, 'One'),
      slide(
        {
          url: '<blockquote class="twitter-tweet" lang="en"><p>Rough vs. smooth <a href="https://twitter.com/hashtag/67P?src=hash">#67P</a></p>&mdash; ESA Rosetta Mission (@ESA_Rosetta) <a href="https://twitter.com/ESA_Rosetta/status/563722810397560832">February 6, 2015</a></blockquote>',
        },
        'Two',
      ),
      slide({ url: '//upload.wikimedia.org/wikipedia/commons/c/c2/Rocky_Mountains.jpeg', alt: 'The Rockies', thumbnail: '//example.org/t.jpg' }, 'Three'),
    );
    expect(r.dataset.events.map((e) => [e.title, e.media?.[0]?.url, e.media?.[0]?.kind]).sort()).toEqual([
      ['One', 'https://player.vimeo.com/video/20839673', 'video'],
      ['Three', 'https://upload.wikimedia.org/wikipedia/commons/c/c2/Rocky_Mountains.jpeg', 'image'],
      ['Two', 'https://twitter.com/ESA_Rosetta/status/563722810397560832', 'post'],
    ]);
    expect(r.dataset.events.find((e) => e.title === 'Three')!.media![0]!.thumbnail).toBe('https://example.org/t.jpg');
  });

  it('makes a quote of a blockquote, and lists what it cannot carry', () => {
    const r = imported(
      slide({ url: '<blockquote>We are below them, above them, around them.</blockquote>', credit: 'Satya Nadella' }, 'Quoted'),
      slide({ url: '<div class="storify">a story</div>' }, 'Storify'),
    );
    expect(r.dataset.events.find((e) => e.title === 'Quoted')!.quotes).toEqual([{ text: 'We are below them, above them, around them.', by: 'Satya Nadella' }]);
    expect(r.dataset.events.find((e) => e.title === 'Storify')!.media).toBeUndefined();
    expect(r.problems.map((p) => p.message)).toContainEqual(
      expect.stringMatching(/^media must be an https: address or a path on this site; <div class="storify">/),
    );
  });

  it('titles a slide without a headline by its first words or its date, never "Event 3"', () => {
    const r = imported(
      slide(undefined, '', '<p>OpenAI signs a <b>$38 billion</b> deal with Amazon Web Services over seven years, reports say</p>'),
      { start_date: { year: '2026', month: '2' }, text: {} },
      { start_date: { year: '2019' }, display_date: 'Summer 2019', text: {} },
    );
    expect(r.dataset.events.map((e) => e.title).sort()).toEqual(['2026-02', 'OpenAI signs a $38 billion deal with Amazon…', 'Summer 2019'].sort());
  });

  it('gives the title slide’s media to the timeline and a slide’s background to its event', () => {
    const r = parseDataset(
      JSON.stringify({
        title: { text: { headline: 'T' }, media: { url: '//example.org/cover.jpg', credit: 'AP', alt: 'Cover' } },
        events: [{ ...slide(undefined), background: { color: '#0a3d62', url: '//example.org/back.jpg' } }],
      }),
      'tl.json',
    );
    expect(r.dataset.media).toEqual([{ url: 'https://example.org/cover.jpg', kind: 'image', credit: 'AP', alt: 'Cover' }]);
    expect(r.dataset.events[0]!.backdrop).toEqual({ color: '#0a3d62', url: 'https://example.org/back.jpg' });
  });

  it('reads a Google Sheet’s title media and Background column', () => {
    const sheet = [
      'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
      ',,,,,,,,,The title,,https://example.org/cover.jpg,AP,,,title,,',
      '2026,4,27,,,,,,,A slide,,,,,,,,#0a3d62',
      '2026,5,1,,,,,,,B slide,,,,,,,,https://example.org/back.jpg',
    ].join('\n');
    const r = parseDataset(sheet, 'sheet.csv');
    expect(r.dataset.media?.[0]).toMatchObject({ url: 'https://example.org/cover.jpg', credit: 'AP' });
    expect(r.dataset.events.map((e) => e.backdrop)).toEqual([{ color: '#0a3d62' }, { url: 'https://example.org/back.jpg' }]);
  });
});
