/**
 * The vis-timeline side of the benchmark: its standalone build (JS and CSS in one file) on a page
 * that honours the same readiness contract as Chronicle (`data-testid="timeline"`, `data-state`),
 * fed the same synthetic datasets, one group per actor. Options are vis-timeline's defaults, plus a
 * height (the viewport, as Chronicle has) and, for the clustered runs, `cluster: {}`.
 * The page answers the benchmark's filter and search through a DataView, as vis-timeline's docs do.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>vis-timeline benchmark</title>
<script src="vis-timeline-graph2d.min.js"></script>
<style>html, body { margin: 0; height: 100%; } #root { height: 100vh; }</style>
</head>
<body>
<div id="root" data-testid="timeline" data-state="loading"></div>
<script>
const params = new URLSearchParams(location.search);
let pass = () => true;
fetch(params.get('data')).then((r) => r.json()).then((data) => {
  const items = new vis.DataSet(data.events.map((e) => ({ id: e.id, content: e.title, start: e.start, end: e.end, group: e.actors[0] })));
  const view = new vis.DataView(items, { filter: (item) => pass(item) });
  const groups = data.actors.map((a) => ({ id: a.id, content: a.label }));
  const root = document.getElementById('root');
  const options = { height: '100%' };
  if (params.get('cluster') === '1') options.cluster = {};
  const timeline = new vis.Timeline(root, view, groups, options);
  timeline.once('changed', () => root.setAttribute('data-state', 'ready'));
  // The benchmark's filter and search: the set is recomputed by refresh(), drawn by the next redraw.
  window.benchFilter = (test) => new Promise((resolve) => {
    const start = performance.now();
    pass = test;
    view.refresh();
    const recomputed = performance.now() - start;
    timeline.once('changed', () => resolve({ recomputed, painted: performance.now() - start }));
  });
});
</script>
</body>
</html>
`;

export function writeVisPage(dir: string): void {
  mkdirSync(dir, { recursive: true });
  copyFileSync('node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js', join(dir, 'vis-timeline-graph2d.min.js'));
  writeFileSync(join(dir, 'vis.html'), PAGE);
}
