/**
 * Presenter mode (`?present=1`): the timeline across the screen in large type, the current step as a
 * caption, progress, and nothing else. Clickers send PageDown/PageUp; keys, buttons and autoplay all
 * move through the same steps. Loaded only when presenting.
 */
import { pageLink, viewLink } from '../io/viewLink';
import { lazy, Suspense, useEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { formatAtPrecision, formatEventDate, formatInstant } from '../i18n/format';
import { useTimeline, useTimelineStore } from '../store/StoreContext';
import { useMoreMessages } from '../i18n/more/more';
import { selectIndex, selectStep } from '../store/selectors';
import type { TimelineState } from '../store/createTimelineStore';
import { paramsFromState } from '../store/stateParams';
import { presenterKey } from './presenterKeys';
import { stepsOf } from '../view/steps';
import { SpeakerView } from './SpeakerView';
import { useStepChannel } from './useStepChannel';
import { useStageFit } from './useStageFit';
import { readerTheme } from './readerTheme';
import type { Theme } from '../view/viewParams';
import { MediaImage } from '../ui/media/MediaImage';
import { firstPicture } from '../ui/media/firstPicture';
import { BackdropBanner, accentStyle } from '../ui/media/BackdropBanner';
import { plainOf } from '../data/text/richText';
import './present.css';
import { timeKey } from '../store/commands';
import { selectTimeRtl } from '../store/selectors';

// The QR encoder loads when the code is first asked for, not with the stage.
const QrDialog = lazy(() => import('./qr/QrDialog').then((m) => ({ default: m.QrDialog })));

/**
 * The presenter's timeline draws its type, rows and axis 1.6 times the page's, for the back of the
 * room; on a phone 1.25 times (20 px labels would leave room for a word or two).
 */
const stageScale = (width: number) => (width < 700 ? 1.25 : 1.6);

function useStageScale(): number {
  const [scale, setScale] = useState(() => stageScale(window.innerWidth));
  useEffect(() => {
    const resized = () => setScale(stageScale(window.innerWidth));
    window.addEventListener('resize', resized);
    return () => window.removeEventListener('resize', resized);
  }, []);
  return scale;
}
const selectAutoplay = (s: TimelineState) => s.autoplay;
const selectPaused = (s: TimelineState) => s.paused;
const selectSpeaker = (s: TimelineState) => s.speaker;

function openSpeakerView(s: TimelineState): void {
  window.open(pageLink({ ...paramsFromState(s), speaker: true }), 'chronicle-speaker', 'width=900,height=700');
}

const READER_THEME = 'chronicle:reader-theme';

/**
 * The reader's own theme, read once when the presentation opens: from the page that opened it, else
 * from what this tab remembered (a reload, or the speaker window, which starts with its opener's
 * session storage); null when the presentation was opened on its own.
 */
function rememberReaderTheme(): Theme | null {
  const fromPage = readerTheme(document.referrer, location);
  try {
    if (fromPage) sessionStorage.setItem(READER_THEME, fromPage);
    return fromPage ?? (sessionStorage.getItem(READER_THEME) as Theme | null);
  } catch {
    return fromPage;
  }
}

/** The view the presentation is on, as a reader sees it: the step's window and selection, in the reader's theme. */
const readerState = (s: TimelineState, theme: Theme | null): TimelineState => ({
  ...s,
  present: false,
  speaker: false,
  autoplay: null,
  theme: theme ?? 'light',
});

/** Where Exit goes: the step's view in the theme the reader had before (the stage's is the projector's). */
const exitLink = (s: TimelineState, theme: Theme | null) => pageLink(paramsFromState(readerState(s, theme)));

/** The link the audience opens on their phones: the step's view, in the app's default theme (the stage's dark is for the projector). */
const audienceLink = (s: TimelineState) => viewLink(readerState(s, null));

/** What the stage asks of the timeline the app puts on it: larger type, always across the screen. */
export interface StageTimeline {
  scale: number;
  orientation: 'horizontal';
}

/** `renderTimeline` draws the app's timeline: features meet in app/, they do not import each other. */
export function PresenterShell({ renderTimeline }: { renderTimeline: (props: StageTimeline) => ReactNode }) {
  const store = useTimelineStore();
  const t = useMoreMessages();
  const index = useTimeline(selectIndex);
  const step = useTimeline(selectStep);
  const rtlTime = useTimeline(selectTimeRtl);
  const autoplay = useTimeline(selectAutoplay);
  const paused = useTimeline(selectPaused);
  const steps = useMemo(() => (index ? stepsOf(index.dataset) : []), [index]);
  const current = steps[step];
  const speaker = useTimeline(selectSpeaker);
  const [theme] = useState(rememberReaderTheme);
  const [qrLink, setQrLink] = useState<string | null>(null);
  const scale = useStageScale();
  const stageRef = useRef<HTMLElement>(null);
  useStepChannel(store);
  useStageFit(store, stageRef, scale, Boolean(index && current && !speaker));

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      // A dialog on top (the QR code, the shortcut sheet) has the keys: Escape closes it, not the presentation.
      if (document.querySelector('dialog[open]')) return;
      const action = presenterKey(timeKey(e.key, selectTimeRtl(store.getState())), e.shiftKey);
      const s = store.getState();
      if (s.autoplay && !s.paused) s.setPaused(true);
      if (!action) return;
      // Ahead of the app's own shortcuts: arrows step through the deck here, not through events.
      e.preventDefault();
      e.stopPropagation();
      if (action === 'fullscreen') toggleFullscreen();
      else if (action === 'exit') location.assign(exitLink(s, theme));
      else if (action === 'qr') setQrLink(audienceLink(s));
      else if (action === 'first') s.goToStep(0);
      else if (action === 'last') s.goToStep(Number.MAX_SAFE_INTEGER);
      else s.goToStep(s.step + (action === 'next' ? 1 : -1));
    };
    const onPointer = () => {
      const s = store.getState();
      if (s.autoplay && !s.paused) s.setPaused(true);
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('pointerdown', onPointer, true);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('pointerdown', onPointer, true);
    };
  }, [store, theme]);

  useEffect(() => {
    if (!autoplay || paused || steps.length === 0) return;
    // Kiosks loop: after the last step, back to the first.
    const timer = setTimeout(() => {
      const s = store.getState();
      s.goToStep(s.step + 1 >= steps.length ? 0 : s.step + 1);
    }, autoplay * 1000);
    return () => clearTimeout(timer);
  }, [autoplay, paused, step, steps.length, store]);

  if (!index || !current) return <div className="app presenting" />;
  if (speaker) return <SpeakerView index={index} steps={steps} step={step} onStep={(i) => store.getState().goToStep(i)} />;
  const event = current.kind === 'event' ? index.byId.get(current.id) : undefined;
  const period = current.kind === 'period' ? index.dataset.periods.find((p) => p.id === current.id) : undefined;
  const exitHref = () => exitLink(store.getState(), theme);
  // The step's picture, large beside its words, with its caption and credit (issue 22).
  const picture = firstPicture(event?.media ?? period?.media);

  return (
    <div className="app presenting">
      {/* The stage's scale also sizes its type in present.css (--stage-scale). */}
      <main className="stage" ref={stageRef} style={{ '--stage-scale': scale } as CSSProperties}>
        {renderTimeline({ scale, orientation: 'horizontal' })}
      </main>
      <section
        className={['caption', picture && 'with-picture', event?.backdrop?.color && 'accented'].filter(Boolean).join(' ')}
        style={accentStyle(event?.backdrop)}
        aria-live="polite"
        aria-label={t.currentStep}
      >
        <BackdropBanner key={`backdrop-${current.id}`} backdrop={event?.backdrop} behind />
        {picture && (
          <div className="caption-picture">
            <MediaImage key={current.id} item={picture} lang={index.dataset.locale} t={t} />
          </div>
        )}
        <p className="caption-date">
          {event
            ? formatEventDate(event)
            : period
              ? `${formatAtPrecision(period.start)} – ${formatAtPrecision(period.end)}`
              : formatInstant(current.from, 'year')}
          {period && <span className="caption-kind"> · {t.periodKind}</span>}
        </p>
        <h1 className="caption-title" lang={index.dataset.locale} dir="auto">
          {current.title}
        </h1>
        {(event ?? period)?.summary && (
          <p className="caption-summary" lang={index.dataset.locale} dir="auto">
            {plainOf((event ?? period)!.summary)}
          </p>
        )}
      </section>
      <nav className="deck" aria-label={t.presentation}>
        {/* Back points the way earlier time lies: right, where time runs right to left. The glyph is
            set left to right, so no bidi mirroring turns it a second time. */}
        <button type="button" dir="ltr" onClick={() => store.getState().goToStep(step - 1)} disabled={step === 0} aria-label={t.previousStep}>
          {rtlTime ? '›' : '‹'}
        </button>
        <p className="progress" aria-label={t.stepOf(step + 1, steps.length)}>
          {step + 1} / {steps.length}
        </p>
        <button type="button" dir="ltr" onClick={() => store.getState().goToStep(step + 1)} disabled={step === steps.length - 1} aria-label={t.nextStep}>
          {rtlTime ? '‹' : '›'}
        </button>
        {autoplay && (
          <button type="button" className="autoplay" onClick={() => store.getState().setPaused(!paused)}>
            {paused ? t.paused(autoplay) : t.playing(autoplay)}
          </button>
        )}
        <button type="button" onClick={toggleFullscreen} title={`${t.fullscreen} (F)`}>
          {t.fullscreen}
        </button>
        <button type="button" onClick={() => openSpeakerView(store.getState())}>
          {t.speakerView}
        </button>
        <button type="button" onClick={() => setQrLink(audienceLink(store.getState()))} title={`${t.presenterCommands.qr} (Q)`} aria-haspopup="dialog">
          {t.qrCode}
        </button>
        <a className="exit" href={exitHref()} onClick={(e) => (e.currentTarget.href = exitHref())} title={`${t.presenterCommands.exit} (${t.keys.Escape})`}>
          {t.exit}
        </a>
        <div className="progress-bar" aria-hidden="true">
          <span style={{ width: `${((step + 1) / steps.length) * 100}%` }} />
        </div>
      </nav>
      {qrLink && (
        <Suspense fallback={null}>
          <QrDialog link={qrLink} onClose={() => setQrLink(null)} />
        </Suspense>
      )}
    </div>
  );
}

function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen?.();
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}
