/**
 * `<chronicle-timeline>`: a Chronicle timeline in any page, with no iframe (issue 23). Its attributes
 * are the embed's URL parameters (README, "Web component"), `src` standing for `data`; it renders in a
 * shadow root, so the page's styles and the timeline's leave each other alone; it tells the page what
 * the reader does with DOM events named as the embed messages (`select`, `ready`, `view`), and takes
 * the host's word through `select(id)` and `step(step)`. The library's entry: built by vite.lib.config.ts as an ES
 * module (lib/chronicle.js, its later parts in chunks beside it) and a classic script.
 */
// The app's page-wide styles (main.tsx imports them for the app); build/libStyles.ts puts them in the shadow root.
import '../styles.css';
import { mountTimeline, type MountedTimeline } from '../app/component/mountTimeline';
import { CARRIED_PARAMS, formatViewParams, LINK_PARAMS, parseViewParams } from '../view/viewParams';

/** Parameters that are no embedded timeline's to take: the page's other views and modes, and the dataset's address (`src` stands for it). */
const NOT_ATTRIBUTES = new Set(['edit', 'draft', 'data', 'view', 'embed', 'builder', 'present', 'step', 'autoplay', 'speaker']);

/** The attributes that are URL parameters of the embed (`src` is `data`), and `height`. */
export const TIMELINE_ATTRIBUTES: readonly string[] = ['src', ...LINK_PARAMS.filter((key) => !NOT_ATTRIBUTES.has(key)), ...CARRIED_PARAMS, 'height'];

/** How near the viewport a timeline starts (as embed.js frames its divs), and the height kept for it until then. */
const NEAR = '600px';
const KEPT_HEIGHT = 520;

/** Attributes that are lists of ids, as in an address. */
const LISTS = new Set(['actors', 'categories', 'columns']);

/** Attributes whose change means another dataset or another language: the timeline starts again. */
const RESTARTS = new Set(['src', 'columns', 'lang']);

/** The stylesheet of the whole library, put here by the build (build/libStyles.ts), shared by every element. */
const STYLES = '__CHRONICLE_STYLES__';
let sheet: CSSStyleSheet | undefined;

/** The app's page, for the link to the full view: this file sits in its lib/ folder. */
const APP = new URL('../', (document.currentScript as HTMLScriptElement | null)?.src || import.meta.url).href;

export interface SelectDetail {
  id: string | null;
}
export interface ViewDetail {
  from: string;
  to: string;
}

export class ChronicleTimeline extends HTMLElement {
  static observedAttributes: readonly string[] = TIMELINE_ATTRIBUTES;
  #mounted: MountedTimeline | null = null;
  #waiting: IntersectionObserver | null = null;
  #root: HTMLDivElement | null = null;
  #ready = false;

  connectedCallback(): void {
    if (this.#mounted || this.#waiting) return;
    // The shadow root and its styles first: the element is a block (`:host`) while it waits, too.
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLES);
    }
    shadow.adoptedStyleSheets = [sheet];
    // Far down an article, the timeline starts as the reader nears it, as a lazy iframe would; its space
    // is kept meanwhile, out of sight, so nothing the reader sees moves. `loading="eager"` starts it at once.
    if (this.getAttribute('loading') !== 'eager' && typeof IntersectionObserver === 'function') {
      if (!this.style.minHeight) this.style.minHeight = `${this.getAttribute('height') || KEPT_HEIGHT}px`;
      this.#waiting = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          this.#stopWaiting();
          this.#start();
        },
        { rootMargin: NEAR },
      );
      this.#waiting.observe(this);
    } else this.#start();
  }

  #stopWaiting(): void {
    this.#waiting?.disconnect();
    this.#waiting = null;
  }

  #start(): void {
    const shadow = this.shadowRoot;
    if (this.#mounted || !shadow) return;
    this.#root?.remove();
    this.#root = document.createElement('div');
    this.#root.className = 'chronicle-root';
    shadow.append(this.#root);
    this.#size();
    this.#ready = false;
    this.#mounted = mountTimeline(this.#root, this.#search(), APP, {
      select: (id) => this.#emit('select', { id }),
      ready: () => {
        // Drawn: the timeline's own height from here on.
        this.style.minHeight = '';
        this.#ready = true;
        this.#emit('ready', null);
      },
      view: (from, to) => this.#emit('view', { from, to }),
    });
  }

  disconnectedCallback(): void {
    // Moved within the page (removed and added in one task): keep the timeline as it is.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.#stopWaiting();
      this.#mounted?.unmount();
      this.#mounted = null;
    });
  }

  attributeChangedCallback(name: string, before: string | null, after: string | null): void {
    if (!this.#mounted || before === after) return;
    if (name === 'height') return this.#size();
    if (RESTARTS.has(name)) {
      this.#mounted.unmount();
      this.#mounted = null;
      this.#start();
    } else this.#mounted.apply(this.#search());
  }

  /** Selects an event by its id, or clears the selection (null), as the `chronicle:select` message does. */
  select(id: string | null): void {
    this.#mounted?.store.getState().select(id);
  }

  /**
   * Moves to a step of the presentation, as the presenter does (its animated zoom; a jump under reduced
   * motion): a number counts from 1, a string is a period's or an event's id. The `chronicle:step`
   * message's method; embed.js calls it for an article's `data-chronicle-step` sections.
   */
  step(step: number | string): void {
    this.#mounted?.step(step);
  }

  /** The selected event's id, or null. */
  get selected(): string | null {
    return this.#mounted?.store.getState().selectedId ?? null;
  }

  /** True once the timeline is drawn (the `ready` event has been dispatched). */
  get ready(): boolean {
    return this.#ready;
  }

  /** The attributes as the embed's address: `?embed=1&data=…&period=…`. */
  #search(): string {
    const parts = ['embed=1'];
    for (const name of TIMELINE_ATTRIBUTES) {
      const value = this.getAttribute(name);
      if (value === null || name === 'height') continue;
      // Lists are written as in an address (commas between ids, a comma inside one as %2C), as the builder
      // writes them; only what would end the parameter (& or #) is escaped.
      const written = LISTS.has(name) ? value.replace(/[&#]/g, encodeURIComponent) : encodeURIComponent(value);
      parts.push(`${name === 'src' ? 'data' : name}=${written}`);
    }
    // Through the parser and back: what it would ignore in a link is ignored here too.
    const search = `?${parts.join('&')}`;
    const query = new URLSearchParams(search);
    const carried = CARRIED_PARAMS.map((key) => (query.get(key) ? `&${key}=${encodeURIComponent(query.get(key)!)}` : '')).join('');
    return `${formatViewParams(parseViewParams(search).params)}${carried}`;
  }

  /** `height="480"`: a fixed height, the timeline scrolling inside; otherwise the element is as tall as what it shows. */
  #size(): void {
    const height = Number(this.getAttribute('height'));
    this.style.height = height > 0 ? `${height}px` : '';
    this.style.overflow = height > 0 ? 'auto' : '';
  }

  #emit(type: string, detail: SelectDetail | ViewDetail | null): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

if (!customElements.get('chronicle-timeline')) customElements.define('chronicle-timeline', ChronicleTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'chronicle-timeline': ChronicleTimeline;
  }
}
