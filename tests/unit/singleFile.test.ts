/** Publishing one HTML file (issue 21): the dataset written into the template so that no text in it can end its element or run. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isSingleFileTemplate, jsonForScript, singleFileHtml } from '../../src/ui/publish/singleFile';
import { DATA_ELEMENT_START, datasetTextOf } from '../../src/io/user/publishedFile';
import { parseDataset } from '../../src/data/parseDataset';

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta name="description" content="Chronicle: an interactive timeline of dated events." />
    <title>Chronicle</title>
  </head>
  <body>
    <div id="root"></div>
    ${DATA_ELEMENT_START}</script>
    <script type="module">/* app */</script>
  </body>
</html>`;

const bundled = parseDataset(readFileSync(new URL('../../data/events.json', import.meta.url), 'utf8'), 'events.json').dataset;
const hostile = {
  ...bundled,
  title: 'A </script><script>alert(1)</script> & "quoted" $& $\' title',
  locale: 'de',
  description: '<img src=x onerror=alert(2)> \u2028 line',
};

describe('jsonForScript', () => {
  it.each([
    ['</script>', '"\\u003c/script\\u003e"'],
    ['<!--', '"\\u003c!--"'],
    ['a & b', '"a \\u0026 b"'],
    ['\u2028\u2029', '"\\u2028\\u2029"'],
  ])('%j is written %s and reads back the same', (text, written) => {
    expect(jsonForScript(text)).toBe(written);
    expect(JSON.parse(jsonForScript(text))).toBe(text);
  });
});

describe('singleFileHtml', () => {
  const html = singleFileHtml(TEMPLATE, hostile);

  it('recognises the template, and nothing else', () => {
    expect(isSingleFileTemplate(TEMPLATE)).toBe(true);
    expect(isSingleFileTemplate('<!doctype html><div id="root"></div>')).toBe(false);
    expect(isSingleFileTemplate(html)).toBe(false);
  });

  it('carries the dataset, which reads back to the same dataset', () => {
    const text = datasetTextOf(html)!;
    expect(parseDataset(text, 'timeline.html').dataset).toEqual(parseDataset(JSON.stringify(JSON.parse(text)), 'x.json').dataset);
    expect(parseDataset(text, 'timeline.html').dataset.title).toBe(hostile.title);
    expect(parseDataset(text, 'timeline.html').dataset.events).toHaveLength(bundled.events.length);
  });

  it('lets no dataset text out of its element: one script element of data, one of code, no markup from the data', () => {
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('<title>A &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; $&amp; $&#39; title · Chronicle</title>');
    expect(html).toContain('<html lang="de"');
    expect(html).toContain('<meta name="description" content="&lt;img src=x onerror=alert(2)&gt;');
  });

  it('keeps the chronology for readers without JavaScript', () => {
    expect(html).toMatch(/<noscript><main class="static-page">\n<h1>A &lt;\/script&gt;/);
    expect(html.match(/<li id="event-/g)).toHaveLength(bundled.events.length);
  });
});

describe('datasetTextOf', () => {
  it('finds nothing in a page Chronicle did not publish', () => {
    expect(datasetTextOf('<!doctype html><p>hello</p>')).toBeNull();
    expect(datasetTextOf(`{"title": "${DATA_ELEMENT_START}"}`)).toBeNull();
    expect(datasetTextOf(TEMPLATE)).toBeNull();
  });
});
