/**
 * Publish (issue 21): one HTML file to download, its size said first; a folder for a web host as a
 * zip (what `npm run publish` writes: siteZip.ts); and a link, for data that lives at a web address.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Dataset, Problem } from '../data/types';
import { byteSize } from '../data/text/byteSize';
import { ModalDialog } from '../ui/dialogs/ModalDialog';
import { isSingleFileTemplate, singleFileHtml } from '../ui/publish/singleFile';
import { isPicture } from '../ui/media/firstPicture';
import { carryPictures, type Carried } from './carryPictures';
import type { Messages } from '../i18n/en';
import { withLang } from '../io/withLang';
import { download, fileNameOf } from './draftFiles';
import type { SheetRow } from '../data/edits/sheetEdits';
import { siteAddress } from '../ui/publish/sitePage';
import { siteZip } from './siteZip';
import { staticWordsFor, type StaticWords } from '../ui/publish/staticList';

type FileState = { state: 'preparing' } | { state: 'missing' } | { state: 'ready'; html: string };

interface PublishDialogProps {
  dataset: Dataset;
  rows: readonly SheetRow[];
  problems: Problem[];
  t: Messages;
  onClose: () => void;
  /** The link preview's picture of the dataset for the folder at `url` (the app's export draws it). */
  previewImage: (dataset: Dataset, url: string) => Promise<Blob>;
}

export function PublishDialog({ dataset, rows, problems, t, onClose, previewImage }: PublishDialogProps) {
  const [template, setTemplate] = useState<string | null | undefined>(undefined);
  // The file's no-JavaScript chronology speaks the dataset's language.
  const [words, setWords] = useState<StaticWords | undefined>(undefined);
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
  useEffect(() => {
    let live = true;
    void staticWordsFor(dataset.locale).then((w) => live && setWords(w));
    return () => {
      live = false;
    };
  }, [dataset.locale]);
  // The dataset's pictures, carried inside the file if the author asks (the file grows by their size).
  const hasPictures = dataset.events.some((e) => e.media?.some(isPicture));
  const [carried, setCarried] = useState<Carried | 'fetching' | null>(null);
  const carry = (yes: boolean) => {
    setCarried(yes ? 'fetching' : null);
    // A later untick wins over a fetch still under way.
    if (yes) void carryPictures(dataset).then((c) => setCarried((now) => (now === 'fetching' ? c : now)));
  };
  const file: FileState = useMemo(
    () =>
      template === undefined || carried === 'fetching' || !words
        ? { state: 'preparing' }
        : template === null
          ? { state: 'missing' }
          : { state: 'ready', html: singleFileHtml(template, dataset, carried?.pictures, words) },
    [template, dataset, carried, words],
  );
  const leftOut = new Set(problems.filter((p) => p.level === 'error' && p.place).map((p) => (p.place!.args as unknown[])[1])).size;
  const [address, setAddress] = useState('');
  const dataUrl = safeUrl(address);
  const base = `${location.origin}${location.pathname}`;
  return (
    <ModalDialog className="publish-dialog" labelledBy="publish-title" onClose={onClose}>
      {/* Focus starts on the heading: the warning and the file's button, which comes a moment later, are read first. */}
      <h2 id="publish-title" tabIndex={-1} autoFocus>
        {t.publishTitle}
      </h2>
      {leftOut > 0 && (
        <p className="publish-warning" role="note">
          {t.publishLeftOut(leftOut)}
        </p>
      )}
      <section aria-labelledby="publish-file">
        <h3 id="publish-file">{t.publishFileHeading}</h3>
        <p>{t.publishFileText}</p>
        {hasPictures && (
          <label className="setting-check">
            <input type="checkbox" checked={carried !== null} onChange={(e) => carry(e.target.checked)} /> {t.publishPictures}
          </label>
        )}
        {hasPictures && (
          <p className="setting-hint">
            {carried && carried !== 'fetching' && carried.missed > 0 ? t.publishPicturesMissed(carried.missed) : t.publishPicturesHint}
          </p>
        )}
        {file.state === 'ready' ? (
          <button type="button" className="primary" onClick={() => download(file.html, fileNameOf(dataset.title, 'html'), 'text/html')}>
            {t.publishFileDownload(byteSize(new Blob([file.html]).size, t.lang))}
          </button>
        ) : (
          <p role="status">{file.state === 'preparing' ? t.publishFilePreparing : t.publishFileMissing}</p>
        )}
      </section>
      <FolderSection dataset={dataset} rows={rows} t={t} previewImage={previewImage} />
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

type FolderState = { state: 'idle' } | { state: 'preparing' } | { state: 'failed'; why: string };

/** The folder for a web host: its address first (previews need whole addresses), then the zip. */
function FolderSection({ dataset, rows, t, previewImage }: Pick<PublishDialogProps, 'dataset' | 'rows' | 't' | 'previewImage'>) {
  const [address, setAddress] = useState('');
  const [state, setState] = useState<FolderState>({ state: 'idle' });
  const read = address.trim() ? siteAddress(address.trim()) : null;
  const problem = read && 'problem' in read ? (read.problem === 'hasQuery' ? t.addressHasQuery : t.invalidAddress) : null;
  const make = async (url: string) => {
    setState({ state: 'preparing' });
    try {
      const made = await siteZip(dataset, rows, url, await previewImage(dataset, url));
      if ('missing' in made) return setState({ state: 'failed', why: t.publishFolderMissing });
      download(made.zip, fileNameOf(dataset.title, 'zip'), 'application/zip');
      setState({ state: 'idle' });
    } catch (error) {
      setState({ state: 'failed', why: t.publishFolderFailed(error instanceof Error ? error.message : String(error)) });
    }
  };
  return (
    <section aria-labelledby="publish-folder">
      <h3 id="publish-folder">{t.publishFolderHeading}</h3>
      <p>{t.publishFolderText}</p>
      <label className="setting">
        <span>{t.publishAddress}</span>
        <input
          type="url"
          value={address}
          placeholder="https://example.org/story/"
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'publish-folder-problem' : 'publish-folder-hint'}
          onChange={(e) => setAddress(e.target.value)}
        />
      </label>
      {problem ? (
        <p className="cell-problem error" id="publish-folder-problem">
          {problem}
        </p>
      ) : (
        <p className="setting-hint" id="publish-folder-hint">
          {t.publishAddressHint}
        </p>
      )}
      <button type="button" disabled={!read || 'problem' in read || state.state === 'preparing'} onClick={() => read && 'url' in read && void make(read.url)}>
        {state.state === 'preparing' ? t.publishFolderPreparing : t.publishFolderDownload}
      </button>
      {state.state === 'failed' && (
        <p className="cell-problem error" role="alert">
          {state.why}
        </p>
      )}
    </section>
  );
}
