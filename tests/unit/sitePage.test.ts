/**
 * A published folder's pages as a link preview crawler reads them (Slack, X, Facebook, iMessage): raw
 * HTML, no script run. Every dataset's own title, description and image are there with absolute
 * addresses, the oEmbed file is found and says what to frame, and hostile text stays text.
 */
import { describe, expect, it } from 'vitest';
import { embedSnippet } from '../../src/ui/publish/snippet';
import { staticWordsFor } from '../../src/ui/publish/staticList';
import { parseJsonDataset } from '../../src/data/parseJson';
import { mediaReader } from '../../src/data/media/readMedia';
import { embedAddress, EMBED_SIZE, oembedJson, siteAddress, siteEmbedHtml, siteIndexHtml } from '../../src/ui/publish/sitePage';

const URL_ = 'https://news.example/2026/chronology/';

/** The built index.html's shape (vite.config.ts): a policy, the early script, the bundled dataset's tags, its list. */
const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; img-src &#39;self&#39; data: blob: https:; media-src &#39;self&#39; https:; frame-src &#39;self&#39; https://www.youtube-nocookie.com https://player.vimeo.com; object-src &#39;none&#39;">
    <script>(function () {})();</script>
    <meta charset="UTF-8" />
    <title>Bundled · Chronicle</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <meta name="description" content="The bundled dataset">
    <meta property="og:type" content="website">
    <meta property="og:title" content="Bundled">
    <meta property="og:image" content="screenshot.png">
    <meta name="twitter:card" content="summary_large_image">
    <link rel="preload" href="./assets/events-abc.json" as="fetch" crossorigin="">
  </head>
  <body>
    <div id="root"><!--first-paint--><div class="first-paint" aria-busy="true"><p class="first-paint-title">Bundled</p></div><!--/first-paint--></div><noscript><main class="static-page"><h1>Bundled</h1></main></noscript>
  </body>
</html>`;

const dataset = (title: string, description: string, locale?: string) =>
  parseJsonDataset(
    JSON.stringify({
      title,
      description,
      ...(locale ? { locale } : {}),
      events: [
        { id: 'a', start: '2026-01-15', title: `First: ${title}`, sources: [{ name: 'Example Times' }] },
        { id: 'b', start: '2026-03', title: 'Second', sources: [{ name: 'Another Paper' }] },
      ],
    }),
    'test.json',
  ).dataset;

/** What a crawler takes from raw HTML: each <meta>'s property or name with its content, and each <link>, entities decoded. */
function crawl(html: string) {
  const decode = (s: string) =>
    s
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  const attrs = (tag: string) => Object.fromEntries([...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1]!, decode(m[2]!)]));
  const metas = [...html.matchAll(/<meta\b[^>]*>/g)].map((m) => attrs(m[0]));
  const meta = (key: string) => metas.filter((m) => m.property === key || m.name === key).map((m) => m.content);
  const links = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => attrs(m[0]));
  const title = decode(/<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '');
  return { meta, links, title, lang: /<html lang="([^"]*)"/.exec(html)?.[1] };
}

const frame = (title: string) => embedSnippet({ src: embedAddress(URL_), title, height: EMBED_SIZE.height });

describe('a published page, read as a crawler reads it', () => {
  const data = dataset('Port strike', 'Sixty days on the docks.', 'de');
  const pages = { 'index.html': siteIndexHtml(TEMPLATE, data, URL_), 'embed.html': siteEmbedHtml(data, URL_) };

  it.each(Object.entries(pages))('%s: the dataset’s own title, description and image, each tag once', (_, html) => {
    const { meta, title, lang } = crawl(html);
    expect(title).toBe('Port strike · Chronicle');
    expect(lang).toBe('de');
    expect(
      Object.fromEntries(
        [
          'description',
          'og:type',
          'og:title',
          'og:description',
          'og:url',
          'og:image',
          'og:image:width',
          'og:image:height',
          'twitter:card',
          'twitter:title',
          'twitter:description',
          'twitter:image',
        ].map((k) => [k, meta(k)]),
      ),
    ).toEqual({
      description: ['Sixty days on the docks.'],
      'og:type': ['website'],
      'og:title': ['Port strike'],
      'og:description': ['Sixty days on the docks.'],
      'og:url': [URL_],
      'og:image': [`${URL_}og-image.png`],
      'og:image:width': ['1200'],
      'og:image:height': ['630'],
      'twitter:card': ['summary_large_image'],
      'twitter:title': ['Port strike'],
      'twitter:description': ['Sixty days on the docks.'],
      'twitter:image': [`${URL_}og-image.png`],
    });
    expect(meta('og:image:alt')[0]).toBe('Timeline of 2 events: Port strike');
  });

  it.each(Object.entries(pages))('%s: the canonical address and the oEmbed file are linked absolutely', (_, html) => {
    const { links } = crawl(html);
    expect(links.filter((l) => l.rel === 'canonical')).toEqual([{ rel: 'canonical', href: URL_ }]);
    expect(links.filter((l) => l.type === 'application/json+oembed')).toEqual([
      { rel: 'alternate', type: 'application/json+oembed', href: `${URL_}oembed.json`, title: 'Port strike' },
    ]);
  });

  it('index.html keeps what the build made (policy, scripts, dataset preload) and lists this dataset without JavaScript', () => {
    const html = pages['index.html'];
    // Pictures, sound, video and frames from this dataset's hosts only: it has no media, so from none.
    expect(html).toContain(
      '<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; img-src &#39;self&#39; data: blob:; media-src &#39;self&#39;; frame-src &#39;self&#39;; object-src &#39;none&#39;">',
    );
    expect(html).toContain('<script type="module" crossorigin src="./assets/index-abc.js"></script>');
    expect(html).toContain('<link rel="preload" href="./assets/events-abc.json"');
    expect(html).not.toContain('screenshot.png');
    expect(html).not.toContain('Bundled');
    const noscript = /<noscript>([\s\S]*)<\/noscript>/.exec(html)![1]!;
    expect(noscript).toContain('<h1>Port strike</h1>');
    expect(noscript).toContain('<h2>First: Port strike</h2>');
  });

  it('embed.html sends its reader to the embed view, with a link to follow by hand, and runs no script', () => {
    const html = pages['embed.html'];
    expect(crawl(html).meta('refresh')).toEqual([]);
    expect(html).toMatch(/<meta http-equiv="refresh" content="0; url=\.\/\?embed=1">/);
    expect(html).toMatch(/<a href="\.\/\?embed=1">Port strike<\/a>/);
    expect(html).not.toMatch(/<script/);
  });

  it('oembed.json is oEmbed 1.0 rich: the embed view framed as the builder frames it, and the preview image', () => {
    const json = JSON.parse(oembedJson(data, URL_, frame(data.title)));
    expect(json).toEqual({
      version: '1.0',
      type: 'rich',
      provider_name: 'Chronicle',
      provider_url: URL_,
      title: 'Port strike',
      html: frame('Port strike'),
      width: 800,
      height: 480,
      thumbnail_url: `${URL_}og-image.png`,
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    expect(json.html).toContain(`src="${URL_}?embed=1"`);
    expect(json.html).toContain('height="480"');
    expect(json.html).toContain('sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"');
  });
});

describe('hostile dataset text is text everywhere', () => {
  const hostile = `</script><script>alert(1)</script> "quoted" & 'single' $& $1`;
  const data = dataset(hostile, `${hostile} <img src=x onerror=alert(2)>`, `en" onload="alert(3)`);
  const index = siteIndexHtml(TEMPLATE, data, URL_);
  const embed = siteEmbedHtml(data, URL_);
  const oembed = oembedJson(data, URL_, frame(data.title));

  it.each([
    ['index.html', index, 2],
    ['embed.html', embed, 0],
  ])('%s: no markup of its own, and a crawler reads the title back whole', (_, html, scripts) => {
    expect(html.match(/<script/g) ?? []).toHaveLength(scripts);
    expect(html).not.toMatch(/<img|alert\(1\)<\/script>|onload="/);
    const { meta, title } = crawl(html);
    expect(title).toBe(`${hostile} · Chronicle`);
    expect(meta('og:title')).toEqual([hostile]);
    expect(meta('twitter:title')).toEqual([hostile]);
    expect(meta('og:description')).toEqual([`${hostile} <img src=x onerror=alert(2)>`]);
    // The language stays one attribute's value.
    expect(html).toMatch(/^<!doctype html>\n<html lang="en&quot; onload=&quot;alert\(3\)">/);
  });

  it("index.html's first paint (an embed's, before its app runs) is this dataset's, its text as text", () => {
    const first = index.slice(index.indexOf('<!--first-paint-->'), index.indexOf('<!--/first-paint-->'));
    expect(first).not.toContain('Bundled');
    expect(first).not.toMatch(/<img|<script/);
    expect(first).toContain(
      `<p class="first-paint-title">${hostile.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')}</p>`,
    );
    expect(first.match(/<li>/g)).toHaveLength(2);
  });

  it('oembed.json: no < or > at all, and the title and frame read back as given', () => {
    expect(oembed).not.toMatch(/[<>]/);
    const json = JSON.parse(oembed);
    expect(json.title).toBe(hostile);
    expect(json.html).toBe(frame(hostile));
    expect(json.html).not.toContain('<script');
  });
});

describe('a published page in its dataset’s language', () => {
  it('an Arabic dataset’s page is lang="ar" dir="rtl", its chronology’s dates and words Arabic', async () => {
    const arabic = dataset('الشراكة', 'تسلسل زمني', 'ar');
    const html = siteIndexHtml(TEMPLATE, arabic, URL_, await staticWordsFor('ar'));
    expect(html).toContain('<html lang="ar" dir="rtl"');
    const list = /<noscript>([\s\S]*?)<\/noscript>/.exec(html)![1]!;
    expect(list).toContain(
      `<p class="static-date">${new Intl.DateTimeFormat('ar', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, 0, 15))}</p>`,
    );
    expect(list).toContain('<p class="static-sources">المصادر: Example Times</p>');
    expect(siteEmbedHtml(arabic, URL_)).toContain('<html lang="ar" dir="rtl">');
    // An English dataset's page stays as it was.
    expect(siteIndexHtml(TEMPLATE, dataset('T', 'D'), URL_)).toContain('<p class="static-sources">Sources: Example Times</p>');
    expect(siteIndexHtml(TEMPLATE, dataset('T', 'D'), URL_)).not.toContain('dir=');
  });
});

describe('siteAddress: where the folder will be served', () => {
  it.each([
    ['https://example.org/story', { url: 'https://example.org/story/' }],
    ['https://example.org/story/', { url: 'https://example.org/story/' }],
    ['http://example.org', { url: 'http://example.org/' }],
    ['example.org/story/', { problem: 'notUrl' }],
    ['ftp://example.org/story/', { problem: 'notHttp' }],
    ['javascript:alert(1)', { problem: 'notHttp' }],
    ['https://example.org/story/?draft=1', { problem: 'hasQuery' }],
    ['https://example.org/story/#top', { problem: 'hasQuery' }],
  ])('%s → %o', (text, expected) => {
    expect(siteAddress(text)).toEqual(expected);
  });
});

describe('a published page’s policy names the hosts its dataset’s media use, and no others', () => {
  it('pictures, thumbnails, backdrops, files and frames each in their directive; paths on the site are its own', () => {
    const { dataset: withMedia } = parseJsonDataset(
      JSON.stringify({
        title: 'Media',
        media: { url: 'img/cover.jpg', alt: 'Cover' },
        periods: [{ id: 'p', start: '2025', end: '2026', media: { url: 'https://commons.wikimedia.org/wiki/File:Rocky_Mountains.jpeg', alt: 'Rockies' } }],
        events: [
          {
            id: 'a',
            start: '2026-01',
            title: 'A',
            media: [
              { url: 'https://photos.example/a.jpg', alt: 'A' },
              { url: 'https://youtu.be/pi2v1m6gmD8', thumbnail: 'https://thumbs.example/t.jpg' },
            ],
          },
          { id: 'b', start: '2026-02', title: 'B', media: { url: 'https://sound.example/b.mp3' }, backdrop: { url: 'https://backs.example/b.jpg' } },
        ],
      }),
      'media.json',
      mediaReader,
    );
    const html = siteIndexHtml(TEMPLATE, withMedia, URL_);
    const policy = crawlPolicy(html);
    expect(policy['img-src']).toEqual([
      "'self'",
      'data:',
      'blob:',
      'https://backs.example',
      'https://commons.wikimedia.org',
      'https://photos.example',
      'https://thumbs.example',
      'https://upload.wikimedia.org',
    ]);
    expect(policy['media-src']).toEqual(["'self'", 'https://sound.example']);
    expect(policy['frame-src']).toEqual(["'self'", 'https://www.youtube-nocookie.com']);
    expect(policy['object-src']).toEqual(["'none'"]);
    // Without JavaScript the pictures show too, described.
    expect(/<noscript>([\s\S]*)<\/noscript>/.exec(html)![1]).toContain('<img src="img/cover.jpg" alt="Cover"');
  });
});

/** The page's policy as directives and their sources, entities decoded. */
function crawlPolicy(html: string): Record<string, string[]> {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)![1]!.replace(/&#39;/g, "'");
  return Object.fromEntries(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...sources]) => [name!, sources]),
  );
}
