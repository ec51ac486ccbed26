/**
 * What the page must tell the reader about loading and keeping datasets, until read (the store's
 * notices): a kept dataset set aside because it no longer reads, one that could not be kept, a
 * link's dataset the reader cancelled. Loaded only when there is one.
 */
import { useEffect, useRef } from 'react';
import type { Notice } from '../../store/createTimelineStore';
import { useTimeline, useTimelineStore } from '../../store/StoreContext';
import { selectNotices } from '../../store/selectors';
import { useMoreMessages } from '../../i18n/more/more';
import { problemMessage, problemWhere } from '../../i18n/more/problemText';
import { datasetStorage } from '../../io/user/keptDataset';
import { fileName } from '../../io/loadDataset';
import './Notices.css';

export function Notices() {
  const notices = useTimeline(selectNotices);
  const section = useRef<HTMLElement>(null);
  const t = useMoreMessages();
  // Cancel's button is gone once its notice shows: focus moves to what it says, not to the page's top.
  // Other notices leave focus alone: at boot the first Tab still belongs to the skip link.
  const cancelled = notices.some((n) => n.kind === 'cancelled');
  useEffect(() => {
    if (cancelled && (document.activeElement === document.body || document.activeElement === null)) section.current?.focus();
  }, [cancelled]);
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label={t.notices} tabIndex={-1} ref={section}>
      {notices.map((notice) => (
        <NoticeView key={notice.kind} notice={notice} />
      ))}
    </section>
  );
}

function NoticeView({ notice }: { notice: Notice }) {
  const store = useTimelineStore();
  const t = useMoreMessages();
  const dismiss = () => store.getState().dismissNotice(notice.kind);
  if (notice.kind === 'notKept') {
    return (
      <p className="notice notice-warning" role="alert">
        {notice.reason === 'full' ? t.notKeptFull(notice.name) : t.notKeptUnavailable(notice.name)}{' '}
        {notice.previous ? t.reloadShowsPrevious(notice.previous) : t.reloadShowsBundled}
      </p>
    );
  }
  if (notice.kind === 'offline') {
    return (
      <p className="notice" role="status">
        {t.offlineNotice}
      </p>
    );
  }
  if (notice.kind === 'setAside') {
    const { problem } = notice;
    return (
      <div className="notice notice-warning" role="status">
        <p>
          {t.setAside(notice.name)}
          {problem && <> {t.setAsideWhy(`${problemWhere(problem, t)}: ${problemMessage(problem, t)}`)}</>}
        </p>
        <p className="notice-actions">
          <button type="button" className="button" onClick={() => downloadSaved()}>
            {t.downloadSetAside}
          </button>
          <button
            type="button"
            className="button"
            onClick={async () => {
              await datasetStorage.forget();
              dismiss();
            }}
          >
            {t.forgetSetAside}
          </button>
        </p>
      </div>
    );
  }
  return (
    <div className="notice" role="status">
      <p>{t.cancelledLink(fileName(notice.url))}</p>
      <p className="notice-actions">
        <a className="button" href={linkTo(notice.url)}>
          {t.tryAgain}
        </a>
        <button type="button" className="button" onClick={dismiss}>
          {t.dismiss}
        </button>
      </p>
    </div>
  );
}

/** This page's link, naming the cancelled dataset again. */
function linkTo(url: string): string {
  const params = new URLSearchParams(location.search);
  params.set('data', url);
  return `${location.pathname}?${params}${location.hash}`;
}

/** The kept text, as the file it came from, so nothing the reader brought is lost. */
async function downloadSaved(): Promise<void> {
  const saved = await datasetStorage.read();
  if (!saved) return;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([saved.text], { type: 'text/plain' }));
  link.download = saved.name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
