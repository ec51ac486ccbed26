/**
 * TimelineJS3 JSON (title, events with start_date/end_date objects, text.headline/text.text, group,
 * media, eras) becomes a Chronicle raw dataset, so a newsroom's existing timeline comes over; so do
 * its older forms (`upgrade`). Its HTML text is reduced to plain text here; nothing from it is ever
 * rendered as markup.
 */
import { decodeEntities } from '../text/htmlEntities';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function fromTimelineJs(input: Json): Json {
  const raw = upgrade(input);
  const groups = new Map<string, string>();
  const used = new Set<string>();
  const events = (raw.events as unknown[]).map((item, i) => {
    const e = isObject(item) ? item : {};
    const text = isObject(e.text) ? e.text : {};
    const title = plainText(text.headline) || untitled(e, text);
    const group = typeof e.group === 'string' && e.group.trim() ? e.group.trim() : '';
    if (group) groups.set(slug(group) || 'group', group);
    let id = (typeof e.unique_id === 'string' && e.unique_id) || slug(title) || `event-${i + 1}`;
    for (let n = 2; used.has(id); n++) id = `${slug(title) || 'event'}-${n}`;
    used.add(id);
    const media = isObject(e.media) && typeof e.media.url === 'string' && e.media.url.trim() ? e.media : undefined;
    // TimelineJS's "blockquote" media is a quote, not a picture: it becomes the event's.
    const quote =
      media && /^\s*<blockquote(?![^>]*class=["'][^"']*(?:twitter-tweet|instagram|bluesky|mastodon))/i.test(media.url as string) ? plainText(media.url) : '';
    return {
      id,
      start: dateForm(e.start_date),
      ...(isObject(e.end_date) ? { end: dateForm(e.end_date) } : {}),
      title,
      summary: richText(text.text),
      ...(group ? { actors: [slug(group) || 'group'] } : {}),
      ...(quote
        ? { quotes: [{ text: quote, ...(plainText(media!.credit) ? { by: plainText(media!.credit) } : {}) }] }
        : media
          ? { media: mediaOf(media) }
          : {}),
      ...(displayDate(e) ? { displayDate: displayDate(e) } : {}),
      ...backdropOf(e.background),
    };
  });
  const eras = Array.isArray(raw.eras) ? raw.eras : [];
  const titleSlide = isObject(raw.title) && isObject(raw.title.text) ? raw.title.text : {};
  const titleMedia =
    isObject(raw.title) && isObject(raw.title.media) && typeof raw.title.media.url === 'string' && raw.title.media.url.trim() ? raw.title.media : undefined;
  return {
    title: plainText(titleSlide.headline) || 'Imported timeline',
    description: plainText(titleSlide.text),
    // The title slide's picture is the timeline's own (the list's heading, a shared link's card).
    ...(titleMedia ? { media: mediaOf(titleMedia) } : {}),
    actors: [...groups].map(([id, label]) => ({ id, label })),
    periods: eras.filter(isObject).map((era, i) => ({
      id: slug(plainText(isObject(era.text) ? era.text.headline : '')) || `era-${i + 1}`,
      title: plainText(isObject(era.text) ? era.text.headline : '') || `Era ${i + 1}`,
      start: dateForm(era.start_date),
      end: dateForm(era.end_date),
    })),
    events,
  };
}

/**
 * TimelineJS's media, whole: its address, credit (and the credit's link), caption, alt text and
 * thumbnail (validation keeps safe addresses only). HTML pasted as media (an embed code) gives the
 * address it embeds: an iframe's `src`, an embedded post's own link; `//host/…` is read as https:.
 */
function mediaOf(media: Json): Json {
  const out: Json = { url: embeddedAddress((media.url as string).trim()) };
  const credit = plainText(media.credit);
  const creditLink = typeof media.credit === 'string' ? /<a\s[^>]*href=["'](https?:\/\/[^"']+)["']/i.exec(media.credit)?.[1] : undefined;
  if (creditLink) out.creditUrl = decodeEntities(creditLink);
  const caption = richText(media.caption);
  const alt = plainText(media.alt);
  if (credit) out.credit = credit;
  if (caption) out.caption = caption;
  if (alt) out.alt = alt;
  if (typeof media.thumbnail === 'string' && media.thumbnail.trim()) out.thumbnail = media.thumbnail.trim().replace(/^\/\//, 'https://');
  return out;
}

/** A slide's `background` ({ url, color }) as the event's backdrop: its colour the accent, its picture behind the heading. */
function backdropOf(background: unknown): Json {
  if (!isObject(background)) return {};
  const url = typeof background.url === 'string' ? background.url.trim().replace(/^\/\//, 'https://') : '';
  const color = typeof background.color === 'string' ? background.color.trim() : '';
  return url || color ? { backdrop: { ...(url ? { url } : {}), ...(color ? { color } : {}) } } : {};
}

/** The address in an embed code (an iframe's src; a post's link to itself, the last in it), or the text as given. */
function embeddedAddress(text: string): string {
  if (text.startsWith('//')) return `https:${text}`;
  if (!text.startsWith('<')) return text;
  const src = /<iframe\s[^>]*src=["']([^"']+)["']/i.exec(text)?.[1];
  const links = [...text.matchAll(/href=["'](https?:\/\/[^"']+)["']/gi)].map((m) => m[1]!);
  const found = src ?? links.findLast((l) => /\/status\/\d|\/post\/|\/p\/|\/@[^/]+\/\d/.test(l)) ?? links.at(-1);
  // Unreadable HTML stays as it is: the media's check says it was not carried.
  return found ? embeddedAddress(decodeEntities(found)) : text;
}

/** A slide without a headline: titled by its text's first words, else its date as TimelineJS shows it, never "Event 3". */
function untitled(e: Json, text: Json): string {
  const words = plainText(text.text).split(' ');
  if (words[0]) return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : words.join(' ');
  const date = dateForm(e.start_date);
  return displayDate(e) || (typeof date === 'string' && date ? date : 'Untitled');
}

/** The date as TimelineJS shows it instead of its own ("Spring 1945"): the event's `display_date`, or its start's. */
const displayDate = (e: Json): string => plainText(e.display_date) || (isObject(e.start_date) ? plainText(e.start_date.display_date) : '');

/**
 * The older forms as TimelineJS3: `{ timeline: { … } }` around a TimelineJS3 object, whose events may
 * be called `slides` (a slide without a date is the title slide); and TimelineJS2's
 * `{ timeline: { headline, text, date: [{ startDate: "2011,3,23", endDate, headline, text, tag,
 * asset: { media, credit, caption } }], era: [{ startDate, endDate, headline }] } }`.
 */
function upgrade(raw: Json): Json {
  const inner = isObject(raw.timeline) ? raw.timeline : null;
  if (!inner) return raw;
  if (Array.isArray(inner.date)) {
    const v2Date = (v: unknown) => {
      const [year, month, day] = typeof v === 'string' ? v.split(',').map((p) => p.trim()) : [];
      return year ? { year, month, day } : undefined;
    };
    const slide = (d: Json) => ({
      start_date: v2Date(d.startDate),
      ...(d.endDate && d.endDate !== d.startDate ? { end_date: v2Date(d.endDate) } : {}),
      text: { headline: d.headline, text: d.text },
      ...(typeof d.tag === 'string' ? { group: d.tag } : {}),
      ...(isObject(d.asset) ? { media: { url: d.asset.media, credit: d.asset.credit, caption: d.asset.caption } } : {}),
    });
    return {
      title: { text: { headline: inner.headline, text: inner.text } },
      events: inner.date.filter(isObject).map(slide),
      eras: (Array.isArray(inner.era) ? inner.era : []).filter(isObject).map((e) => ({ ...slide(e), end_date: v2Date(e.endDate) })),
    };
  }
  const slides = Array.isArray(inner.events) ? inner.events : Array.isArray(inner.slides) ? inner.slides : [];
  const dated = slides.filter((s) => isObject(s) && s.start_date !== undefined);
  const titleSlide = inner.title ?? slides.find((s) => isObject(s) && s.start_date === undefined);
  return { ...inner, ...(titleSlide ? { title: titleSlide } : {}), events: dated };
}

/**
 * { year: "2026", month: "4", day: "27", hour: 14, minute: 30 } → "2026-04-27T14:30" (the sheet's
 * Time column, "2:30 PM", as `time`); a missing or bad part ends the precision there.
 */
function dateForm(value: unknown): unknown {
  if (!isObject(value)) return value;
  const part = (v: unknown) => (typeof v === 'number' || (typeof v === 'string' && /^-?\d+$/.test(v.trim())) ? Number(v) : null);
  const year = part(value.year);
  if (year === null) return value.year ?? '';
  const month = part(value.month);
  const day = part(value.day);
  let form = timelineJsYear(year);
  if (month !== null && month >= 1 && month <= 12) {
    form += `-${String(month).padStart(2, '0')}`;
    if (day !== null && day >= 1 && day <= 31) {
      form += `-${String(day).padStart(2, '0')}`;
      form += timeOfDay(part(value.hour), part(value.minute), value.time);
    }
  }
  return form;
}

/**
 * TimelineJS shows its year -490 as "490 BCE" (its era label on the year's absolute value), so that is
 * how it is read: ISO 8601's astronomical -0489. Its year 0 stays 0 (1 BCE).
 */
function timelineJsYear(year: number): string {
  const astronomical = year < 0 ? year + 1 : year;
  return astronomical < 0 ? `-${String(-astronomical).padStart(4, '0')}` : String(astronomical).padStart(4, '0');
}

/** "T14:30" from an hour and minute, or from a time as written ("14:30", "2:30 PM"); "" for none. */
function timeOfDay(hour: number | null, minute: number | null, written: unknown): string {
  const m = typeof written === 'string' ? /^(\d{1,2}):(\d{2})(?::\d{2})?\s*([ap])?\.?m?\.?$/i.exec(written.trim()) : null;
  let h = m ? +m[1]! : hour;
  const min = m ? +m[2]! : (minute ?? 0);
  if (h === null) return '';
  if (m?.[3]) h = (h % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0);
  return h <= 23 && min <= 59 ? `T${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}` : '';
}

/** TimelineJS text is HTML: keep the words, drop the tags, decode the common entities. */
export function plainText(value: unknown): string {
  if (typeof value !== 'string') return '';
  return decodeEntities(
    value
      .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
      .replace(/<br\s*\/?>|<\/p>/gi, ' ')
      .replace(/<[^>]*>/g, ''),
  )
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * TimelineJS's HTML text as Chronicle's rich text (data/text/richText.ts): paragraphs, line breaks,
 * bold, italics, lists and http(s)/mailto links kept; every other tag dropped, its text kept; the
 * text's own *, _, [ and ] escaped so they stay what they were. Nothing of it is ever markup again.
 */
export function richText(value: unknown): string {
  if (typeof value !== 'string') return '';
  const out = value
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (!part.startsWith('<'))
        return decodeEntities(part.replace(/\s+/g, ' '))
          .replace(/[\uE000\uE001]/g, '')
          .replace(/[\\*_[\]]/g, '\\$&');
      const tag = /^<\s*(\/)?\s*([a-z0-9]+)/i.exec(part);
      const [close, name] = [!!tag?.[1], tag?.[2]?.toLowerCase() ?? ''];
      if (name === 'br') return '\n';
      if (name === 'p' || name === 'div' || name === 'ul' || name === 'ol' || /^h[1-6]$/.test(name)) return '\n\n';
      if (name === 'li') return close ? '' : '\n- ';
      if (name === 'strong' || name === 'b') return '**';
      if (name === 'em' || name === 'i') return '*';
      if (name === 'a') {
        if (close) return LINK_END;
        const href = /href\s*=\s*["']([^"']+)["']/i.exec(part)?.[1];
        return href && /^(https?:|mailto:)/i.test(decodeEntities(href).trim()) ? `${LINK_START}${decodeEntities(href).trim()}${LINK_START}` : '';
      }
      return '';
    })
    .join('');
  // A link's text goes between its marks: [text](href), once the text is known.
  return (
    out
      .replace(new RegExp(`${LINK_START}([^${LINK_START}]*)${LINK_START}([^${LINK_END}]*)${LINK_END}`, 'g'), (_m, href: string, text: string) =>
        text.trim() ? `[${text.trim()}](${href.replace(/[()\s]/g, encodeURIComponent)})` : '',
      )
      .replaceAll(LINK_START, '')
      .replaceAll(LINK_END, '')
      // An empty <b></b> leaves nothing behind.
      .replaceAll('****', '')
      .replace(/[ \t]*\n[ \t]*/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/** Private-use characters around a link while the HTML is read (taken out of the text itself first). */
const LINK_START = '\uE000';
const LINK_END = '\uE001';

function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}
