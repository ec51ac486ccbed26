/**
 * The English words of the parts loaded after the first view (list, shortcuts, opening a dataset,
 * problems, presenting, overview): they travel with those parts, not in the core. Other languages
 * keep all their words in one catalogue.
 */
import type { CitationWords } from './citation';
import { problemWords } from '../../data/words/problemWords';

export const enMore = {
  // Problems in a dataset: the validator's own English words, fetched with the parts that show problems.
  problems: problemWords,
  groupBy: 'Group by',
  byPeriod: 'period',
  byYear: 'year',
  problemSummary: (errors: number, warnings: number, source: string) =>
    `${[errors && (errors === 1 ? '1 error' : `${errors} errors`), warnings && (warnings === 1 ? '1 warning' : `${warnings} warnings`)].filter(Boolean).join(' and ')} in ${source}`,
  openDataset: 'Open a dataset',
  yourDataset: 'Your dataset',
  datasetTitle: 'Title',
  rename: 'Rename',
  renamed: (title: string) => `Renamed: “${title}”.`,
  renamedNotKept: (title: string) => `Renamed: “${title}”, for this visit only: this browser would not keep the new title.`,
  openHint: 'Chronicle JSON, CSV (columns id,start,end,title,summary,actors,category,sources,related) or a TimelineJS3 JSON file.',
  dropHint: 'You can also drop a file anywhere on the page. Start from the',
  csvTemplate: 'CSV template',
  forSheets: 'for Google Sheets',
  or: 'or the',
  jsonExample: 'JSON example',
  file: 'A file',
  datasetUrl: 'A URL (served with CORS)',
  openUrl: 'Open URL',
  urlMustBeHttp: 'A dataset URL starts with http:// or https://',
  pasteText: 'Or paste the data',
  loadPasted: 'Load pasted data',
  reading: (name: string) => `Reading ${name}…`,
  checkingEvents: 'Checking events',
  currentStep: 'Current step',
  periodKind: 'period',
  presentation: 'Presentation',
  previousStep: 'Previous step',
  nextStep: 'Next step',
  stepOf: (step: number, total: number) => `Step ${step} of ${total}`,
  paused: (seconds: number) => `Paused · resume (${seconds} s a step)`,
  playing: (seconds: number) => `Playing · ${seconds} s a step`,
  fullscreen: 'Fullscreen',
  speakerView: 'Speaker view',
  exit: 'Exit',
  // The QR code of the view's link (presenter), and the presenter's keys in the shortcut sheet.
  qrCode: 'QR code',
  qrCodeTitle: 'Open this view on your phone',
  qrCodeOf: (link: string) => `QR code of the link: ${link}`,
  onStage: 'In a presentation',
  presenterCommands: {
    next: 'Next step',
    previous: 'Previous step',
    first: 'First step',
    last: 'Last step',
    fullscreen: 'Fullscreen',
    qr: 'Show this view’s link as a QR code',
    exit: 'Leave the presentation',
  },
  timeSinceStart: 'Time since the start',
  previous: '‹ Previous',
  next: 'Next ›',
  now: 'Now',
  upNext: 'Next',
  lastStep: 'Last step',
  disputed: (text: string) => `Disputed: ${text}`,
  speakerNotes: (title: string) => `Speaker notes: ${title}`,
  overview: 'Overview of the whole timeline; drag to choose what the timeline shows',
  shownPeriod: 'Shown period: arrow keys and Page Up or Down move it, Home and End go to either end',
  periodRange: (from: string, to: string) => `${from} to ${to}`,
  tooLarge: (name: string, mb: number) => `${name} is larger than the ${mb} MB limit`,
  noUsableEvents: (name: string, errors: number) =>
    `${name} has no usable events${errors ? `: ${errors === 1 ? '1 error' : `${errors} errors`}, listed above` : ''}`,
  showingDataset: (name: string, events: string, problems: number) =>
    `Showing ${name}: ${events}${problems ? `; ${problems === 1 ? '1 problem' : `${problems} problems`} listed above` : ''}`,
  // Keeping and loading datasets (issue 18): notices under the header that stay until read.
  notices: 'Notices',
  notKeptFull: (name: string) => `${name} could not be kept in this browser: its storage for this site is full.`,
  notKeptUnavailable: (name: string) => `${name} could not be kept: this browser does not let the page store data (private browsing, or site data turned off).`,
  reloadShowsPrevious: (previous: string) => `A reload will show ${previous}, kept from before.`,
  reloadShowsBundled: 'A reload will show the bundled timeline.',
  setAside: (name: string) => `Your saved dataset ${name} could not be read, so the bundled timeline is shown; ${name} is still kept in this browser.`,
  setAsideWhy: (problem: string) => `What is wrong: ${problem}.`,
  downloadSetAside: 'Download it',
  forgetSetAside: 'Forget it',
  cancelledLink: (source: string) => `Loading ${source} was cancelled; the bundled timeline is shown instead.`,
  dismiss: 'Dismiss',
  // The exported image's last line.
  exportCredit: 'Made with Chronicle',
  // Cite this event (detail panel): the styles' own forms, in the page's language.
  citeThisEvent: 'Cite this event',
  citationStyle: 'Citation style',
  copyCitation: 'Copy citation',
  citationCopied: 'Citation copied',
  citationNotCopied: 'Could not copy: the citation is selected, copy it with your keyboard',
  citation: {
    apa: (p) =>
      `${p.title} (${p.date}). (n.d.). In ${p.timeline} [Interactive timeline${p.sources ? `; sources: ${p.sources}` : ''}].${p.url ? ` Retrieved ${p.accessed}, from ${p.url}` : ''}`,
    mla: (p) =>
      `“${p.title} (${p.date}).” ${p.timeline}, interactive timeline${p.url ? `, ${p.url}` : ''}. Accessed ${p.accessed}.${p.sources ? ` Sources: ${p.sources}.` : ''}`,
    chicago: (p) =>
      `“${p.title} (${p.date}).” In ${p.timeline}, interactive timeline.${p.sources ? ` Sources: ${p.sources}.` : ''} Accessed ${p.accessed}.${p.url ? ` ${p.url}.` : ''}`,
  } satisfies CitationWords,
};
