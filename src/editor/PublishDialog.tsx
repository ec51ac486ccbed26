/**
 * Publish (issue 21): one HTML file to download, its size said first; and a link, for data that
 * lives at a web address. The folder for a web host is `npm run publish` (README).
 */
import { useEffect, useMemo, useState } from 'react';
import type { Dataset, Problem } from '../data/types';
import { byteSize } from '../data/byteSize';
import { ModalDialog } from '../ui/dialogs/ModalDialog';
import { isSingleFileTemplate, singleFileHtml } from '../ui/publish/singleFile';
import type { Messages } from '../i18n/en';
import { withLang } from '../io/withLang';
import { download, fileNameOf } from './draftFiles';

type FileState = { state: 'preparing' } | { state: 'missing' } | { state: 'ready'; html: string };

export function PublishDialog({ dataset, problems, t, onClose }: { dataset: Dataset; problems: Problem[]; t: Messages; onClose: () => void }) {
  const [template, setTemplate] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    // The single-file build, beside the page (build/standalone.ts).
    void fetch(new URL('standalone.html', location.href))
      .then((r) => (r.ok ? r.text() : null))
      .catch(() => null)
      .then((text) => live && setTemplate(text && isSingleFileTemplate(text) ? text : null));
    return () => {
      live = false;
    };
  }, []);
  const file: FileState = useMemo(
    () =>
      template === undefined ? { state: 'preparing' } : template === null ? { state: 'missing' } : { state: 'ready', html: singleFileHtml(template, dataset) },
    [template, dataset],
  );
  const leftOut = new Set(problems.filter((p) => p.level === 'error' && p.place).map((p) => (p.place!.args as unknown[])[0])).size;
  const [address, setAddress] = useState('');
  const dataUrl = safeUrl(address);
  const base = `${location.origin}${location.pathname}`;
  return (
    <ModalDialog className="publish-dialog" labelledBy="publish-title" onClose={onClose}>
      <h2 id="publish-title">{t.publishTitle}</h2>
      {leftOut > 0 && (
        <p className="publish-warning" role="note">
          {t.publishLeftOut(leftOut)}
        </p>
      )}
      <section aria-labelledby="publish-file">
        <h3 id="publish-file">{t.publishFileHeading}</h3>
        <p>{t.publishFileText}</p>
        {file.state === 'ready' ? (
          <button type="button" className="primary" onClick={() => download(file.html, fileNameOf(dataset.title, 'html'), 'text/html')}>
            {t.publishFileDownload(byteSize(new Blob([file.html]).size, t.lang))}
          </button>
        ) : (
          <p role="status">{file.state === 'preparing' ? t.publishFilePreparing : t.publishFileMissing}</p>
        )}
      </section>
      <section aria-labelledby="publish-link">
        <h3 id="publish-link">{t.publishLinkHeading}</h3>
        <p>{t.publishLinkText}</p>
        <label className="setting">
          <span>{t.publishDataAddress}</span>
          <input
            type="url"
            value={address}
            placeholder="https://example.org/timeline.csv"
            aria-invalid={(address.trim() !== '' && !dataUrl) || undefined}
            aria-describedby={address.trim() !== '' && !dataUrl ? 'publish-address-problem' : undefined}
            onChange={(e) => setAddress(e.target.value)}
          />
        </label>
        {address.trim() !== '' && !dataUrl && (
          <p className="cell-problem error" id="publish-address-problem">
            {t.invalidAddress}
          </p>
        )}
        {dataUrl && (
          <p className="publish-links">
            <a href={`${base}${withLang(`?data=${encodeURIComponent(dataUrl)}`)}`}>{t.publishViewLink}</a>{' '}
            <a href={`${base}${withLang(`?builder=1&data=${encodeURIComponent(dataUrl)}`)}`}>{t.publishEmbedLink}</a>
          </p>
        )}
      </section>
      <p className="dialog-actions">
        <button type="button" onClick={onClose}>
          {t.close}
        </button>
      </p>
    </ModalDialog>
  );
}

/** An http(s) address as written, or null. */
function safeUrl(text: string): string | null {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
