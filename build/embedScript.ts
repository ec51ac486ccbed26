/**
 * embed.js (src/embed/host/embedHost.ts) as the classic script a host page loads: its types taken
 * off and minified, with no module syntax left, so `<script src=".../embed.js" async>` runs in any page.
 */
import { readFileSync } from 'node:fs';
import { minify, transformWithOxc } from 'vite';

const SOURCE = new URL('../src/embed/host/embedHost.ts', import.meta.url);

export async function embedScriptSource(): Promise<string> {
  const { code } = await transformWithOxc(readFileSync(SOURCE, 'utf8'), 'embedHost.ts', { lang: 'ts' });
  if (/^\s*(?:import|export)\b/m.test(code)) throw new Error('embed.js must import and export nothing: it runs as a classic script');
  const { code: small } = await minify('embed.js', code, { compress: true, mangle: true });
  return `/* Chronicle embed.js: sizes and lazily loads every Chronicle embed on the page. Source: src/embed/host/embedHost.ts */\n${small}`;
}
