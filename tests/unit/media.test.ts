/** Media on events (issue 22): one item or several, their kinds, safe addresses, and pictures described. */
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/data/validate';
import { readMedia } from '../../src/data/media/readMedia';
import { datasetToCsv } from '../../src/export/toCsv';
import { datasetToJson } from '../../src/export/toJson';
import { parseDataset } from '../../src/data/parseDataset';

const withMedia = (media: unknown) => validateDataset({ title: 'T', events: [{ id: 'a', start: '2026', title: 'A', media }] }, 'm.json', undefined, readMedia);
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

  it('is said, never dropped in silence, where no media reader was given', () => {
    const r = validateDataset({ title: 'T', events: [{ id: 'a', start: '2026', title: 'A', media: { url: 'a.png' } }] }, 'm.json');
    expect(said(r)).toEqual(['events[0] "a" › media: media was not read: this reader has no media reader']);
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
