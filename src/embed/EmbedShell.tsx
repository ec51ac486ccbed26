/**
 * The embed view (`?embed=1`): compact filters, the timeline, details in the flow of the page
 * (so the frame grows to show them), and a footer with title, sources and a link to the full view.
 * Loaded only in embeds.
 */
import { Suspense, useEffect, useRef, type ReactNode } from 'react';
import { DetailPanel, ProblemList } from '../ui/parts';
import { useTimeline, useTimelineStore } from '../store/StoreContext';
import { selectProblems, selectSelectedId } from '../store/selectors';
import { startEmbedBridge } from './embedBridge';
import { EmbedFilters, EmbedFooter, EmbedTitle } from './EmbedChrome';
import { GestureControls, useEmbedGestures } from './EmbedGestures';
import './embed.css';

/**
 * `timeline` is the timeline the app puts in the frame: features meet in app/, they do not import each
 * other. A web component (`bridge={false}`) is in its host page, not a frame: it talks by DOM events.
 */
export function EmbedShell({ timeline, bridge = true }: { timeline: ReactNode; bridge?: boolean }) {
  const store = useTimelineStore();
  const content = useRef<HTMLDivElement>(null);
  const hasSelection = useTimeline(selectSelectedId) !== null;
  const hasProblems = useTimeline(selectProblems).length > 0;
  useEffect(() => (bridge && content.current ? startEmbedBridge(store, content.current) : undefined), [store, bridge]);
  const gestures = useEmbedGestures(content);
  return (
    <div className="app embed" ref={content} data-has-selection={hasSelection} data-gestures={gestures.mode}>
      {hasProblems && (
        <Suspense fallback={null}>
          <ProblemList />
        </Suspense>
      )}
      <EmbedTitle />
      <EmbedFilters />
      <main className="main">
        <div className="views">
          <div className="timeline-view">
            {timeline}
            <GestureControls exploring={gestures.exploring} onExplore={gestures.setExploring} hint={gestures.hint} fixed={gestures.fixed} />
          </div>
        </div>
      </main>
      {hasSelection && (
        <Suspense fallback={null}>
          <DetailPanel />
        </Suspense>
      )}
      <EmbedFooter />
    </div>
  );
}
