/**
 * The pages `npm run bench:embed` compares Chronicle's embed with (issue 23): TimelineJS 3's embed of
 * the same dataset, and a blank page that only fetches and parses the data. Both honour Chronicle's
 * readiness contract (`data-testid="timeline"` turning `data-state="ready"`), so one probe
 * (bench/firstView.ts READY_PROBE) times all three.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the TimelineJS package keeps its built files (its npm package ships dist/, as its CDN serves it). */
const TIMELINEJS = 'node_modules/@knight-lab/timelinejs/dist';

/**
 * As TimelineJS's own embed (dist/embed/index.html): `new TL.Timeline('timeline-embed', url, options)`
 * in a div of 100% width and height (`tl-timeline-embed tl-timeline-full-embed`), given the JSON's
 * address so TimelineJS fetches it itself. Unlike its hosted embed: no Google Analytics
 * (`ga_measurement_id`) and no Soundcite, and `font: null` (its default font is a stylesheet of
 * Google Fonts); `script_path` points at the local copy (where it would fetch a language other
 * than English, which it has built in; its icon font comes from css/icons/ beside its stylesheet).
 * Ready: its own "ready" event (data laid out, slides and time navigation built), once markers and a
 * slide are in the DOM.
 */
const TIMELINEJS_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>TimelineJS benchmark</title>
<script src="timelinejs/js/timeline.js"></script>
<link rel="stylesheet" href="timelinejs/css/timeline.css">
<style>html, body { width: 100%; height: 100%; margin: 0; padding: 0; } #root, #timeline-embed { width: 100%; height: 100%; }</style>
</head>
<body>
<div id="root" data-testid="timeline" data-state="loading"><div id="timeline-embed" class="tl-timeline-embed tl-timeline-full-embed"></div></div>
<script>
const source = new URLSearchParams(location.search).get('data');
const script_path = new URL('timelinejs/js/', location.href).href;
const timeline = new TL.Timeline('timeline-embed', source, { script_path, font: null });
timeline.on('ready', () => {
  const shown = document.querySelector('.tl-timemarker') && document.querySelector('.tl-slide');
  document.getElementById('root').setAttribute('data-state', shown ? 'ready' : 'failed');
});
window.timeline = timeline;
</script>
</body>
</html>
`;

/**
 * The floor: a page that fetches and parses the same JSON as Chronicle and writes one line from it
 * (so it paints something that depends on the data, and its first contentful paint means "data shown").
 */
const BLANK_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fetch and parse</title>
</head>
<body>
<div id="root" data-testid="timeline" data-state="loading"></div>
<script>
fetch(new URLSearchParams(location.search).get('data'), { cache: 'no-store' })
  .then((r) => r.text())
  .then((text) => {
    const data = JSON.parse(text);
    const root = document.getElementById('root');
    root.textContent = data.events.length + ' events';
    root.setAttribute('data-state', 'ready');
  });
</script>
</body>
</html>
`;

type Json = Record<string, unknown>;

/** "2026-04-27T14:30" (or "-0490", "2026-04") as TimelineJS3's date object; null for anything else. */
export function timelineJsDate(value: unknown): Json | null {
  const m = typeof value === 'string' ? /^(-?\d{1,6})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$/.exec(value.trim()) : null;
  if (!m) return null;
  // ISO's astronomical year -0489 is TimelineJS's -490 (it has no year 0 before 1 CE), as the importer reads it.
  const year = Number(m[1]);
  const date: Json = { year: year <= 0 ? year - 1 : year };
  if (m[2]) date.month = Number(m[2]);
  if (m[3]) date.day = Number(m[3]);
  if (m[4]) Object.assign(date, { hour: Number(m[4]), minute: Number(m[5]) });
  return date;
}

/** A text field as TimelineJS's HTML ('' when not text). */
const html = (value: unknown) => (typeof value === 'string' ? value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : '');

/**
 * A Chronicle dataset (its JSON as written) as TimelineJS3's JSON, the inverse of the importer
 * (src/data/formats/parseTimelineJs.ts) for what both show: title slide from the title and
 * description, each event's title and summary as headline and text (TimelineJS's text is HTML, so
 * escaped), its first actor's label as the group. Chronicle has no exporter to TimelineJS.
 */
export function toTimelineJs(dataset: Json): Json {
  const actors = new Map(((dataset.actors as Json[] | undefined) ?? []).map((a) => [a.id, a.label]));
  const events = ((dataset.events as Json[] | undefined) ?? []).flatMap((e) => {
    const start = timelineJsDate(e.start);
    if (!start) return [];
    const end = timelineJsDate(e.end);
    const actor = Array.isArray(e.actors) ? actors.get(e.actors[0]) : undefined;
    return [
      {
        unique_id: e.id,
        start_date: start,
        ...(end ? { end_date: end } : {}),
        text: { headline: html(e.title), text: html(e.summary) },
        ...(typeof actor === 'string' ? { group: actor } : {}),
      },
    ];
  });
  return { title: { text: { headline: html(dataset.title), text: html(dataset.description) } }, events };
}

/** TimelineJS's files as its package lays them out (css/timeline.css finds its icon font at ../css/icons/). */
function copyTimelineJs(dir: string): void {
  for (const file of [
    'js/timeline.js',
    'js/locale/en.json',
    'css/timeline.css',
    'css/icons/tl-icons.woff2',
    'css/icons/tl-icons.woff',
    'css/icons/tl-icons.ttf',
  ]) {
    mkdirSync(join(dir, 'timelinejs', file, '..'), { recursive: true });
    copyFileSync(join(TIMELINEJS, file), join(dir, 'timelinejs', file));
  }
}

/**
 * Writes into `dir` (served as `bench/`): the TimelineJS and blank pages, TimelineJS's files, and
 * for each dataset (`name` → Chronicle's JSON text, written as it is) `<name>.json` and its
 * TimelineJS form `<name>.tl.json`.
 */
export function writeEmbedPages(dir: string, datasets: Record<string, string>): void {
  mkdirSync(dir, { recursive: true });
  copyTimelineJs(dir);
  writeFileSync(join(dir, 'timelinejs.html'), TIMELINEJS_PAGE);
  writeFileSync(join(dir, 'blank.html'), BLANK_PAGE);
  for (const [name, text] of Object.entries(datasets)) {
    writeFileSync(join(dir, `${name}.json`), text);
    writeFileSync(join(dir, `${name}.tl.json`), JSON.stringify(toTimelineJs(JSON.parse(text) as Json)));
  }
}
