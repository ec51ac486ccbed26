/** Rich text (issue 22): a small Markdown subset read into a tree, never markup; TimelineJS's HTML read into it. */
import { describe, expect, it } from 'vitest';
import { parseRich, plainOf } from '../../src/data/text/richText';
import { richText } from '../../src/data/formats/parseTimelineJs';

describe('parseRich', () => {
  it.each<[string, unknown]>([
    ['Plain words.', [{ p: ['Plain words.'] }]],
    ['One.\n\nTwo, **bold** and *soft*.', [{ p: ['One.'] }, { p: ['Two, ', { strong: ['bold'] }, ' and ', { em: ['soft'] }, '.'] }]],
    [
      'See [the filing](https://example.org/f.pdf), or [mail](mailto:desk@example.org).',
      [{ p: ['See ', { link: 'https://example.org/f.pdf', children: ['the filing'] }, ', or ', { link: 'mailto:desk@example.org', children: ['mail'] }, '.'] }],
    ],
    // Only safe links: anything else stays the words it was.
    ['[click](javascript:alert(1))', [{ p: ['[click](javascript:alert(1))'] }]],
    ['- one\n- two *2*\n  wrapped', [{ ul: [['one'], ['two ', { em: ['2'] }, ' wrapped']] }]],
    ['1. first\n2. second', [{ ol: [['first'], ['second']] }]],
    // Not emphasis: arithmetic, snake_case, a lone star, an escaped mark.
    ['2 * 3 * 4 = 24, snake_case_name, a * b', [{ p: ['2 * 3 * 4 = 24, snake_case_name, a * b'] }]],
    ['\\*not\\* _yes_', [{ p: ['*not* ', { em: ['yes'] }] }]],
    ['<script>alert(1)</script>', [{ p: ['<script>alert(1)</script>'] }]],
  ])('%j', (text, tree) => {
    expect(parseRich(text)).toEqual(tree);
  });

  it('gives the words alone where only plain text goes', () => {
    expect(plainOf('One **two** [three](https://x.example).\n\n- a\n- b')).toBe('One two three. a; b');
  });
});

describe('TimelineJS HTML as rich text', () => {
  it.each<[string, string]>([
    ['<p>$1 billion &amp; a <b>partnership</b></p><p>Second <em>para</em>.</p>', '$1 billion & a **partnership**\n\nSecond *para*.'],
    ['See <a href="https://example.org/a?b=1&amp;c=2" target="_blank">the story</a>.', 'See [the story](https://example.org/a?b=1&c=2).'],
    ['<a href="javascript:alert(1)">bad</a> link', 'bad link'],
    ['<ul><li>one</li><li>two</li></ul>', '- one\n- two'],
    ['line<br>break', 'line\nbreak'],
    ['5 * 3 and [brackets] stay', '5 \\* 3 and \\[brackets\\] stay'],
    ['<script>alert(1)</script><div onclick="x()">kept words</div>', 'kept words'],
  ])('%s', (html, rich) => {
    expect(richText(html)).toBe(rich);
  });

  it('reads back as what TimelineJS showed', () => {
    expect(plainOf(richText('5 * 3 and [brackets] stay'))).toBe('5 * 3 and [brackets] stay');
  });
});
