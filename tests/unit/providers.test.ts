/** Media addresses as each provider writes them (issue 22), TimelineJS's test addresses among them. */
import { describe, expect, it } from 'vitest';
import { EMBED_ORIGINS, imageSource, mediaFacts } from '../../src/data/media/providers';

describe('mediaFacts', () => {
  it.each<[string, string, string | undefined, string | undefined]>([
    // [address, kind, provider, embed]
    ['https://www.youtube.com/watch?v=pi2v1m6gmD8&t=5m21s', 'video', 'youtube', 'https://www.youtube-nocookie.com/embed/pi2v1m6gmD8?start=321'],
    ['https://youtu.be/pi2v1m6gmD8', 'video', 'youtube', 'https://www.youtube-nocookie.com/embed/pi2v1m6gmD8'],
    ['https://www.youtube.com/embed/pi2v1m6gmD8?start=30', 'video', 'youtube', 'https://www.youtube-nocookie.com/embed/pi2v1m6gmD8?start=30'],
    ['https://www.youtube.com/shorts/aqz-KE-bpKQ', 'video', 'youtube', 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ'],
    ['https://m.youtube.com/watch?v=pi2v1m6gmD8', 'video', 'youtube', 'https://www.youtube-nocookie.com/embed/pi2v1m6gmD8'],
    ['https://www.youtube.com/@NASA', 'video', 'youtube', undefined],
    ['https://vimeo.com/20839673', 'video', 'vimeo', 'https://player.vimeo.com/video/20839673?dnt=1'],
    ['https://player.vimeo.com/video/20839673', 'video', 'vimeo', 'https://player.vimeo.com/video/20839673?dnt=1'],
    [
      'https://www.dailymotion.com/video/x2fo0e8_the-history-of-advertising-in-60-seconds_lifestyle',
      'video',
      'dailymotion',
      'https://www.dailymotion.com/embed/video/x2fo0e8',
    ],
    ['https://www.tiktok.com/@scout2015/video/6718335390845095173', 'video', 'tiktok', 'https://www.tiktok.com/embed/v2/6718335390845095173'],
    [
      'https://soundcloud.com/usher-raymond-music/usher-i-dont-mind-feat-juicy-j',
      'audio',
      'soundcloud',
      'https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fusher-raymond-music%2Fusher-i-dont-mind-feat-juicy-j',
    ],
    [
      'https://play.spotify.com/user/edvard_m/playlist/4xFSdiuP4gpR4wq2OghlOs',
      'audio',
      'spotify',
      'https://open.spotify.com/embed/playlist/4xFSdiuP4gpR4wq2OghlOs',
    ],
    ['https://play.spotify.com/track/5SdB3onMcO9ZBoKrdvCqhR', 'audio', 'spotify', 'https://open.spotify.com/embed/track/5SdB3onMcO9ZBoKrdvCqhR'],
    [
      'https://open.spotify.com/intl-de/episode/0Q86acNRm6V9GYx55SXKwf?si=x',
      'audio',
      'spotify',
      'https://open.spotify.com/embed/episode/0Q86acNRm6V9GYx55SXKwf',
    ],
    [
      'https://embed.spotify.com/?uri=https://play.spotify.com/artist/2iE18Oxc8YSumAU232n4rW',
      'audio',
      'spotify',
      'https://open.spotify.com/embed/artist/2iE18Oxc8YSumAU232n4rW',
    ],
    ['https://embed.spotify.com/?uri=spotify:track:78z8O6X1dESVSwUPAAPdme', 'audio', 'spotify', 'https://open.spotify.com/embed/track/78z8O6X1dESVSwUPAAPdme'],
    [
      'https://twitter.com/NASASpaceflight/status/562327074384654336',
      'post',
      'x',
      'https://platform.twitter.com/embed/Tweet.html?id=562327074384654336&dnt=true',
    ],
    ['https://x.com/OpenAI/status/1916947241086095434', 'post', 'x', 'https://platform.twitter.com/embed/Tweet.html?id=1916947241086095434&dnt=true'],
    ['https://x.com/OpenAI', 'post', 'x', undefined],
    [
      'https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur/post/3l6oveex3ii2l',
      'post',
      'bluesky',
      'https://embed.bsky.app/embed/did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3l6oveex3ii2l',
    ],
    // Bluesky's embed needs the account's DID: a handle's post is a link out.
    ['https://bsky.app/profile/bsky.app/post/3l6oveex3ii2l', 'post', 'bluesky', undefined],
    ['https://mastodon.social/@Gargron/109380208440125426', 'post', 'mastodon', 'https://mastodon.social/@Gargron/109380208440125426/embed'],
    ['https://social.example.net/@editor/111222333444555', 'post', 'mastodon', undefined],
    ['http://instagram.com/p/ymwL5JAsw5/', 'post', 'instagram', 'https://www.instagram.com/p/ymwL5JAsw5/embed'],
    ['https://www.instagram.com/reel/C8a1b2c3d4e/', 'post', 'instagram', 'https://www.instagram.com/reel/C8a1b2c3d4e/embed'],
    ['http://instagram.com/lukerague/', 'post', 'instagram', undefined],
    ['https://www.flickr.com/photos/critterseeker/16420145375', 'image', 'flickr', 'https://www.flickr.com/photos/critterseeker/16420145375/player/'],
    ['https://flic.kr/p/u7SSxw', 'image', 'flickr', undefined],
    [
      'https://www.documentcloud.org/documents/1377371-folketinget.html',
      'document',
      'documentcloud',
      'https://embed.documentcloud.org/documents/1377371-folketinget/?embed=1',
    ],
    [
      'https://docs.google.com/document/d/1RvKYxHuwweIP8zRrnjad-0exVoZOUsSVgDYPp0J1mzY/edit?usp=sharing',
      'document',
      'googledocs',
      'https://docs.google.com/document/d/1RvKYxHuwweIP8zRrnjad-0exVoZOUsSVgDYPp0J1mzY/preview',
    ],
    ['https://drive.google.com/open?id=0B1abcDEF', 'document', 'googledocs', 'https://docs.google.com/file/d/0B1abcDEF/preview'],
    ['https://www.google.com/maps/@42.032147,-87.6689625,15z', 'map', 'googlemaps', 'https://maps.google.com/maps?q=42.032147,-87.6689625&z=15&output=embed'],
    [
      'https://www.google.com/maps/place/Northwestern+University/@42.056459,-87.675267,17z/data=!3m1!4b1',
      'map',
      'googlemaps',
      'https://maps.google.com/maps?q=42.056459,-87.675267&z=17&output=embed',
    ],
    ['https://www.google.com/search?q=maps', 'page', undefined, undefined],
    [
      'https://www.openstreetmap.org/#map=15/47.6062/-122.3321',
      'map',
      'openstreetmap',
      'https://www.openstreetmap.org/export/embed.html?bbox=-122.34497,47.59976,-122.31923,47.61264&layer=mapnik&marker=47.6062,-122.3321',
    ],
    [
      'https://en.wikipedia.org/wiki/1997_International_Tennis_Championships_%E2%80%93_Doubles',
      'page',
      'wikipedia',
      'https://en.m.wikipedia.org/wiki/1997_International_Tennis_Championships_%E2%80%93_Doubles',
    ],
    // Files: pictures, video, sound, documents, by their extension, anywhere.
    ['https://upload.wikimedia.org/wikipedia/commons/c/c2/Rocky_Mountains.jpeg', 'image', undefined, undefined],
    ['https://2.bp.blogspot.com/-dxJbW0CG8Zs/s1600/voyage-dans-la-lune-1902-02-g.jpg', 'image', undefined, undefined],
    ['https://pngimg.com/upload/banana_PNG842.png?w=600', 'image', undefined, undefined],
    ['media/photo.webp', 'image', undefined, undefined],
    ['/clips/talks.mp4', 'video', undefined, undefined],
    ['https://example.org/audio/interview.mp3', 'audio', undefined, undefined],
    ['https://example.org/filings/complaint.pdf', 'document', undefined, undefined],
    ['filings/complaint.pdf', 'document', undefined, 'filings/complaint.pdf'],
    ['https://de.wikipedia.org/wiki/Beryllium#/media/Datei:Beryl-Quartz-Emerald-Zambia-33mm_0885.jpg', 'image', 'wikimedia', undefined],
    ['https://commons.wikimedia.org/wiki/File:Hyperspace_Mountain_(27766070223).jpg', 'image', 'wikimedia', undefined],
    ['https://www.reuters.com/technology/microsoft-openai-2026-04-27/', 'page', undefined, undefined],
  ])('%s', (address, kind, provider, embed) => {
    const facts = mediaFacts(address);
    expect(facts.kind).toBe(kind);
    expect(facts.provider?.id).toBe(provider);
    expect(facts.embed).toBe(embed);
  });

  it('frames only from the origins the policy names', () => {
    for (const address of [
      'https://youtu.be/pi2v1m6gmD8',
      'https://vimeo.com/20839673',
      'https://x.com/a/status/1',
      'https://mastodon.social/@a/1',
      'https://en.wikipedia.org/wiki/OpenAI',
      'https://www.openstreetmap.org/?mlat=47.6&mlon=-122.3',
    ]) {
      const origin = new URL(mediaFacts(address).embed!).origin;
      expect(EMBED_ORIGINS.some((o) => o === origin || (o.includes('*') && origin.endsWith(o.split('*')[1]!)))).toBe(true);
    }
  });
});

describe('imageSource', () => {
  it('draws a Commons file page from the file itself, anything else as given', () => {
    expect(imageSource('https://commons.wikimedia.org/wiki/File:Hyperspace_Mountain_(27766070223).jpg')).toBe(
      'https://commons.wikimedia.org/wiki/Special:FilePath/Hyperspace_Mountain_(27766070223).jpg',
    );
    expect(imageSource('media/photo.jpg')).toBe('media/photo.jpg');
  });
});
