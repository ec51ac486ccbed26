/** Media on events (issue 22): one item or several, their kinds, safe addresses, and pictures described. */
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/data/validate';
import { mediaReader } from '../../src/data/media/readMedia';
import { datasetToCsv } from '../../src/export/toCsv';
import { datasetToJson } from '../../src/export/toJson';
import { parseDataset } from '../../src/data/parseDataset';

const withMedia = (media: unknown) =>
  validateDataset({ title: 'T', events: [{ id: 'a', start: '2026', title: 'A', media }] }, 'm.json', undefined, mediaReader);
const said = (r: ReturnType<typeof validateDataset>) => r.problems.map((p) => `${p.where}: ${p.message}`);

describe('media', () => {
  it('reads one item as a list of one, its kind from its address', () => {
    const r = withMedia({ url: 'https://youtu.be/pi2v1m6gmD8', caption: 'The signing' });
    expect(r.dataset.events[0]!.media).toEqual([{ url: 'https://youtu.be/pi2v1m6gmD8', kind: 'video', caption: 'The signing' }]);
    expect(r.problems).toEqual([]);
  });

  it('reads several, keeps a kind the dataset gives, and a picture’s size and credit link', () => {
    const r = withMedia([
      { url: 'https://example.org/cdn/8f2a', kind: 'image', alt: 'Two CEOs', width: 1200, height: 800, credit: 'AP', creditUrl: 'https://apnews.com' },
      { url: 'docs/filing.pdf', caption: 'The filing' },
    ]);
    expect(r.dataset.events[0]!.media).toEqual([
      { url: 'https://example.org/cdn/8f2a', kind: 'image', alt: 'Two CEOs', width: 1200, height: 800, credit: 'AP', creditUrl: 'https://apnews.com/' },
      { url: 'docs/filing.pdf', kind: 'document', caption: 'The filing' },
    ]);
    expect(r.problems).toEqual([]);
  });

  it('says where a picture has no alt text, and keeps it', () => {
    const r = withMedia([{ url: 'https://example.org/a.png', alt: 'A' }, { url: 'https://example.org/b.jpg' }]);
    expect(r.dataset.events[0]!.media).toHaveLength(2);
    expect(said(r)).toEqual(['events[0] "a" › media.1.alt: an image needs alt text saying what it shows, for readers who cannot see it: add media alt']);
  });

  it('drops hostile addresses and links, saying which', () => {
    const r = withMedia([
      { url: 'javascript:alert(1)' },
      { url: 'data:image/svg+xml,<svg onload=alert(1)>' },
      { url: '//evil.example/x.png' },
      { url: 'https://example.org/ok.png', alt: 'OK', creditUrl: 'javascript:alert(1)', thumbnail: 'http://example.org/t.png' },
    ]);
    expect(r.dataset.events[0]!.media).toEqual([{ url: 'https://example.org/ok.png', kind: 'image', alt: 'OK' }]);
    expect(said(r)).toEqual([
      'events[0] "a" › media.0.url: media must be an https: address or a path on this site; javascript:alert(1) was dropped',
      'events[0] "a" › media.1.url: media must be an https: address or a path on this site; data:image/svg+xml,<svg onload=alert(1)> was dropped',
      'events[0] "a" › media.2.url: media must be an https: address or a path on this site; //evil.example/x.png was dropped',
      'events[0] "a" › media.3.creditUrl: only http:, https: and mailto: links are kept; javascript:alert(1) was dropped',
      'events[0] "a" › media.3.thumbnail: media must be an https: address or a path on this site; http://example.org/t.png was dropped',
    ]);
  });

  it('says what is wrong with a kind, a size or the shape', () => {
    expect(said(withMedia({ url: 'https://example.org/a', kind: 'hologram' }))).toEqual([
      'events[0] "a" › media.kind: media kind must be one of image, video, audio, document, post, map, page; this entry was left out',
    ]);
    expect(said(withMedia({ url: 'https://example.org/a.png', alt: 'A', width: 1200 }))).toEqual([
      'events[0] "a" › media.height: media width and height must both be given, as whole numbers of pixels',
    ]);
    expect(said(withMedia('https://example.org/a.png'))[0]).toMatch(/media must be \{ "url": … \} or a list of them/);
  });

  it('leaves out a picture that says it is past what a browser should draw', () => {
    const r = withMedia([
      { url: 'https://example.org/huge.png', alt: 'Huge', width: 20000, height: 20000 },
      { url: 'https://example.org/ok.png', alt: 'OK', width: 8000, height: 6000 },
    ]);
    expect(r.dataset.events[0]!.media!.map((m) => m.url)).toEqual(['https://example.org/ok.png']);
    expect(said(r)).toEqual([
      'events[0] "a" › media.0.width: a 20000×20000 picture is over 100 megapixels, more than a reader’s browser should be asked to draw; it was left out',
    ]);
  });

  it('is said, never dropped in silence, where no media reader was given', () => {
    const r = validateDataset({ title: 'T', events: [{ id: 'a', start: '2026', title: 'A', media: { url: 'a.png' } }] }, 'm.json');
    expect(said(r)).toEqual(['events[0] "a" › media: not read (no media reader)']);
  });

  it('goes through JSON and the sheet: one item as an object, several side by side', () => {
    const r = withMedia([
      { url: 'https://example.org/a.png', alt: 'A; with a semicolon', credit: 'AP', creditUrl: 'https://apnews.com/' },
      { url: 'https://vimeo.com/20839673', caption: 'Talk' },
    ]);
    const csv = datasetToCsv(r.dataset, r.dataset.events);
    expect(csv).toContain('https://example.org/a.png;https://vimeo.com/20839673');
    expect(csv).toContain('A\\; with a semicolon;');
    expect(csv).toContain('AP <https://apnews.com/>;');
    const back = parseDataset(csv, 'back.csv');
    expect(back.problems).toEqual([]);
    expect(back.dataset.events[0]!.media).toEqual(r.dataset.events[0]!.media);
    const one = withMedia({ url: 'https://example.org/a.png', alt: 'A', caption: 'One; two' });
    expect(JSON.parse(datasetToJson(one.dataset, one.dataset.events)).events[0].media).toEqual({
      url: 'https://example.org/a.png',
      alt: 'A',
      caption: 'One; two',
    });
    expect(parseDataset(datasetToCsv(one.dataset, one.dataset.events), 'one.csv').dataset.events[0]!.media![0]!.caption).toBe('One; two');
  });
});

describe('the timeline’s, a period’s media, and an event’s backdrop', () => {
  const full = () =>
    validateDataset(
      {
        title: 'T',
        media: { url: 'https://example.org/cover.jpg', alt: 'The cover', credit: 'AP' },
        periods: [{ id: 'p', start: '2025', end: '2026', title: 'P', media: { url: 'https://youtu.be/pi2v1m6gmD8', caption: 'Period clip' } }],
        events: [
          { id: 'a', start: '2026', title: 'A', backdrop: { color: '#123456', url: 'https://example.org/back.jpg' } },
          { id: 'b', start: '2026-02', title: 'B', backdrop: 'navy' },
          { id: 'c', start: '2026-03', title: 'C', backdrop: 'https://example.org/c.jpg' },
        ],
      },
      'm.json',
      undefined,
      mediaReader,
    );

  it('reads them, each where it belongs', () => {
    const r = full();
    expect(r.problems).toEqual([]);
    expect(r.dataset.media).toEqual([{ url: 'https://example.org/cover.jpg', kind: 'image', alt: 'The cover', credit: 'AP' }]);
    expect(r.dataset.periods[0]!.media).toEqual([{ url: 'https://youtu.be/pi2v1m6gmD8', kind: 'video', caption: 'Period clip' }]);
    expect(r.dataset.events.map((e) => e.backdrop)).toEqual([
      { color: '#123456', url: 'https://example.org/back.jpg' },
      { color: 'navy' },
      { url: 'https://example.org/c.jpg' },
    ]);
  });

  it('says what it leaves out of a backdrop, and where', () => {
    const r = validateDataset(
      {
        title: 'T',
        media: { url: 'javascript:alert(1)' },
        events: [
          { id: 'a', start: '2026', title: 'A', backdrop: { color: 'url(javascript:x)', url: 'javascript:alert(1)' } },
          { id: 'b', start: '2026', title: 'B', backdrop: 7 },
        ],
      },
      'm.json',
      undefined,
      mediaReader,
    );
    expect(r.dataset.events.map((e) => e.backdrop)).toEqual([undefined, undefined]);
    expect(r.dataset.media).toBeUndefined();
    expect(said(r)).toEqual([
      'events[0] "a" › backdrop.color: "url(javascript:x)" is not a CSS colour; a default colour is used',
      'events[0] "a" › backdrop.url: media must be an https: address or a path on this site; javascript:alert(1) was dropped',
      'events[1] "b" › backdrop: backdrop must be a colour, an address, or { "color": …, "url": … }',
      'media.url: media must be an https: address or a path on this site; javascript:alert(1) was dropped',
    ]);
  });

  it('goes through JSON and the sheet unchanged', () => {
    const r = full();
    const json = parseDataset(datasetToJson(r.dataset, r.dataset.events), 'back.json');
    const csv = parseDataset(datasetToCsv(r.dataset, r.dataset.events), 'back.csv');
    for (const back of [json, csv]) {
      expect(back.problems).toEqual([]);
      expect(back.dataset.media).toEqual(r.dataset.media);
      expect(back.dataset.periods[0]!.media).toEqual(r.dataset.periods[0]!.media);
      expect(back.dataset.events.map((e) => e.backdrop)).toEqual(r.dataset.events.map((e) => e.backdrop));
    }
  });
});

describe('pictures on the marks (thumbnails)', () => {
  const events = [{ id: 'a', start: '2026', title: 'A', media: { url: 'https://example.com/a.jpg', alt: 'A' } }];

  it('is the dataset’s choice, read with its media, and kept through JSON and the sheet', () => {
    const r = parseDataset(JSON.stringify({ title: 'T', thumbnails: true, events }), 't.json');
    expect(r.problems).toEqual([]);
    expect(r.dataset.thumbnails).toBe(true);
    expect(JSON.parse(datasetToJson(r.dataset, r.dataset.events)).thumbnails).toBe(true);
    const csv = datasetToCsv(r.dataset, r.dataset.events);
    expect(csv).toMatch(/^setting,thumbnails,,,,yes,/m);
    expect(parseDataset(csv, 't.csv').dataset.thumbnails).toBe(true);
  });

  it('is off unless asked, and a value that is not true or false is said, where it is', () => {
    expect(parseDataset(JSON.stringify({ title: 'T', events }), 't.json').dataset.thumbnails).toBeUndefined();
    const r = validateDataset({ title: 'T', thumbnails: 'sometimes', events }, 't.json', undefined, mediaReader);
    expect(r.dataset.thumbnails).toBeUndefined();
    expect(said(r)).toEqual(['thumbnails: setting thumbnails cannot be "sometimes"; use one of true, false. It was ignored']);
    const sheet = parseDataset('type,id,title,start\nsetting,thumbnails,maybe\n,a,A,2026\n', 's.csv');
    expect(sheet.dataset.thumbnails).toBeUndefined();
    expect(sheet.problems.map((p) => `${p.where}: ${p.message}`)).toEqual([
      'row 2 (line 2), column "title": setting thumbnails cannot be "maybe"; use one of yes, no. It was ignored',
    ]);
  });
});
