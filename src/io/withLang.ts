/**
 * A link to another view of this page keeps the parameters no view state holds (`?lang=`,
 * `?media=auto`: view/viewParams.ts's CARRIED_PARAMS): the presenter, the embed's full view, the builder.
 */
import { CARRIED_PARAMS } from '../view/viewParams';
export function withLang(query: string, from = location.search): string {
  const kept = new URLSearchParams(from);
  let out = query;
  for (const key of CARRIED_PARAMS) {
    const value = kept.get(key);
    if (value) out += `${out.includes('?') ? '&' : '?'}${key}=${encodeURIComponent(value)}`;
  }
  return out;
}
