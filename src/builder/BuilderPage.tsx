/**
 * The embed builder (`?builder=1`): choose dataset, starting view, selection, lanes, theme, accent,
 * orientation and height; see the embed live at desktop and phone widths; copy the snippet.
 * Loaded only on this page.
 */
import { useEffect, useMemo, useState } from 'react';
import { loadDataset } from '../data/load';
import type { ParseResult } from '../data/types';
import { embedSnippet } from '../embed/snippet';
import { formatEventDate } from '../time/format';
import { parseViewParams } from '../url/viewParams';
import { embedQuery, optionsFromParams, type EmbedOptions } from './embedOptions';
import './builder.css';

export function BuilderPage({ bundledUrl }: { bundledUrl: string }) {
  const [options, setOptions] = useState<EmbedOptions>(() => optionsFromParams(parseViewParams(location.search).params));
  const [loaded, setLoaded] = useState<ParseResult | null>(null);
  const [copied, setCopied] = useState('');
  const set = <K extends keyof EmbedOptions>(key: K, value: EmbedOptions[K]) => setOptions((o) => ({ ...o, [key]: value }));

  useEffect(() => {
    let current = true;
    setLoaded(null);
    loadDataset(options.data.trim() || bundledUrl).then((r) => current && setLoaded(r));
    return () => {
      current = false;
    };
  }, [options.data, bundledUrl]);

  const base = `${location.origin}${location.pathname}`;
  const src = `${base}${embedQuery(options)}`;
  const dataset = loaded?.dataset;
  const title = dataset?.title ?? 'Chronicle timeline';
  const snippet = useMemo(() => embedSnippet({ src, title, height: options.height }), [src, title, options.height]);
  const errors = loaded?.problems.filter((p) => p.level === 'error') ?? [];

  useEffect(() => {
    document.title = 'Embed builder · Chronicle';
    // The previews size themselves like a host page would: from their own resize messages.
    const onMessage = (e: MessageEvent) => {
      if (e.origin !== location.origin || e.data?.type !== 'chronicle:resize' || typeof e.data.height !== 'number') return;
      const frame = [...document.querySelectorAll<HTMLIFrameElement>('.previews iframe')].find((f) => f.contentWindow === e.source);
      if (frame && frame.dataset.auto === 'true') frame.style.height = `${e.data.height}px`;
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied('Snippet copied');
    } catch {
      setCopied('Select the snippet and copy it');
    }
  };

  return (
    <main className="builder">
      <header className="builder-head">
        <h1>Embed builder</h1>
        <a href={base}>Back to the timeline</a>
      </header>
      <form className="builder-form" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>Dataset</legend>
          <label>
            URL (empty: the bundled timeline)
            <input type="url" value={options.data} placeholder="https://example.com/timeline.json" onChange={(e) => set('data', e.target.value)} />
          </label>
          <p className="builder-status" role="status">
            {!loaded ? 'Loading…' : errors.length ? `Cannot use this dataset: ${errors[0]!.message}` : `${dataset!.title}: ${dataset!.events.length} events`}
          </p>
        </fieldset>
        <fieldset>
          <legend>Starting view</legend>
          <label>
            Period
            <select value={options.period} onChange={(e) => set('period', e.target.value)}>
              <option value="">None: use the dates below</option>
              {dataset?.periods.map((p) => <option key={p.id} value={p.id}>{p.title}</option>)}
            </select>
          </label>
          <div className="builder-row">
            <label>From<input value={options.from} placeholder="2026-02" disabled={!!options.period} onChange={(e) => set('from', e.target.value)} /></label>
            <label>To<input value={options.to} placeholder="2026-04-30" disabled={!!options.period} onChange={(e) => set('to', e.target.value)} /></label>
          </div>
          <label>
            Selected event
            <select value={options.event} onChange={(e) => set('event', e.target.value)}>
              <option value="">None</option>
              {dataset?.events.map((e) => <option key={e.id} value={e.id}>{formatEventDate(e)}: {e.title}</option>)}
            </select>
          </label>
          <label>
            Lanes
            <select value={options.lanes} onChange={(e) => set('lanes', e.target.value as EmbedOptions['lanes'])}>
              <option value="actor">By actor</option>
              <option value="category">By category</option>
              <option value="none">One lane</option>
            </select>
          </label>
        </fieldset>
        <fieldset>
          <legend>Look</legend>
          <div className="builder-row">
            <label>
              Theme
              <select value={options.theme} onChange={(e) => set('theme', e.target.value as EmbedOptions['theme'])}>
                <option value="light">Light</option>
                <option value="dark">Dark</option>
                <option value="auto">Auto (follows the reader)</option>
              </select>
            </label>
            <label>
              Accent
              <input type="color" value={`#${expandHex(options.accent) || '1f5fbf'}`} onChange={(e) => set('accent', e.target.value.slice(1))} />
            </label>
          </div>
          <label>
            Orientation
            <select value={options.orientation} onChange={(e) => set('orientation', e.target.value as EmbedOptions['orientation'])}>
              <option value="">Automatic (by width)</option>
              <option value="horizontal">Horizontal</option>
              <option value="vertical">Vertical</option>
            </select>
          </label>
          <div className="builder-row">
            <label>
              Height
              <select value={options.height === 'auto' ? 'auto' : 'fixed'} onChange={(e) => set('height', e.target.value === 'auto' ? 'auto' : 560)}>
                <option value="auto">Auto (fits the content)</option>
                <option value="fixed">Fixed</option>
              </select>
            </label>
            {options.height !== 'auto' && (
              <label>px<input type="number" min={240} max={2000} value={options.height} onChange={(e) => set('height', Math.max(240, Number(e.target.value) || 560))} /></label>
            )}
          </div>
        </fieldset>
        <fieldset>
          <legend>Snippet</legend>
          <textarea className="snippet" readOnly value={snippet} rows={12} onFocus={(e) => e.currentTarget.select()} aria-label="Embed snippet" />
          <button type="button" className="button" onClick={copy}>Copy snippet</button>
          <span role="status" className="builder-status">{copied}</span>
        </fieldset>
      </form>
      <section className="previews" aria-label="Preview">
        <figure>
          <figcaption>Desktop, 720 px</figcaption>
          <iframe title="Preview at desktop width" src={src} width={720} height={options.height === 'auto' ? 560 : options.height} data-auto={options.height === 'auto'} style={options.height === 'auto' ? undefined : { height: options.height }} />
        </figure>
        <figure>
          <figcaption>Phone, 360 px</figcaption>
          <iframe title="Preview at phone width" src={src} width={360} height={options.height === 'auto' ? 720 : options.height} data-auto={options.height === 'auto'} style={options.height === 'auto' ? undefined : { height: options.height }} />
        </figure>
      </section>
    </main>
  );
}

function expandHex(hex: string): string {
  return /^[0-9a-f]{3}$/i.test(hex) ? [...hex].map((c) => c + c).join('') : /^[0-9a-f]{6}$/i.test(hex) ? hex : '';
}
