/**
 * embed.js: the one script a host page needs for every Chronicle in it (issue 23), for CMSs that strip
 * inline scripts (WordPress for authors, Ghost cards, Substack), as Datawrapper's and Flourish's
 * embed scripts are. Built on its own into a classic script beside the app's index.html
 * (vite.config.ts), so it imports nothing and runs in any page.
 *
 * - `<div data-chronicle-src="https://…/?embed=1&…">` becomes the embed's iframe once it nears the
 *   viewport (600 px ahead), its height kept from the start so the article below never moves;
 *   `data-chronicle-title` names the frame, `data-chronicle-height` fixes its height (else the frame
 *   follows its content). Only an http(s) address is ever framed.
 * - Every Chronicle frame on the page, made here or pasted as an iframe from the same Chronicle, is
 *   sized by its `chronicle:resize` messages (checked by origin and source; a frame marked
 *   `data-chronicle="fixed"` keeps its height), and its `chronicle:select` messages become a
 *   `chronicle:select` DOM event on its container (bubbling, `detail.id`), for the host's own code.
 * - `lang=auto` in the address becomes the article's own `<html lang>` (left out where it has none).
 * - Loaded twice (two snippets in one article) it runs once; content added later (a CMS's lazy
 *   blocks) is found by watching the page, and `window.chronicleEmbed.scan()` looks again at once.
 */

// Everything inside one function: a classic script's top-level names would be the host page's globals.
(function () {
  type Box = HTMLElement & { dataset: { chronicleSrc?: string; chronicleTitle?: string; chronicleHeight?: string; chronicleSeen?: string } };
  type Host = Window & { chronicleEmbed?: { scan: () => void } };

  /** What an embedded Chronicle may do in its host's page: as the builder's iframe snippet (ui/publish/snippet.ts). */
  const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';
  /** The height a frame starts at, and the bounds its messages may set: as the inline snippet's. */
  const START = 520;
  const MIN = 120;
  const MAX = 4000;
  const EMBED = /[?&]embed=1(?:&|$)/;

  const host = window as Host;
  if (host.chronicleEmbed) return host.chronicleEmbed.scan();
  // The Chronicle this script was served by: a pasted iframe from it is one of ours.
  const script = document.currentScript as HTMLScriptElement | null;
  const home = new URL(script?.src || location.href).origin;

  const near =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver(
          (entries) => {
            for (const entry of entries) {
              if (!entry.isIntersecting) continue;
              near!.unobserve(entry.target);
              mount(entry.target as Box);
            }
          },
          { rootMargin: '600px 0px' },
        )
      : null;

  /** The embed's address: http(s) only, with `embed=1` where the author left it out. */
  function embedAddress(given: string): string | null {
    let url: URL;
    try {
      url = new URL(given.trim(), location.href);
    } catch {
      return null;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (!EMBED.test(url.search)) url.search = url.search ? `${url.search}&embed=1` : '?embed=1';
    // `lang=auto`: the article's own language, which the frame cannot read across origins.
    const article = document.documentElement.lang.trim();
    if (/[?&]lang=auto(?:&|$)/.test(url.search))
      url.search = url.search
        .replace(/([?&])lang=auto(?=&|$)/, /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(article) ? `$1lang=${article}` : '$1')
        .replace(/\?&|&&/, (m) => m[0]!)
        .replace(/[?&]$/, '');
    return url.href;
  }

  const fixedHeight = (box: Box): number => {
    const h = Number(box.dataset.chronicleHeight);
    return Number.isFinite(h) && h >= MIN ? Math.min(h, MAX) : 0;
  };

  function mount(box: Box) {
    const src = embedAddress(box.dataset.chronicleSrc ?? '');
    if (!src || box.querySelector('iframe[data-chronicle]')) return;
    const fixed = fixedHeight(box);
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.title = box.dataset.chronicleTitle?.trim() || 'Timeline';
    frame.setAttribute('data-chronicle', fixed ? 'fixed' : 'auto');
    frame.setAttribute('width', '100%');
    frame.setAttribute('height', String(fixed || START));
    frame.style.cssText = `width:100%;border:0;display:block;height:${fixed || START}px`;
    frame.setAttribute('allow', 'fullscreen');
    frame.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    frame.setAttribute('sandbox', SANDBOX);
    box.appendChild(frame);
    // The frame holds the space now, and may grow or shrink with its content.
    box.style.minHeight = '';
  }

  function scan() {
    for (const box of document.querySelectorAll<Box>('[data-chronicle-src]')) {
      if (box.dataset.chronicleSeen) continue;
      box.dataset.chronicleSeen = '1';
      box.style.minHeight = `${fixedHeight(box) || START}px`;
      if (near) near.observe(box);
      else mount(box);
    }
  }

  /** The page's iframe that sent a message, if it is a Chronicle: its address's origin is the sender's. */
  function chronicleFrame(source: MessageEventSource | null, origin: string): HTMLIFrameElement | null {
    for (const frame of document.getElementsByTagName('iframe')) {
      if (frame.contentWindow !== source) continue;
      let src: URL;
      try {
        src = new URL(frame.src, location.href);
      } catch {
        return null;
      }
      if (src.origin !== origin) return null;
      return frame.hasAttribute('data-chronicle') || (src.origin === home && EMBED.test(src.search)) ? frame : null;
    }
    return null;
  }

  addEventListener('message', (e: MessageEvent) => {
    const data = e.data as { type?: unknown; height?: unknown; id?: unknown } | null;
    if (typeof data !== 'object' || data === null || (data.type !== 'chronicle:resize' && data.type !== 'chronicle:select')) return;
    const frame = chronicleFrame(e.source, e.origin);
    if (!frame) return;
    if (data.type === 'chronicle:resize') {
      if (typeof data.height === 'number' && Number.isFinite(data.height) && frame.getAttribute('data-chronicle') !== 'fixed')
        frame.style.height = `${Math.round(Math.max(MIN, Math.min(data.height, MAX)))}px`;
    } else if (data.id === null || (typeof data.id === 'string' && data.id.length <= 200)) {
      const target = frame.closest('[data-chronicle-src]') ?? frame;
      target.dispatchEvent(new CustomEvent('chronicle:select', { bubbles: true, detail: { id: data.id } }));
    }
  });

  host.chronicleEmbed = { scan };
  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  // A CMS that adds its blocks later: looked at once a frame, however many nodes arrive.
  let queued = false;
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      scan();
    });
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
