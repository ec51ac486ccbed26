/**
 * The embed builder (`?builder=1`): choose dataset, starting view, selection, lanes, theme, accent,
 * orientation and height, and how the snippet is pasted; see the snippet live, as pasted, at desktop
 * and phone widths (snippetPreview.ts); copy it. Loaded only on this page.
 */
import { problemMessage } from '../i18n/more/problemText';
import { moreMessages } from '../i18n/more/more';
import { useEffect, useMemo, useState } from 'react';
import { loadDataset } from '../io/loadDataset';
import type { ParseResult } from '../data/types';
import { EMBED_SANDBOX, embedSnippet, IFRAME_ONLY_HEIGHT, SNIPPET_FORMS, type SnippetForm } from '../ui/publish/snippet';
import { formatEventDate } from '../i18n/format';
import { formatViewParams, parseViewParams } from '../view/viewParams';
import { embedQuery, optionsFromParams, type EmbedOptions } from './embedOptions';
import { enBuilder } from '../i18n/more/en-builder';
import { eventCount, withRest } from '../i18n/messages';
import { LANGS, type Lang } from '../view/lang';
import { withLang } from '../io/withLang';
import { ampAsIframe, PREVIEW_FAILED, PREVIEW_SIZE, previewAddress } from './snippetPreview';
import { useDebounced } from './useDebounced';
import './builder.css';

/** Each language by its own name, as readers look for it. */
const LANGUAGE_NAMES: Record<Lang, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  pt: 'Português',
  ru: 'Русский',
  ja: '日本語',
  zh: '中文',
  ko: '한국어',
  hi: 'हिन्दी',
  ar: 'العربية',
  he: 'עברית',
};

/** Another locale a link asked for ("sv-SE"), by its own name where Intl knows it: dates in it, words in English. */
function localeName(locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  } catch {
    return locale;
  }
}

/** The two previews: a desktop column and a phone, each at the size its frame starts at. */
const PREVIEWS = [
  { caption: 'desktopPreview', title: 'desktopPreviewTitle', width: 720, autoHeight: 560 },
  { caption: 'phonePreview', title: 'phonePreviewTitle', width: 360, autoHeight: 720 },
] as const;

/** Each form's name in "Paste as". */
const FORM_WORDS = {
  iframe: 'formIframe',
  'iframe-script': 'formIframeScript',
  script: 'formScript',
  component: 'formComponent',
  amp: 'formAmp',
} as const satisfies Record<SnippetForm, string>;

/** How long the snippet must hold still before the previews load it again. */
const PREVIEW_DELAY_MS = 400;

export function BuilderPage({ bundledUrl }: { bundledUrl: string }) {
  const [options, setOptions] = useState<EmbedOptions>(() =>
    optionsFromParams(parseViewParams(location.search).params, new URLSearchParams(location.search).get('lang')),
  );
  // The page's language is settled before it renders (boot.tsx): one catalogue for its lifetime.
  const t = useMemo(() => withRest(enBuilder), []);
  // The dataset the previews show, kept with the address it came from: a result for another address is stale.
  const dataUrl = options.data.trim() || bundledUrl;
  const [fetched, setFetched] = useState<{ url: string; result: ParseResult } | null>(null);
  const loaded = fetched?.url === dataUrl ? fetched.result : null;
  const [copied, setCopied] = useState('');
  const set = <K extends keyof EmbedOptions>(key: K, value: EmbedOptions[K]) => setOptions((o) => ({ ...o, [key]: value }));

  useEffect(() => {
    let current = true;
    // Typing a URL starts a load per keystroke: each new one stops the one before.
    const controller = new AbortController();
    void loadDataset(dataUrl, { signal: controller.signal, columns: options.columns ?? undefined }).then(
      (result) => current && setFetched({ url: dataUrl, result }),
    );
    return () => {
      current = false;
      controller.abort();
    };
  }, [dataUrl, options.columns]);

  const base = `${location.origin}${location.pathname}`;
  const src = `${base}${embedQuery(options)}`;
  const dataset = loaded?.dataset;
  const title = dataset?.title ?? 'Chronicle timeline';
  // How the snippet is pasted changes no address: kept beside the options, not in them.
  const [form, setForm] = useState<SnippetForm>('iframe-script');
  const snippet = useMemo(() => embedSnippet({ src, title, height: options.height, form, ampExpand: t.ampExpand }), [src, title, options.height, form, t]);
  const errors = loaded?.problems.filter((p) => p.level === 'error') ?? [];
  const help = {
    iframe: options.height === 'auto' ? t.helpIframeAuto(IFRAME_ONLY_HEIGHT) : t.helpIframeFixed,
    'iframe-script': t.helpIframeScript,
    script: t.helpScript,
    component: t.helpComponent,
    amp: t.helpAmp(t.ampExpand),
  }[form];

  // The previews load the snippet as pasted; AMP's as the iframe its runtime makes, which is never loaded here.
  const liveAddress = useMemo(() => previewAddress(base, form === 'amp' ? ampAsIframe(snippet) : snippet, form === 'amp'), [base, snippet, form]);
  const address = useDebounced(liveAddress, PREVIEW_DELAY_MS);
  const shownForm = useDebounced(form, PREVIEW_DELAY_MS);
  // Each preview's height as its page last said, and a script the snippet named that did not load.
  const [heights, setHeights] = useState<Record<string, number>>({});
  const [failed, setFailed] = useState<{ address: string; src: string } | null>(null);
  const failedSrc = failed?.address === address ? failed.src : null;

  useEffect(() => {
    document.title = `${t.builderTitle} · Chronicle`;
  }, [t]);

  useEffect(() => {
    // Only the preview frames' own pages (same origin, by source) are heard; each speaks for its snippet's address.
    const onMessage = (e: MessageEvent) => {
      if (e.origin !== location.origin) return;
      const frame = [...document.querySelectorAll<HTMLIFrameElement>('.previews iframe')].find((f) => f.contentWindow === e.source);
      const data = e.data as { type?: unknown; height?: unknown; src?: unknown } | null;
      if (!frame || !data) return;
      if (data.type === PREVIEW_SIZE && typeof data.height === 'number' && Number.isFinite(data.height)) {
        const height = Math.round(Math.max(120, Math.min(data.height, 4000)));
        setHeights((h) => (h[frame.name] === height ? h : { ...h, [frame.name]: height }));
      } else if (data.type === PREVIEW_FAILED && typeof data.src === 'string') setFailed({ address: frame.src, src: data.src });
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied(t.snippetCopied);
    } catch {
      setCopied(t.selectAndCopy);
    }
  };

  return (
    <main className="builder">
      <header className="builder-head">
        <h1>{t.builderTitle}</h1>
        {/* Back to the view the builder was opened on (the header's Embed link carries it). */}
        <a href={`${base}${withLang(formatViewParams({ ...parseViewParams(location.search).params, builder: undefined }))}`}>{t.backToTimeline}</a>
      </header>
      <form className="builder-form" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>{t.dataset}</legend>
          <label>
            {t.datasetUrlOrBundled}
            <input
              type="url"
              value={options.data}
              placeholder={t.example('https://example.com/timeline.json')}
              onChange={(e) => setOptions((o) => ({ ...o, data: e.target.value, columns: null }))}
            />
          </label>
          <p className="builder-status" role="status">
            {!loaded
              ? t.loadingShort
              : errors.length
                ? t.cannotUse(problemMessage(errors[0]!, moreMessages()))
                : t.datasetSummary(dataset!.title, eventCount(dataset!.events.length))}
          </p>
        </fieldset>
        <fieldset>
          <legend>{t.startingView}</legend>
          <label>
            {t.period}
            <select value={options.period} onChange={(e) => set('period', e.target.value)}>
              <option value="">{t.noPeriod}</option>
              {dataset?.periods.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.gestures}
            <select value={options.gestures} onChange={(e) => set('gestures', e.target.value === 'greedy' ? 'greedy' : 'cooperative')}>
              <option value="cooperative">{t.gesturesCooperative}</option>
              <option value="greedy">{t.gesturesGreedy}</option>
            </select>
          </label>
          <div className="builder-row">
            <label>
              {t.from}
              <input value={options.from} placeholder={t.example('2026-02')} disabled={!!options.period} onChange={(e) => set('from', e.target.value)} />
            </label>
            <label>
              {t.to}
              <input value={options.to} placeholder={t.example('2026-04-30')} disabled={!!options.period} onChange={(e) => set('to', e.target.value)} />
            </label>
          </div>
          <label>
            {t.selectedEvent}
            <select value={options.event} onChange={(e) => set('event', e.target.value)}>
              <option value="">{t.none}</option>
              {dataset?.events.map((e) => (
                <option key={e.id} value={e.id}>
                  {formatEventDate(e)}: {e.title}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.lanes}
            <select value={options.lanes} onChange={(e) => set('lanes', e.target.value as EmbedOptions['lanes'])}>
              <option value="actor">{t.byActor}</option>
              <option value="category">{t.byCategory}</option>
              <option value="none">{t.oneLane}</option>
            </select>
          </label>
        </fieldset>
        <fieldset>
          <legend>{t.look}</legend>
          <div className="builder-row">
            <label>
              {t.theme}
              <select value={options.theme} onChange={(e) => set('theme', e.target.value as EmbedOptions['theme'])}>
                <option value="light">{t.light}</option>
                <option value="dark">{t.dark}</option>
                <option value="auto">{t.autoTheme}</option>
              </select>
            </label>
            <label>
              {t.accent}
              <input type="color" value={`#${expandHex(options.accent) || '1f5fbf'}`} onChange={(e) => set('accent', e.target.value.slice(1))} />
            </label>
          </div>
          <label>
            {t.orientation}
            <select value={options.orientation} onChange={(e) => set('orientation', e.target.value as EmbedOptions['orientation'])}>
              <option value="">{t.autoOrientation}</option>
              <option value="horizontal">{t.horizontal}</option>
              <option value="vertical">{t.vertical}</option>
            </select>
          </label>
          <label>
            {t.language}
            <select value={options.lang} onChange={(e) => set('lang', e.target.value)}>
              <option value="">{t.autoLanguage}</option>
              {LANGS.map((lang) => (
                <option key={lang} value={lang} lang={lang}>
                  {LANGUAGE_NAMES[lang]}
                </option>
              ))}
              {options.lang && !(LANGS as readonly string[]).includes(options.lang) && (
                <option value={options.lang} lang={options.lang}>
                  {localeName(options.lang)}
                </option>
              )}
            </select>
          </label>
          <div className="builder-row">
            <label>
              {t.height}
              <select value={options.height === 'auto' ? 'auto' : 'fixed'} onChange={(e) => set('height', e.target.value === 'auto' ? 'auto' : 560)}>
                <option value="auto">{t.autoHeight}</option>
                <option value="fixed">{t.fixedHeight}</option>
              </select>
            </label>
            {options.height !== 'auto' && (
              <label>
                px
                <input
                  type="number"
                  min={240}
                  max={2000}
                  value={options.height}
                  onChange={(e) => set('height', Math.max(240, Number(e.target.value) || 560))}
                />
              </label>
            )}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t.snippet}</legend>
          <label>
            {t.pasteAs}
            <select value={form} aria-describedby="snippet-help" onChange={(e) => setForm(SNIPPET_FORMS.find((f) => f === e.target.value) ?? 'iframe-script')}>
              {SNIPPET_FORMS.map((f) => (
                <option key={f} value={f}>
                  {t[FORM_WORDS[f]]}
                </option>
              ))}
            </select>
          </label>
          <textarea
            className="snippet"
            readOnly
            value={snippet}
            rows={12}
            onFocus={(e) => e.currentTarget.select()}
            aria-label={t.embedSnippet}
            aria-describedby="snippet-help"
          />
          <p className="builder-help" id="snippet-help">
            {help}
          </p>
          <button type="button" className="button" onClick={copy}>
            {t.copySnippet}
          </button>
          <span role="status" className="builder-status">
            {copied}
          </span>
        </fieldset>
      </form>
      <section className="previews" aria-label={t.preview}>
        <p className="preview-note" role="status">
          {[shownForm === 'amp' ? t.previewAmp : '', failedSrc ? (shownForm === 'component' ? t.previewComponentFailed : t.previewScriptFailed(failedSrc)) : '']
            .filter(Boolean)
            .join(' ')}
        </p>
        {PREVIEWS.map((preview) => (
          <figure key={preview.caption}>
            <figcaption>{t[preview.caption]}</figcaption>
            {/*
              The snippet's own sandbox, allow-same-origin included: a nested frame inherits its parent's
              sandbox, so without it the Chronicle inside would run in an opaque origin, as in no article.
              What keeps the snippet from the builder is the preview page's own policy (build/snippetPreview.ts).
            */}
            <iframe
              name={preview.caption}
              title={t[preview.title]}
              src={address}
              sandbox={EMBED_SANDBOX}
              width={preview.width}
              style={{ height: heights[preview.caption] ?? (options.height === 'auto' ? preview.autoHeight : options.height) }}
            />
          </figure>
        ))}
      </section>
    </main>
  );
}

function expandHex(hex: string): string {
  return /^[0-9a-f]{3}$/i.test(hex) ? hex.replace(/./g, (c) => c + c) : /^[0-9a-f]{6}$/i.test(hex) ? hex : '';
}
