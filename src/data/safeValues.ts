/** Dataset strings that end up in attributes: only safe link schemes and plain CSS colours get through. */

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export function safeUrl(input: string): string | null {
  try {
    const url = new URL(input.trim());
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * A picture's or video's address: `https:`, or a path on the page's own site ("media/photo.jpg",
 * "/img/a.png"), which the browser fetches from where the page is. Anything with another scheme
 * (`http:` would be blocked as mixed content on an https page; `data:` and `javascript:` are never
 * media), another host without one ("//evil.example") or markup ("<iframe …>") is not.
 */
export function safeMediaUrl(input: string): string | null {
  const s = input.trim();
  // Markup is not a path ("<iframe …>" pasted as media), nor is a path that could close an attribute.
  if (!s || /^[\\/]{2}/.test(s) || /\p{Cc}/u.test(s) || /[<>"'`]/.test(s)) return null;
  if (!/^[a-z][a-z\d+.-]*:/i.test(s)) return s;
  try {
    const url = new URL(s);
    return url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const FUNCTIONAL = /^(?:rgb|rgba|hsl|hsla)\(\s*[\d.%\s,/+-]+\)$/i;
const NAMED = /^[a-z]{3,20}$/i;

/** Hex, rgb()/hsl() or a colour keyword; nothing that could close a style or call url(). */
export function isCssColor(input: string): boolean {
  const s = input.trim();
  return HEX.test(s) || FUNCTIONAL.test(s) || NAMED.test(s);
}

export const PALETTE = ['#1f6fd1', '#0f8a6a', '#c2570c', '#8a4fd6', '#b42318', '#0e7490', '#a15c07', '#6b7280'];
