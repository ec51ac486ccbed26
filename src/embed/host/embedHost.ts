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
 *   Likewise `chronicle:ready` (detail empty) and `chronicle:view` (`detail.from`, `detail.to`).
 * - `lang=auto` in the address becomes the article's own `<html lang>` (left out where it has none).
 * - Scrollytelling: an element with `data-chronicle-step` (a step number from 1, or a period or event
 *   id) moves its embed there as it crosses the middle of the viewport, and scrolling back moves it
 *   back. Its embed is the nearest Chronicle before it in the page (a frame, an embed.js div, or a
 *   `<chronicle-timeline>`, which is sent the step by its `step()`), or the one whose id
 *   `data-chronicle-for` names. `data-chronicle-pin` on the div keeps it on screen (sticky).
 * - Loaded twice (two snippets in one article) it runs once; content added later (a CMS's lazy
 *   blocks) is found by watching the page, and `window.chronicleEmbed.scan()` looks again at once.
 */

// Everything inside one function: a classic script's top-level names would be the host page's globals.
(function () {
  type Box = HTMLElement & { dataset: { chronicleSrc?: string; chronicleTitle?: string; chronicleHeight?: string; chronicleSeen?: string } };
  /** Where an embed's story stands: the step last scrolled to, and whether its frame can take it yet. */
  type Story = { step?: number | string; ready?: boolean };
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
    // A pinned frame leaves room for the text beside or below it: taller content scrolls inside it.
    if (box.hasAttribute('data-chronicle-pin')) frame.style.maxHeight = 'var(--chronicle-pin-height,45vh)';
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
      // Pinned: stays on screen while the article's steps scroll past; the article may set the offset
      // and the frame's height cap (a phone keeps room for the text below) with two CSS variables.
      if (box.hasAttribute('data-chronicle-pin')) box.style.cssText += ';position:sticky;top:var(--chronicle-pin-top,0px);z-index:1';
      if (near) near.observe(box);
      else mount(box);
    }
    for (const el of document.querySelectorAll<HTMLElement>('[data-chronicle-step]:not([data-chronicle-step-seen])')) {
      el.setAttribute('data-chronicle-step-seen', '');
      steps?.observe(el);
    }
  }

  /** The page's iframe that sent a message, if it is a Chronicle: its address's origin is the sender's. */
  function chronicleFrame(source: MessageEventSource | null, origin: string): HTMLIFrameElement | null {
    for (const frame of document.getElementsByTagName('iframe')) {
      if (frame.contentWindow !== source) continue;
      return originOf(frame) === origin && isChronicleFrame(frame) ? frame : null;
    }
    return null;
  }

  function originOf(frame: HTMLIFrameElement): string | null {
    try {
      return new URL(frame.src, location.href).origin;
    } catch {
      return null;
    }
  }

  /** Made by embed.js (or marked so by hand), or pasted from the Chronicle this script came from. */
  function isChronicleFrame(el: Element): el is HTMLIFrameElement {
    if (!(el instanceof HTMLIFrameElement)) return false;
    return el.hasAttribute('data-chronicle') || (originOf(el) === home && EMBED.test(new URL(el.src, location.href).search));
  }

  /** The div an embed.js frame lives in, else the pasted frame itself: where events go, and what a story belongs to. */
  const holder = (frame: Element): Element => frame.closest('[data-chronicle-src]') ?? frame;
  const fire = (target: Element, type: string, detail: object) => target.dispatchEvent(new CustomEvent(type, { bubbles: true, detail }));
  const isDay = (v: unknown) => typeof v === 'string' && v.length <= 40;

  addEventListener('message', (e: MessageEvent) => {
    const data = e.data as { type?: unknown; height?: unknown; id?: unknown; from?: unknown; to?: unknown } | null;
    if (typeof data !== 'object' || data === null || typeof data.type !== 'string' || !/^chronicle:(?:resize|select|ready|view)$/.test(data.type)) return;
    const frame = chronicleFrame(e.source, e.origin);
    if (!frame) return;
    const target = holder(frame);
    if (data.type === 'chronicle:resize') {
      if (typeof data.height === 'number' && Number.isFinite(data.height) && frame.getAttribute('data-chronicle') !== 'fixed')
        frame.style.height = `${Math.round(Math.max(MIN, Math.min(data.height, MAX)))}px`;
    } else if (data.type === 'chronicle:select') {
      if (data.id === null || (typeof data.id === 'string' && data.id.length <= 200)) fire(target, data.type, { id: data.id });
    } else if (data.type === 'chronicle:view') {
      if (isDay(data.from) && isDay(data.to)) fire(target, data.type, { from: data.from, to: data.to });
    } else {
      // Ready (again, if the frame reloaded): it is sent the step the reader is at.
      const story = storyOf(target);
      story.ready = true;
      send(target, story);
      fire(target, data.type, {});
    }
  });

  // A web component that becomes ready is sent the step the reader is at (its `ready` event bubbles to here).
  addEventListener('ready', (e) => {
    const target = e.target as Element;
    if (target.localName === 'chronicle-timeline') send(target, storyOf(target));
  });

  const stories = new WeakMap<Element, Story>();
  function storyOf(target: Element): Story {
    let story = stories.get(target);
    if (!story) stories.set(target, (story = {}));
    return story;
  }

  function send(target: Element, story: Story) {
    // The web component takes the step itself, by its method, once it says it is ready.
    if (target.localName === 'chronicle-timeline') {
      const element = target as Element & { ready?: boolean; step?: (step: number | string) => void };
      if (element.ready && story.step !== undefined) element.step?.(story.step);
      return;
    }
    const frame = target instanceof HTMLIFrameElement ? target : target.querySelector<HTMLIFrameElement>('iframe[data-chronicle]');
    if (!story.ready || story.step === undefined || !frame?.contentWindow) return;
    // Only to the Chronicle the frame was made for: not to whatever it has navigated to since.
    frame.contentWindow.postMessage({ type: 'chronicle:step', step: story.step }, new URL(frame.src, location.href).origin);
  }

  /** The embed a step drives: the one `data-chronicle-for` names, else the nearest Chronicle before it in the page. */
  function embedFor(step: HTMLElement): Element | null {
    const named = step.dataset.chronicleFor;
    if (named) {
      const el = document.getElementById(named);
      return el && (el.matches('[data-chronicle-src], chronicle-timeline') || isChronicleFrame(el)) ? holder(el) : null;
    }
    let found: Element | null = null;
    for (const el of document.querySelectorAll('[data-chronicle-src], iframe, chronicle-timeline'))
      if (
        el.compareDocumentPosition(step) & Node.DOCUMENT_POSITION_FOLLOWING &&
        (el.matches('[data-chronicle-src], chronicle-timeline') || isChronicleFrame(el))
      )
        found = holder(el);
    return found;
  }

  /** A step's value: a whole number counts steps from 1; anything else is a period or event id. */
  function stepValue(raw: string): number | string | null {
    const v = raw.trim();
    if (/^[1-9]\d{0,4}$/.test(v)) return Number(v);
    return v && v.length <= 200 ? v : null;
  }

  // A step is active while it crosses the middle of the viewport: the root shrunk to that line.
  const steps =
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver(
          (entries) => {
            for (const entry of entries) {
              const el = entry.target as HTMLElement;
              const step = stepValue(el.dataset.chronicleStep ?? '');
              const target = entry.isIntersecting && step !== null ? embedFor(el) : null;
              if (!target) continue;
              const story = storyOf(target);
              story.step = step!;
              send(target, story);
            }
          },
          { rootMargin: '-50% 0px -50% 0px' },
        )
      : null;

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
