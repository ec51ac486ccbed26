/**
 * A link to another view of this page keeps the parameters the reader's page was opened with that no
 * view owns: `?lang=`, and `?media=auto` (ui/media/autoLoad.ts). The presenter, the embed's full view,
 * the builder, and the address bar as the view changes (io/viewLink.ts).
 */
export function withLang(query: string): string {
  const kept = new URLSearchParams(location.search);
  let out = query;
  for (const key of ['lang', 'media']) {
    const value = kept.get(key);
    if (value) out += `${out.includes('?') ? '&' : '?'}${key}=${encodeURIComponent(value)}`;
  }
  return out;
}
