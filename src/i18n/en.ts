import type { enMore } from './more/en-more';
import type { enBuilder } from './more/en-builder';
import type { enEditor } from './more/en-editor';
import type { enEmbed } from './embed/en-embed';

/**
 * The interface's words in English: the reference catalogue. Every other language's catalogue has
 * the same shape (checked by TypeScript), so none can ship with a string missing. Messages that
 * count take the count and say it the language's way; numbers come formatted (`n` is "50,000").
 */
export const en = {
  lang: 'en',
  // Header and toolbar; each command's description serves its button and the shortcut sheet.
  commands: {
    next: 'Select the next event',
    previous: 'Select the previous event',
    first: 'Select the first event',
    last: 'Select the last event',
    close: 'Clear the selection',
    'zoom-in': 'Zoom in',
    'zoom-out': 'Zoom out',
    'pan-back': 'Pan back in time',
    'pan-forward': 'Pan forward in time',
    fit: 'Show everything',
    search: 'Search',
    shortcuts: 'Show keyboard shortcuts',
  },
  toolbar: 'View',
  fit: 'Fit',
  present: 'Present',
  open: 'Open…',
  openTitle: 'Open your own dataset: a file, a URL or pasted text',
  embed: 'Embed',
  embedTitle: 'Put this view in your own page: options, previews and the snippet to paste',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  copyThisLink: 'Copy this link:',
  export: 'Export',
  shortcuts: 'Keyboard shortcuts',
  keys: { Home: 'Home', End: 'End', Escape: 'Esc', PageUp: 'Page Up', PageDown: 'Page Down', shift: 'Shift' },
  skipToTimeline: 'Skip to the timeline',
  // Said in the page's polite live region (ui/announce.ts)
  detailsClosed: 'Details closed',
  filtersCleared: (events: string) => `Filters cleared: ${events}`,
  showingBundled: 'Showing the bundled timeline',
  periodShown: (title: string) => `Showing the period ${title}`,
  wholeTimelineShown: 'Showing the whole timeline',
  // Filters
  filters: 'Filters',
  search: 'Search events',
  searchPlaceholder: 'Search titles, summaries, quotes, sources',
  timelineView: 'Timeline',
  listView: 'List',
  zoomToPeriod: 'Zoom to a period',
  allPeriods: 'All periods',
  lanes: 'Lanes',
  byActor: 'By actor',
  byCategory: 'By category',
  oneLane: 'One lane',
  allEvents: 'All events',
  noActor: 'No actor',
  noCategory: 'No category',
  actors: 'Actors',
  categories: 'Categories',
  clearFilters: 'Clear filters',
  eventCount: (count: number, n: string) => (count === 1 ? '1 event' : `${n} events`),
  matchCount: (matching: string, total: string) => `${matching} of ${total} events match`,
  // Disputed filter (issue 17): the chip beside the categories; the hint is its description
  disputedFilter: 'Disputed',
  disputedFilterHint: 'Show only the events where the sources disagree',
  // Timeline
  timelineName: (title: string) => `${title}: timeline`,
  timelineDescription: (from: string, to: string, inView: string, total: string) =>
    `From ${from} to ${to}, ${inView} of ${total} events in view. ` +
    'Left and right arrows move from event to event, Enter or Space shows its details, plus and minus zoom, Shift with an arrow pans.',
  selected: (date: string, title: string) => `Selected: ${date}, ${title}.`,
  /** What a mark's name adds after its date and title: its lane (actors), category and period. */
  markContext: (actors: string, category: string | null, period: string | null) =>
    [actors ? `Actors: ${actors}` : '', category ? `Category: ${category}` : '', period ? `Period: ${period}` : ''].filter(Boolean).join('. '),
  markName: (date: string, title: string, context: string) => (context ? `${date}: ${title}. ${context}` : `${date}: ${title}`),
  eventsOnTimeline: 'Events',
  groupedOnTimeline: 'Grouped events',
  /** Where a badge's events lie: their lane and dates. */
  clusterPlace: (lane: string | null, from: string, to: string) => `${lane ? `${lane}, ` : ''}${from === to ? from : `${from} – ${to}`}`,
  /** A break in folded time: what it hides, and what pressing it does. */
  unfoldBreak: (duration: string) => `${duration} with no events, folded; unfold`,
  foldToggle: 'Fold empty time',
  unfolded: (duration: string) => `${duration} unfolded`,
  unfoldedAll: 'Time unfolded: every stretch at its true length',
  noMatch: 'No events match the filters.',
  // Badges and slices: each name starts with the badge's own words, so what is seen is what is heard.
  grouped: (count: number, n: string) => (count === 1 ? '1 event grouped here' : `${n} events grouped here`),
  beganEarlier: (count: number, n: string) => `${n} began earlier: ${count === 1 ? '1 event that runs' : `${n} events that run`} into view`,
  beganEarlierBadge: (n: string) => `↑ ${n} began earlier`,
  slice: (shown: string, exact: string | null, from: string, to: string) => `${shown} events${exact ? ` (${exact})` : ''}, ${from} – ${to}`,
  zoomInto: 'zoom in',
  listThem: 'list them',
  showThem: 'show them here',
  showMore: 'More',
  showLess: 'Less',
  moreActions: 'More actions',
  // Dates
  circa: (date: string) => `c. ${date}`,
  before: (date: string) => `before ${date}`,
  after: (date: string) => `after ${date}`,
  // Details
  amounts: 'Amounts',
  sources: 'Sources',
  related: 'related',
  // Sources with an identity (issue 17): a second-hand report, an article's headline, a quote's source
  reportedBy: (name: string, reporter: string) => `${name}, as reported by ${reporter}`,
  // Embed
  searchShort: 'Search',
  matchShort: (matching: string, total: string) => `${matching} of ${total}`,
  clear: 'Clear',
  openFullView: 'Open full view',
  sourcesLine: (names: string, more: number) => `Sources: ${names}${more > 0 ? `; and ${more} more` : ''}`,
  noSources: 'Sources: none given',
  // List, dialogs
  close: 'Close',
  // Export
  exportCsv: 'Events as CSV',
  exportJson: 'Events as JSON',
  exportSvg: 'Timeline as SVG',
  exportPng: 'Timeline as PNG',
  print: 'Print…',
  embedInPage: 'Embed in a page…',
  // Problems and your own data
  showingYourData: 'Showing your data:',
  edit: 'Edit',
  editTitle: 'Edit this timeline: a copy is kept as a draft in this browser',
  staysOnReload: 'It stays here when you reload.',
  backToBundled: 'Back to the bundled timeline',
  // Presenting
  zoomToNamed: (title: string) => `Zoom to ${title}`,
  loadingList: 'Loading the list…',
  // Loading (issue 18): progress and Cancel while a dataset arrives, Try again once a download failed.
  // Sizes come worded ("1.2 MB"); why a load failed is a problem code (data/problems.ts).
  loading: 'Loading the timeline…',
  cannotShow: (problem: string) => `This dataset could not be shown: ${problem}`,
  seeProblems: 'see the problems above.',
  loadingReceived: (received: string) => `${received} received`,
  loadingOf: (received: string, total: string, percent: number) => `${received} of ${total} (${percent}%)`,
  cancelLoading: 'Cancel',
  cancelLoadingHint: 'Stop loading this dataset',
  tryAgain: 'Try again',
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : T[K] };

/** What the first view needs, built into the core. */
export type CoreMessages = Widen<typeof en>;
/** Every string: what other languages' catalogues hold (the English rest is in en-more.ts). */
export type Messages = CoreMessages & Widen<typeof enMore> & Widen<typeof enBuilder> & Widen<typeof enEditor> & Widen<typeof enEmbed>;
