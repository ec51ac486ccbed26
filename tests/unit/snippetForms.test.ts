/**
 * The builder's five snippet forms (src/ui/publish/snippet.ts): what each holds, that every value is
 * escaped whatever the title or address holds, that the web component's attributes say what the
 * embed address says, and that the preview page's policy runs exactly the inline scripts it must.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AUTO_HEIGHT_SCRIPT, componentAttributes, embedSnippet, SNIPPET_FORMS } from '../../src/ui/publish/snippet';
import { DEFAULT_OPTIONS, embedQuery } from '../../src/builder/embedOptions';
import { parseViewParams } from '../../src/view/viewParams';
import { snippetPreviewHtml } from '../../build/snippetPreview';

const base = 'https://news.example/graphics/chronicle/';
const src = `${base}?embed=1&period=renegotiation&theme=dark`;

describe('iframe alone', () => {
  it('auto height: no script at all, and a default height it keeps', () => {
    const html = embedSnippet({ src, title: 't', height: 'auto', form: 'iframe' });
    expect(html).not.toContain('<script');
    expect(html).toContain('height="600"');
    // Not marked fixed: an embed.js elsewhere on the page may still size it.
    expect(html).not.toContain('data-chronicle');
    expect(html).toMatch(/^<iframe src="https:\/\/news\.example\/graphics\/chronicle\/\?embed=1&amp;period=renegotiation&amp;theme=dark"/);
  });

  it('fixed height: the same iframe as the iframe + script form gives for a fixed height', () => {
    const html = embedSnippet({ src, title: 't', height: 480, form: 'iframe' });
    expect(html).toBe(embedSnippet({ src, title: 't', height: 480, form: 'iframe-script' }));
    expect(html).toContain('data-chronicle="fixed"');
    expect(html).toContain('height="480"');
  });
});

describe('iframe + script', () => {
  it('is the default form, its inline lines the one constant text a policy can hash', () => {
    const html = embedSnippet({ src, title: 't', height: 'auto', form: 'iframe-script' });
    expect(html).toBe(embedSnippet({ src, title: 't', height: 'auto' }));
    expect(html.endsWith(`<script>${AUTO_HEIGHT_SCRIPT}</script>`)).toBe(true);
    expect(html).toContain('height="520"');
  });
});

describe('web component', () => {
  it('loads lib/chronicle.js beside the app and names each parameter of the address as an attribute', () => {
    const html = embedSnippet({
      src: `${base}?embed=1&period=renegotiation&theme=dark&accent=C2570C&lang=de&gestures=greedy`,
      title: 't',
      height: 'auto',
      form: 'component',
    });
    expect(html).toBe(
      `<script type="module" src="${base}lib/chronicle.js"></script>\n` +
        '<chronicle-timeline period="renegotiation" theme="dark" accent="c2570c" lang="de" gestures="greedy"></chronicle-timeline>',
    );
  });

  it('the dataset address becomes src, a fixed height becomes height, embed=1 goes without saying', () => {
    const data = 'https://data.example/my timeline.json?v=2&x=1';
    const query = embedQuery({ ...DEFAULT_OPTIONS, data, from: '2026-02', to: '2026-04-30', orientation: 'vertical', lanes: 'category' });
    const html = embedSnippet({ src: `${base}${query}`, title: 't', height: 480, form: 'component' });
    expect(html).toContain(
      '<chronicle-timeline src="https://data.example/my timeline.json?v=2&amp;x=1" from="2026-02-01" to="2026-04-30" lanes="category" orientation="vertical" height="480">',
    );
    expect(html).not.toMatch(/\bembed=|\sembed="/);
  });

  it('says what the embed address says: the attributes, read back as an address, are the same view', () => {
    const query = embedQuery({
      ...DEFAULT_OPTIONS,
      data: 'https://data.example/t.csv',
      columns: { datum: 'start', ereignis: 'title' },
      event: 'amendment-2026-04-27',
      theme: 'auto',
      accent: '1f5fbf',
      lang: 'fr',
    });
    const src2 = `${base}${query}&actors=amazon,open%2Cai`;
    const attributes = componentAttributes(src2);
    // Lists keep the address's own form, so an id holding a comma stays one id.
    expect(attributes).toContainEqual(['actors', 'amazon,open%2Cai']);
    const back = attributes
      .map(([name, value]) => `${name === 'src' ? 'data' : name}=${['actors', 'columns'].includes(name) ? value : encodeURIComponent(value)}`)
      .join('&');
    expect(parseViewParams(`?embed=1&${back}`).params).toEqual(parseViewParams(new URL(src2).search).params);
    expect(new URLSearchParams(back).get('lang')).toBe('fr');
  });
});

describe('AMP', () => {
  it('auto height: a resizable fixed-height amp-iframe with the overflow button AMP requires', () => {
    const html = embedSnippet({ src, title: 't', height: 'auto', form: 'amp', ampExpand: 'Die ganze Zeitleiste zeigen' });
    expect(html).toMatch(/^<amp-iframe src="[^"]+" title="t"/);
    expect(html).toContain('layout="fixed-height"');
    expect(html).toContain('height="520"');
    expect(html).toContain('sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"');
    expect(html).toContain('frameborder="0"');
    expect(html).toMatch(/ resizable>/);
    expect(html).toContain('<div overflow tabindex="0" role="button" aria-label="Die ganze Zeitleiste zeigen">Die ganze Zeitleiste zeigen</div>');
    expect(html.endsWith('</amp-iframe>')).toBe(true);
    expect(html).not.toContain('<script');
  });

  it('fixed height: that height, nothing to resize', () => {
    const html = embedSnippet({ src, title: 't', height: 700, form: 'amp' });
    expect(html).toContain('height="700"');
    expect(html).not.toContain('resizable');
    expect(html).not.toContain('overflow');
  });
});

describe('every form escapes', () => {
  const title = 'Say "when" <b>&</b> \'now\'';
  const hostile = `${base}?embed=1&period=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E&data=https%3A%2F%2Fevil.example%2F%22onload%3D%22alert(1)`;
  it.each(
    SNIPPET_FORMS.flatMap(
      (form) =>
        [
          [form, 'auto'],
          [form, 480],
        ] as const,
    ),
  )('%s, height %s: no markup from the title or the address', (form, height) => {
    const html = embedSnippet({ src: hostile, title, height, form, ampExpand: '<i>more</i>' });
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('"onload=');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<i>');
    // Inside any attribute value, no quote that would end it.
    for (const [, value] of html.matchAll(/="([^"]*)"/g)) expect(value).not.toMatch(/[<>]/);
    if (form !== 'component' && form !== 'script') expect(html).toContain('title="Say &quot;when&quot; &lt;b&gt;&amp;&lt;/b&gt; &#39;now&#39;"');
  });
});

describe('the preview page', () => {
  const page = snippetPreviewHtml();
  const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(page)![1]!.replace(/&quot;/g, '"');
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const scriptSrc = policy.split('; ').find((d) => d.startsWith('script-src '))!;

  it('runs its own loader and the iframe + script form’s lines, by hash, and no other inline script', () => {
    const inline = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(inline).toHaveLength(1);
    expect(scriptSrc.split(' ').sort()).toEqual(["'self'", 'script-src', hash(inline[0]!), hash(AUTO_HEIGHT_SCRIPT)].sort());
    expect(scriptSrc).not.toContain('unsafe');
  });

  it('frames only its own origin and the media providers, as the app does, and writes nothing unless framed by its own origin', () => {
    expect(policy).toMatch(/frame-src 'self' /);
    expect(policy).toContain("object-src 'none'");
    expect(page).toContain('parent.location.origin === location.origin');
  });
});
