/**
 * Downloads: the filtered events as CSV or JSON, and the timeline as drawn now as SVG or PNG with
 * a title, the visible dates and a sources line, ready for a slide or a paper. Loaded on demand.
 */
import { listInWindow } from '../data/laneIndex';
import { compareEvents } from '../data/sortEvents';
import type { TimelineState } from '../store/createTimelineStore';
import { selectFilteredEvents, selectLaneIndex } from '../store/selectors';
import { formatDay } from '../i18n/format';
import { eventCount } from '../i18n/messages';
import { moreMessages } from '../i18n/more/more';
import { eventsToCsv } from './toCsv';
import { datasetToJson } from './toJson';
import { sourcesLine } from '../i18n/sourcesLine';

export type ExportFormat = 'csv' | 'json' | 'svg' | 'png';

export async function exportView(format: ExportFormat, state: TimelineState): Promise<void> {
  const index = state.index;
  if (!index || !state.timeWindow) throw new Error('nothing is loaded');
  const events = selectFilteredEvents(state);
  const name = slug(index.dataset.title);
  // In the page's language, like the view it copies.
  const t = moreMessages();
  if (format === 'csv') return download(new Blob([eventsToCsv(events, t.reportedBy)], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
  if (format === 'json') return download(new Blob([datasetToJson(index.dataset, events)], { type: 'application/json' }), `${name}.json`);
  const svg = document.querySelector<SVGSVGElement>('svg.timeline-svg');
  const axis = document.querySelector<SVGSVGElement>('svg.axis-svg');
  if (!svg || !axis) throw new Error('the timeline is not on screen');
  const visible = (selectLaneIndex(state)?.lanes ?? []).flatMap((lane) => listInWindow(lane, state.timeWindow!)).sort(compareEvents);
  // The window is half-open: its last day is the one before `to`.
  const range = `${formatDay(state.timeWindow.from)} – ${formatDay(state.timeWindow.to - 1)}`;
  const markup = composeSvg([svg, axis], index.dataset.title, `${range} · ${eventCount(visible.length)}`, sourcesLine(visible, 6, t));
  if (format === 'svg') return download(new Blob([markup.text], { type: 'image/svg+xml' }), `${name}.svg`);
  download(await rasterize(markup.text, markup.width, markup.height, 2), `${name}.png`);
}

const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-transform',
  'paint-order',
  'stroke-linejoin',
  'text-anchor',
  'visibility',
  'display',
];
const NOT_INHERITED: Record<string, string> = { opacity: '1', display: 'inline' };
const HEAD = 64;
const FOOT = 34;

/** A standalone SVG: the timeline and its axis with computed styles inlined (the app's stylesheet does not travel), framed by title and sources. */
function composeSvg(svgs: SVGSVGElement[], title: string, subtitle: string, sources: string) {
  const width = svgs[0]!.width.baseVal.value;
  let y = HEAD;
  const parts = svgs.map((source) => {
    const clone = inlineStyles(source);
    clone.setAttribute('x', '0');
    clone.setAttribute('y', String(y));
    y += source.height.baseVal.value;
    return new XMLSerializer().serializeToString(clone);
  });
  const height = y - HEAD;
  const total = HEAD + height + FOOT;
  const font = 'font-family:system-ui,-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif';
  const text = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}">`,
    `<rect width="${width}" height="${total}" fill="#ffffff"/>`,
    `<text x="16" y="30" style="${font};font-size:20px;font-weight:700;fill:#1b2433">${escapeXml(title)}</text>`,
    `<text x="16" y="52" style="${font};font-size:13px;fill:#4f5a6e">${escapeXml(subtitle)}</text>`,
    ...parts,
    `<text x="16" y="${HEAD + height + 22}" style="${font};font-size:12px;fill:#4f5a6e">${escapeXml(fitText(sources, width - 32, 6.6))}</text>`,
    '</svg>',
  ].join('');
  return { text, width, height: total };
}

function inlineStyles(source: SVGSVGElement): SVGSVGElement {
  const clone = source.cloneNode(true) as SVGSVGElement;
  const originals = [source, ...source.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  // Only what differs from the parent (or, for properties that do not inherit, from the default) is written.
  const styles = originals.map((el) => getComputedStyle(el));
  originals.forEach((el, i) => {
    const parent = el.parentElement ? originals.indexOf(el.parentElement) : -1;
    const copy = copies[i] as SVGElement;
    copy.removeAttribute('class');
    copy.removeAttribute('tabindex');
    const decl = STYLE_PROPS.flatMap((p) => {
      const value = styles[i]!.getPropertyValue(p);
      const inherited = parent >= 0 ? styles[parent]!.getPropertyValue(p) : undefined;
      if (p in NOT_INHERITED ? value === NOT_INHERITED[p] : value === inherited) return [];
      return [`${p}:${value}`];
    });
    if (decl.length) copy.setAttribute('style', decl.join(';'));
  });
  clone.querySelectorAll('text').forEach((t) => {
    // CSS text-transform is not applied by every SVG renderer: bake it in.
    if ((t.getAttribute('style') ?? '').includes('text-transform:uppercase')) t.textContent = (t.textContent ?? '').toUpperCase();
  });
  return clone;
}

function fitText(text: string, width: number, charWidth: number): string {
  const max = Math.floor(width / charWidth);
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

async function rasterize(svgText: string, width: number, height: number, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no canvas');
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function slug(title: string): string {
  return (
    title
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'timeline'
  );
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
