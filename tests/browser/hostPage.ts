/**
 * A plain article page on its own origin (another port of 127.0.0.1) that embeds the built app
 * with the exact snippet the README and the builder give journalists.
 */
import { createServer, type Server } from 'node:http';
import type { Frame, Page } from 'playwright-core';
import { embedSnippet } from '../../src/ui/publish/snippet';

export interface HostPage {
  url: string;
  close: () => Promise<void>;
}

/** `snippet` is the HTML to paste; by default the auto-height snippet for `appUrl + query`. */
export async function startHostPage(
  appUrl: string,
  query: string,
  snippet = embedSnippet({ src: `${appUrl}${query}`, title: 'Microsoft and OpenAI timeline', height: 'auto' }),
): Promise<HostPage> {
  const html = `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>An article</title><style>body{margin:0;font-family:sans-serif}article{max-width:720px;margin:0 auto;padding:0 16px}</style></head>
<body><article><h1>How exclusivity ended</h1><p>Paragraph before the timeline.</p>
${snippet}
<p>Paragraph after the timeline.</p></article>
<script>
  // The test's own ears, beside the journalist's snippet.
  window.__messages = [];
  window.addEventListener('message', function (e) { window.__messages.push(e.data); });
</script></body></html>`;
  return servePage(html);
}

/** Any page of the test's own, served on its own origin as an article would be. */
export async function servePage(html: string): Promise<HostPage> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => new Promise((r) => server.close(() => r())) };
}

/** The Chronicle in the page's iframe `selector` once it shows the app from `appUrl` (embed.js makes its frames late). */
export async function frameOf(page: Page, appUrl: string, selector = 'iframe'): Promise<Frame> {
  const element = page.locator(selector).first();
  await element.waitFor({ state: 'attached', timeout: 10_000 });
  const handle = await element.elementHandle();
  for (let i = 0; i < 100; i++) {
    const frame = await handle.contentFrame();
    if (frame && frame.url().startsWith(appUrl)) return frame;
    await page.waitForTimeout(100);
  }
  throw new Error(`${selector} did not load`);
}
