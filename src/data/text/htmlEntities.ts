/**
 * HTML character references (`&amp;`, `&#39;`, `&#x2019;`) as the characters they name: TimelineJS's
 * HTML text (data/formats/parseTimelineJs.ts) and an attribute the build escaped (ui/publish/sitePage.ts).
 */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

export const decodeEntities = (text: string): string =>
  text.replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
