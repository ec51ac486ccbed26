/**
 * What a media address is (issue 22): its kind, the provider that serves it, and how it is embedded.
 * One table of URL shapes, the ones TimelineJS's media type detector knows and more (Bluesky,
 * Mastodon, TikTok, OpenStreetMap): each provider's embed loads from a fixed origin, which the app's
 * Content-Security-Policy names (build/staticPage.ts reads EMBED_ORIGINS), and only after the reader
 * asks (ui/media). Pure: no request is made here, and nothing is fetched to find out.
 */

export const MEDIA_KINDS = ['image', 'video', 'audio', 'document', 'post', 'map', 'page'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

export interface Provider {
  /** A stable name for code and tests ("youtube"). */
  id: string;
  /** As readers know it ("YouTube"): the facade says who loading shares their address with. */
  name: string;
}

export interface MediaFacts {
  kind: MediaKind;
  /** The third party that serves it; absent for a file (an image, a video file) or a plain page. */
  provider?: Provider;
  /** The address to load in a sandboxed frame once the reader asks; absent where it cannot be framed (a link out). */
  embed?: string;
}

/** The origins embeds load from: the app's `frame-src`, so nothing else can be framed. */
export const EMBED_ORIGINS: string[] = [
  'https://www.youtube-nocookie.com',
  'https://player.vimeo.com',
  'https://www.dailymotion.com',
  'https://w.soundcloud.com',
  'https://open.spotify.com',
  'https://platform.twitter.com',
  'https://embed.bsky.app',
  'https://www.instagram.com',
  'https://www.tiktok.com',
  'https://www.flickr.com',
  'https://embed.documentcloud.org',
  'https://maps.google.com',
  'https://www.openstreetmap.org',
  'https://docs.google.com',
  'https://*.wikipedia.org',
];

/** Mastodon servers whose posts are framed; a post on any other server is a link out (its origin is not in the policy). */
const MASTODON = new Set(['mastodon.social', 'mastodon.online', 'mstdn.social', 'mas.to', 'journa.host', 'newsie.social', 'mastodon.world']);
for (const host of MASTODON) EMBED_ORIGINS.push(`https://${host}`);

const IMAGE = /\.(?:jpe?g|png|gif|webp|avif|svg)$/i;
const VIDEO = /\.(?:mp4|webm|m4v|mov|ogv)$/i;
const AUDIO = /\.(?:mp3|m4a|aac|wav|ogg|oga|opus|flac)$/i;
const DOCUMENT = /\.(?:pdf)$/i;

/** A recognised address: the kind, who, and the frame's address (built from the parts the pattern caught). */
interface Rule {
  provider: Provider;
  kind: MediaKind;
  /** Host names, without "www.". */
  hosts: RegExp;
  /** Where the host serves other things too: the paths that are this provider's. */
  path?: RegExp;
  embed: (url: URL) => string | null | undefined;
}

const p = (id: string, name: string): Provider => ({ id, name });
const enc = encodeURIComponent;

/** "5m21s", "1h2m", "321" → seconds; YouTube's `t` and `start`. */
function seconds(text: string | null): number {
  if (!text) return 0;
  if (/^\d+$/.test(text)) return Number(text);
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text);
  return m ? Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0) : 0;
}

function youtube(url: URL): string | null {
  const path = url.pathname.split('/').filter(Boolean);
  const id =
    url.hostname === 'youtu.be' ? path[0] : (url.searchParams.get('v') ?? (['embed', 'shorts', 'live', 'v'].includes(path[0] ?? '') ? path[1] : undefined));
  if (!id || !/^[\w-]{6,}$/.test(id)) return null;
  const start = seconds(url.searchParams.get('t') ?? url.searchParams.get('start'));
  return `https://www.youtube-nocookie.com/embed/${id}${start ? `?start=${start}` : ''}`;
}

/** `lat`, `lon`, `zoom` as a bounding box OpenStreetMap's embed page takes, with a marker at the point. */
function osmEmbed(lat: number, lon: number, zoom: number): string | null {
  if (![lat, lon, zoom].every(Number.isFinite) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  // Half the width of a ~600 px frame at this zoom, in degrees.
  const half = ((360 / 2 ** zoom) * (600 / 256)) / 2;
  const box = [lon - half, lat - half / 2, lon + half, lat + half / 2].map((v) => v.toFixed(5)).join(',');
  return `https://www.openstreetmap.org/export/embed.html?bbox=${box}&layer=mapnik&marker=${lat},${lon}`;
}

const RULES: Rule[] = [
  { provider: p('youtube', 'YouTube'), kind: 'video', hosts: /^(?:m\.|music\.)?youtube(?:-nocookie)?\.com$|^youtu\.be$/, embed: youtube },
  {
    provider: p('vimeo', 'Vimeo'),
    kind: 'video',
    hosts: /^(?:player\.)?vimeo\.com$/,
    embed: (url) => {
      const id = /(?:^|\/)(\d{5,})(?:\/|$)/.exec(url.pathname)?.[1];
      return id ? `https://player.vimeo.com/video/${id}?dnt=1` : null;
    },
  },
  {
    provider: p('dailymotion', 'Dailymotion'),
    kind: 'video',
    hosts: /^dailymotion\.com$|^dai\.ly$/,
    embed: (url) => {
      const id = (url.hostname === 'dai.ly' ? url.pathname.slice(1) : /\/video\/([a-z0-9]+)/i.exec(url.pathname)?.[1])?.split('_')[0];
      return id ? `https://www.dailymotion.com/embed/video/${id}` : null;
    },
  },
  {
    provider: p('tiktok', 'TikTok'),
    kind: 'video',
    hosts: /^tiktok\.com$/,
    embed: (url) => {
      const id = /\/video\/(\d+)/.exec(url.pathname)?.[1];
      return id ? `https://www.tiktok.com/embed/v2/${id}` : null;
    },
  },
  {
    provider: p('soundcloud', 'SoundCloud'),
    kind: 'audio',
    hosts: /^(?:m\.)?soundcloud\.com$|^w\.soundcloud\.com$/,
    embed: (url) => {
      if (url.hostname === 'w.soundcloud.com')
        return url.searchParams.get('url') ? `https://w.soundcloud.com/player/?url=${enc(url.searchParams.get('url')!)}` : null;
      return url.pathname.length > 1 ? `https://w.soundcloud.com/player/?url=${enc(`https://soundcloud.com${url.pathname}`)}` : null;
    },
  },
  {
    provider: p('spotify', 'Spotify'),
    kind: 'audio',
    hosts: /^(?:open|play|embed)\.spotify\.com$/,
    embed: (url) => {
      // embed.spotify.com/?uri=spotify:track:ID (or a play.spotify.com address) and open.spotify.com/track/ID.
      const uri = url.searchParams.get('uri');
      const from = uri ? (uri.startsWith('spotify:') ? uri.split(':').slice(1).join('/') : new URL(uri, 'https://open.spotify.com').pathname) : url.pathname;
      const m = /(?:^|\/)(track|album|playlist|episode|show|artist)\/([A-Za-z0-9]+)/.exec(from);
      return m ? `https://open.spotify.com/embed/${m[1]}/${m[2]}` : null;
    },
  },
  {
    provider: p('x', 'X (Twitter)'),
    kind: 'post',
    hosts: /^(?:mobile\.)?(?:twitter|x)\.com$/,
    embed: (url) => {
      const id = /\/status(?:es)?\/(\d+)/.exec(url.pathname)?.[1];
      return id ? `https://platform.twitter.com/embed/Tweet.html?id=${id}&dnt=true` : null;
    },
  },
  {
    provider: p('bluesky', 'Bluesky'),
    kind: 'post',
    hosts: /^bsky\.app$/,
    embed: (url) => {
      // Bluesky's embed takes the account's DID: a post linked by handle is a link out (finding the DID is a request).
      const m = /^\/profile\/(did:[a-z]+:[\w.:-]+)\/post\/([\w]+)/.exec(url.pathname);
      return m ? `https://embed.bsky.app/embed/${m[1]}/app.bsky.feed.post/${m[2]}` : null;
    },
  },
  {
    provider: p('instagram', 'Instagram'),
    kind: 'post',
    hosts: /^instagram\.com$|^instagr\.am$/,
    embed: (url) => {
      const m = /^\/(p|reel|tv)\/([\w-]+)/.exec(url.pathname);
      return m ? `https://www.instagram.com/${m[1]}/${m[2]}/embed` : null;
    },
  },
  {
    provider: p('flickr', 'Flickr'),
    kind: 'image',
    hosts: /^flickr\.com$|^flic\.kr$/,
    embed: (url) => {
      const m = /^\/photos\/([^/]+)\/(\d+)/.exec(url.pathname);
      return m ? `https://www.flickr.com/photos/${m[1]}/${m[2]}/player/` : null;
    },
  },
  {
    provider: p('documentcloud', 'DocumentCloud'),
    kind: 'document',
    hosts: /^(?:embed\.|beta\.)?documentcloud\.org$/,
    embed: (url) => {
      const m = /^\/documents\/(\d+)-([\w-]+?)(?:\.html)?\/?$/.exec(url.pathname);
      return m ? `https://embed.documentcloud.org/documents/${m[1]}-${m[2]}/?embed=1` : null;
    },
  },
  {
    provider: p('googledocs', 'Google Docs'),
    kind: 'document',
    hosts: /^(?:docs|drive)\.google\.com$/,
    embed: (url) => {
      const m = /^\/(document|spreadsheets|presentation|file)\/d\/([\w-]+)/.exec(url.pathname);
      const id = m?.[2] ?? (url.pathname === '/open' ? url.searchParams.get('id') : null);
      if (!id) return null;
      return m && m[1] !== 'file' ? `https://docs.google.com/${m[1]}/d/${id}/preview` : `https://docs.google.com/file/d/${id}/preview`;
    },
  },
  {
    provider: p('googlemaps', 'Google Maps'),
    kind: 'map',
    hosts: /^(?:maps\.)?google\.[a-z.]+$/,
    path: /^\/maps\b/,
    embed: (url) => {
      const m = /\/@(-?[\d.]+),(-?[\d.]+),(?:([\d.]+)z)?/.exec(url.pathname);
      if (m) return `https://maps.google.com/maps?q=${m[1]},${m[2]}&z=${Math.round(Number(m[3] ?? 12))}&output=embed`;
      const q = url.searchParams.get('q');
      return q ? `https://maps.google.com/maps?q=${enc(q)}&output=embed` : null;
    },
  },
  {
    provider: p('openstreetmap', 'OpenStreetMap'),
    kind: 'map',
    hosts: /^openstreetmap\.org$|^osm\.org$/,
    embed: (url) => {
      if (url.pathname.startsWith('/export/embed.html')) return `https://www.openstreetmap.org/export/embed.html${url.search}`;
      const m = /map=(\d+)\/(-?[\d.]+)\/(-?[\d.]+)/.exec(url.hash);
      const lat = Number(url.searchParams.get('mlat') ?? m?.[2]);
      const lon = Number(url.searchParams.get('mlon') ?? m?.[3]);
      return m || url.searchParams.has('mlat') ? osmEmbed(lat, lon, Number(m?.[1] ?? 15)) : null;
    },
  },
  {
    provider: p('wikipedia', 'Wikipedia'),
    kind: 'page',
    hosts: /^(?:[a-z-]+\.)?(?:m\.)?wikipedia\.org$/,
    embed: (url) => {
      const m = /^\/wiki\/(.+)$/.exec(url.pathname);
      const lang = /^([a-z-]+)\.(?:m\.)?wikipedia\.org$/.exec(url.hostname)?.[1] ?? 'en';
      return m && !url.hash.startsWith('#/media/') ? `https://${lang}.m.wikipedia.org/wiki/${m[1]}` : null;
    },
  },
  {
    provider: p('mastodon', 'Mastodon'),
    kind: 'post',
    hosts: /./,
    path: /^\/@[\w.]+\/\d+\/?$/,
    embed: (url) => (MASTODON.has(url.hostname) ? `https://${url.hostname}${url.pathname.replace(/\/$/, '')}/embed` : null),
  },
];

/** A Wikimedia Commons file ("File:Rocky_Mountains.jpeg", also linked from an article's `#/media/`): the file itself, as an image. */
function commonsFile(url: URL): string | null {
  const name = /(?:^\/wiki\/|#\/media\/)(?:File|Datei|Fichier|Archivo|ファイル):(.+)$/i.exec(url.pathname + url.hash)?.[1];
  if (!name || !/(?:^|\.)wiki[mp]edia\.org$/.test(url.hostname)) return null;
  return `https://commons.wikimedia.org/wiki/Special:FilePath/${name.split('#')[0]}`;
}

/**
 * What `address` is: a provider's by its host and path, else a file by its extension, else a page.
 * `address` is absolute (`https:`) or a path on the page's own site; what cannot be read is a page.
 */
export function mediaFacts(address: string): MediaFacts {
  let url: URL;
  try {
    url = new URL(address, 'https://same-origin.invalid/');
  } catch {
    return { kind: 'page' };
  }
  const path = url.pathname;
  if (url.hostname !== 'same-origin.invalid') {
    const host = url.hostname.replace(/^www\./, '');
    if (commonsFile(url)) return { kind: 'image', provider: p('wikimedia', 'Wikimedia Commons') };
    for (const rule of RULES) {
      if (!rule.hosts.test(host) || (rule.path && !rule.path.test(path))) continue;
      const embed = rule.embed(url) ?? undefined;
      return { kind: rule.kind, provider: rule.provider, ...(embed ? { embed } : {}) };
    }
  }
  if (IMAGE.test(path)) return { kind: 'image' };
  if (VIDEO.test(path)) return { kind: 'video' };
  if (AUDIO.test(path)) return { kind: 'audio' };
  // A PDF on the page's own site frames in the browser's viewer; one elsewhere is a link out.
  if (DOCUMENT.test(path)) return url.hostname === 'same-origin.invalid' ? { kind: 'document', embed: address } : { kind: 'document' };
  return { kind: 'page' };
}

/** The address an image is drawn from: a Commons file page becomes the file itself; anything else as given. */
export function imageSource(address: string): string {
  try {
    return commonsFile(new URL(address)) ?? address;
  } catch {
    return address;
  }
}
