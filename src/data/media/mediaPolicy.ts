/**
 * The origins a dataset's media come from, for a published page's Content-Security-Policy (issue 22):
 * the built app allows pictures from any https: host and frames from every provider it knows
 * (build/staticPage.ts); a published folder serves one dataset, so its policy names exactly the hosts
 * that dataset uses, and nothing else can be loaded into it. A path on the page's own site is 'self'.
 */
import type { Dataset } from '../types';
import { allMedia, backdropUrls } from './allMedia';
import { imageSource, mediaFacts } from './providers';

export interface MediaSources {
  img: string[];
  media: string[];
  frame: string[];
}

const SELF = "'self'";

/** An address's origin as a policy names it; a path on the page's own site is 'self'. */
function originOf(address: string): string {
  if (!/^[a-z][a-z\d+.-]*:/i.test(address)) return SELF;
  try {
    return new URL(address).origin;
  } catch {
    return SELF;
  }
}

export function mediaSources(dataset: Dataset): MediaSources {
  const img = new Set<string>();
  const media = new Set<string>();
  const frame = new Set<string>();
  for (const item of allMedia(dataset)) {
    const facts = mediaFacts(item.url);
    if (item.thumbnail) img.add(originOf(item.thumbnail));
    if (facts.embed) frame.add(originOf(facts.embed));
    if (item.kind === 'image' && (!facts.provider || facts.provider.id === 'wikimedia')) {
      img.add(originOf(imageSource(item.url)));
      // A Commons file's address sends the browser on to the file on its upload host.
      if (facts.provider) img.add('https://upload.wikimedia.org');
    } else if ((item.kind === 'video' || item.kind === 'audio') && !facts.provider) media.add(originOf(item.url));
  }
  for (const url of backdropUrls(dataset)) img.add(originOf(url));
  const rest = (set: Set<string>) => [...set].filter((origin) => origin !== SELF).sort();
  return { img: rest(img), media: rest(media), frame: rest(frame) };
}

/**
 * `policy` with its img-src, media-src and frame-src naming the page's own origin and `sources` only
 * (img-src keeps data: and blob:, which the app's own exports draw with). Other directives as they are.
 */
export function withMediaSources(policy: string, sources: MediaSources): string {
  const directives: Record<string, string> = {
    'img-src': [SELF, 'data:', 'blob:', ...sources.img].join(' '),
    'media-src': [SELF, ...sources.media].join(' '),
    'frame-src': [SELF, ...sources.frame].join(' '),
  };
  return policy
    .split(';')
    .map((part) => {
      const name = part.trim().split(/\s+/)[0] ?? '';
      return name in directives ? ` ${name} ${directives[name]}` : part;
    })
    .join(';')
    .trim();
}
