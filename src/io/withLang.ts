/** A link to another view of this page keeps the reader's `?lang=`: the presenter, the embed's full view, the builder. */
export function withLang(query: string): string {
  const lang = new URLSearchParams(location.search).get('lang');
  if (!lang) return query;
  return `${query}${query.includes('?') ? '&' : '?'}lang=${encodeURIComponent(lang)}`;
}
