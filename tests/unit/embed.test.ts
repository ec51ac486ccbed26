import { describe, expect, it } from 'vitest';
import { datawrapperKey, isSelectMessage, isStepMessage, resizeMessages } from '../../src/embed/messages';
import { viewDays } from '../../src/store/watch/viewSettled';

/** The embed's chronicle:view message for a window (embed/embedBridge.ts). */
const viewMessage = (w: { from: number; to: number }) => ({ type: 'chronicle:view', ...viewDays(w) });
import { embedSnippet } from '../../src/ui/publish/snippet';

describe('embed messages', () => {
  it.each([
    [{ type: 'chronicle:select', id: 'amendment-2026-04-27' }, true],
    [{ type: 'chronicle:select', id: null }, true],
    [{ type: 'chronicle:select', id: 42 }, false],
    [{ type: 'chronicle:select' }, false],
    [{ type: 'chronicle:resize', height: 10 }, false],
    [{ type: 'chronicle:zoom', id: 'x' }, false],
    ['chronicle:select', false],
    [null, false],
    [[{ type: 'chronicle:select', id: 'x' }], false],
  ])('%j is a select message: %s', (data, expected) => {
    expect(isSelectMessage(data)).toBe(expected);
  });

  it.each([
    [{ type: 'chronicle:step', step: 3 }, true],
    [{ type: 'chronicle:step', step: 1 }, true],
    [{ type: 'chronicle:step', step: 'renegotiation' }, true],
    [{ type: 'chronicle:step', step: 'amendment-2026-04-27' }, true],
    [{ type: 'chronicle:step', step: 0 }, false],
    [{ type: 'chronicle:step', step: -2 }, false],
    [{ type: 'chronicle:step', step: 2.5 }, false],
    [{ type: 'chronicle:step', step: Number.NaN }, false],
    [{ type: 'chronicle:step', step: 100_000 }, false],
    [{ type: 'chronicle:step', step: '' }, false],
    [{ type: 'chronicle:step', step: 'x'.repeat(201) }, false],
    [{ type: 'chronicle:step', step: null }, false],
    [{ type: 'chronicle:step', step: ['renegotiation'] }, false],
    [{ type: 'chronicle:step' }, false],
    [{ type: 'chronicle:step', step: 2, id: 'x' }, false],
    [{ type: 'chronicle:select', step: 2 }, false],
    ['chronicle:step', false],
    [null, false],
    [[{ type: 'chronicle:step', step: 2 }], false],
  ])('%j is a step message: %s', (data, expected) => {
    expect(isStepMessage(data)).toBe(expected);
  });

  it('posts the design doc’s resize message, AMP’s, Datawrapper’s and Flourish’s', () => {
    const src = 'https://chronicle.example/?embed=1&period=renegotiation';
    const [ours, amp, datawrapper, flourish] = resizeMessages(612.2, '?embed=1&period=renegotiation', src);
    expect(ours).toEqual({ type: 'chronicle:resize', height: 613 });
    expect(amp).toEqual({ sentinel: 'amp', type: 'embed-size', height: 613 });
    expect(datawrapper).toEqual({ 'datawrapper-height': { '?embed=1&period=renegotiation': 613 } });
    // Flourish's listener JSON.parses a string and checks sender, method, context, src and height.
    expect(JSON.parse(flourish)).toEqual({ sender: 'Flourish', context: 'iframe.resize', method: 'resize', height: 613, src });
  });

  it.each([
    ['?embed=1&period=renegotiation', '?embed=1&period=renegotiation'],
    ["?embed=1&q=it's", '?embed=1&q=it'],
    ['?embed=1&q=a\\b', '?embed=1&q=a'],
  ])('Datawrapper key of %s: %s, safe inside its listener’s quoted selector', (search, key) => {
    expect(datawrapperKey(search)).toBe(key);
  });

  it('view: the window as the timeline’s data-from and data-to give it', () => {
    expect(viewMessage({ from: Date.UTC(2019, 6, 22), to: Date.UTC(2026, 3, 27, 13) })).toEqual({
      type: 'chronicle:view',
      from: '2019-07-22',
      to: '2026-04-27',
    });
    // Before the common era as the timeline writes it: a signed four-digit year.
    expect(viewMessage({ from: Date.UTC(-44, 2, 15), to: Date.UTC(2000, 0, 1) })).toEqual({ type: 'chronicle:view', from: '-0044-03-15', to: '2000-01-01' });
  });
});

describe('embedSnippet', () => {
  const src = 'https://chronicle.example/?embed=1&period=renegotiation&theme=dark';
  it('auto height: a lazy, sandboxed iframe and a resize listener that checks origin and source', () => {
    const html = embedSnippet({ src, title: 'Microsoft and OpenAI <timeline>', height: 'auto' });
    expect(html).toContain('src="https://chronicle.example/?embed=1&amp;period=renegotiation&amp;theme=dark"');
    expect(html).toContain('title="Microsoft and OpenAI &lt;timeline&gt;"');
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('allow="fullscreen"');
    expect(html).toMatch(/sandbox="allow-scripts allow-same-origin/);
    expect(html).toContain('e.origin !== origin || e.source !== frame.contentWindow');
    expect(html).toContain("e.data.type === 'chronicle:resize'");
  });

  it('fixed height: the iframe alone, marked fixed for an embed.js on the same page', () => {
    const html = embedSnippet({ src, title: 't', height: 600 });
    expect(html).toContain('height="600"');
    expect(html).toContain('data-chronicle="fixed"');
    expect(html).not.toContain('<script>');
  });

  it('for a CMS without inline scripts: a div and one script tag from the same Chronicle', () => {
    expect(embedSnippet({ src, title: 'A <timeline>', height: 'auto', form: 'script' })).toBe(
      '<div data-chronicle-src="https://chronicle.example/?embed=1&amp;period=renegotiation&amp;theme=dark" data-chronicle-title="A &lt;timeline&gt;"></div>\n' +
        '<script src="https://chronicle.example/embed.js" async></script>',
    );
    const fixed = embedSnippet({ src: 'https://news.example/graphics/chronicle/?embed=1', title: 't', height: 600, form: 'script' });
    expect(fixed).toContain('data-chronicle-height="600"');
    expect(fixed).toContain('<script src="https://news.example/graphics/chronicle/embed.js" async></script>');
  });
});

describe('embedQuery', () => {
  it('names the embed’s language only when the builder chose one', async () => {
    const { DEFAULT_OPTIONS, embedQuery, optionsFromParams } = await import('../../src/builder/embedOptions');
    expect(embedQuery(DEFAULT_OPTIONS)).toBe('?embed=1');
    expect(embedQuery({ ...DEFAULT_OPTIONS, lang: 'de' })).toBe('?embed=1&lang=de');
    expect(embedQuery({ ...DEFAULT_OPTIONS, lang: 'de', gestures: 'greedy' })).toBe('?embed=1&lang=de&gestures=greedy');
    expect(optionsFromParams({}, 'ja-JP').lang).toBe('ja-JP');
    expect(optionsFromParams({}, 'sv').lang).toBe('sv');
    expect(optionsFromParams({}, 'auto').lang).toBe('');
    expect(optionsFromParams({}, null).lang).toBe('');
  });
});
