import { useState } from 'react';
import { pageLink, viewLink } from '../../io/viewLink';
import { commandById, keyLabel } from '../../store/commands';
import { useTimeline, useTimelineStore } from '../../store/StoreContext';
import { useMessages } from '../../i18n/useMessages';
import { selectIndex } from '../../store/selectors';
import { ExportMenu } from './ExportMenu';
import './app-header.css';
import { stepsOf } from '../../view/steps';
import { paramsFromState } from '../../store/stateParams';

/** Symbols are named by their command's description; "Fit" is a word and names itself. */
const ZOOM = [
  { id: 'zoom-out', symbol: '−' },
  { id: 'zoom-in', symbol: '+' },
  { id: 'fit', symbol: null },
] as const;

interface HeaderProps {
  onShortcuts: () => void;
  onOpen: () => void;
  /** On phones and tablets the filters wait behind this button (FullShell holds whether they are open). */
  filtersToggle?: React.ReactNode;
  /** On phones and tablets, the switch to the other view (the filter bar's waits behind Filters). */
  viewToggle?: React.ReactNode;
}

export function Header({ onShortcuts, onOpen, filtersToggle, viewToggle }: HeaderProps) {
  const store = useTimelineStore();
  const withStep = (e: { currentTarget: HTMLAnchorElement }) => (e.currentTarget.href = presentHref(store));
  const withView = (e: { currentTarget: HTMLAnchorElement }) => (e.currentTarget.href = builderHref(store));
  const index = useTimeline(selectIndex);
  const t = useMessages();
  // On phones and tablets the secondary actions wait behind one button (app-header.css); on a desktop they are all shown.
  const [moreOpen, setMoreOpen] = useState(false);
  return (
    <header className="app-header">
      <div className="titles">
        <h1 lang={index?.dataset.locale} dir="auto">
          {index?.dataset.title ?? 'Chronicle'}
        </h1>
        {index?.dataset.description && <Description text={index.dataset.description} lang={index.dataset.locale} />}
      </div>
      <div className="toolbar" role="toolbar" aria-label={t.toolbar}>
        {ZOOM.map(({ id, symbol }) => (
          <button
            key={id}
            type="button"
            aria-label={symbol ? t.commands[id] : undefined}
            title={`${t.commands[id]} (${keyLabel(commandById(id).keys[0]!, t.keys)})`}
            onClick={() => commandById(id).run(store, { focusSearch: () => {}, toggleShortcuts: onShortcuts })}
          >
            {symbol ?? t.fit}
          </button>
        ))}
        {filtersToggle}
        {viewToggle}
        <button
          type="button"
          className="more-actions"
          aria-label={t.moreActions}
          aria-expanded={moreOpen}
          aria-controls="more-actions"
          onClick={() => setMoreOpen(!moreOpen)}
        >
          ⋯
        </button>
        <div className="toolbar-more" id="more-actions" data-open={moreOpen}>
          {/* The step is worked out when the link is about to be used: finding it walks every event. */}
          <a className="button present-link" href={presentHref(store, false)} onPointerEnter={withStep} onFocus={withStep} onClick={withStep}>
            {t.present}
          </a>
          <button type="button" onClick={onOpen} title={t.openTitle}>
            {t.open}
          </button>
          <a className="button edit-link" href={pageLink({ edit: true })} title={t.editTitle}>
            {t.edit}
          </a>
          {/* The builder starts from the view on screen, worked out when the link is about to be used; a
              published single file has no address to embed, and no builder (build/standalone.ts). */}
          {!import.meta.env.VITE_STANDALONE && (
            <a className="button embed-link" href={builderHref(store)} title={t.embedTitle} onPointerEnter={withView} onFocus={withView} onClick={withView}>
              {t.embed}
            </a>
          )}
          <CopyLink />
          <ExportMenu />
          <button type="button" aria-label={t.shortcuts} title={`${t.shortcuts} (?)`} onClick={onShortcuts}>
            ?
          </button>
        </div>
      </div>
    </header>
  );
}

/**
 * The dataset's description: on phones and tablets clamped to a line (app-header.css), with a button
 * that shows the rest; the button is hidden where the whole text is shown anyway.
 */
function Description({ text, lang }: { text: string; lang?: string }) {
  const t = useMessages();
  const [open, setOpen] = useState(false);
  return (
    <div className="description-wrap" data-open={open}>
      <p className="description" id="dataset-description" lang={lang} dir="auto">
        {text}
      </p>
      <button type="button" className="link-button description-toggle" aria-expanded={open} aria-controls="dataset-description" onClick={() => setOpen(!open)}>
        {open ? t.showLess : t.showMore}
      </button>
    </div>
  );
}

/** Presenter mode from the first step (or the step of the period on screen), keeping the dataset. */
function presentHref(store: ReturnType<typeof useTimelineStore>, findStep = true): string {
  const s = store.getState();
  const steps = s.index && findStep ? stepsOf(s.index.dataset) : [];
  const at = Math.max(
    0,
    steps.findIndex((step) => step.id === (s.selectedId ?? s.periodId)),
  );
  return pageLink({ present: true, step: at + 1 });
}

/** The embed builder on the view the reader has now (its window, filters, selection, look). */
function builderHref(store: ReturnType<typeof useTimelineStore>): string {
  return pageLink({ ...paramsFromState(store.getState()), builder: true });
}

/** Copies the link to what is shown, built from the view's state (the address bar follows a frame later). */
function CopyLink() {
  const store = useTimelineStore();
  const t = useMessages();
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(viewLink(store.getState()));
      setStatus(t.linkCopied);
    } catch {
      // No clipboard permission (an insecure page, or a sandboxed frame): let the reader copy it by hand.
      window.prompt(t.copyThisLink, viewLink(store.getState()));
      setStatus('');
    }
    setTimeout(() => setStatus(''), 2500);
  };
  return (
    <>
      <button type="button" className="copy-link" onClick={copy}>
        {t.copyLink}
      </button>
      <span className="toast" role="status" aria-live="polite">
        {status}
      </span>
    </>
  );
}
