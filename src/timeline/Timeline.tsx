/**
 * The timeline: the readiness attributes of the design doc, the measured canvas, the layout of the
 * lanes (useLanesLayout.ts), the zoom behaviour, and the words a screen reader hears. Only this
 * component and the axis follow the window.
 */
import { toDateForm } from '../time/partialDate';
import { Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { connectionsOf } from '../data/relations';
import { queryTerms } from '../data/highlight';
import { countInWindow } from '../data/laneIndex';
import type { Period } from '../data/types';
import type { TimeWindow } from '../data/queryVisible';
import { membersOf, type ClusterTarget } from '../view/densityBand';
import { formatDay, formatDuration, formatEventDate } from '../i18n/format';
import { formatCount, messages } from '../i18n/messages';
import { useTimeline, useTimelineStore } from '../store/StoreContext';
import { markNamer } from '../i18n/markNames';
import { useMessages } from '../i18n/useMessages';
import {
  selectFilteredCount,
  selectFilters,
  selectIndex,
  selectLaneIndex,
  selectAnimate,
  selectLimits,
  selectFold,
  selectOrientation,
  selectTimeRtl,
  selectProblems,
  selectSelectedId,
  selectStatus,
  selectWindow,
} from '../store/selectors';
import { ClusterList, foldControlsPart, loadFailedPart, loadingPart, useLanesKit, VerticalTimeline } from './parts';
import { useAfterReady } from '../ui/lazyPart';
import { focused } from '../ui/announce';
import { AXIS_HEIGHT, periodStrip } from './sizes';
import { periodLines } from '../view/periods';
import { estimateTextWidth } from '../view/textWidth';
import { useElementSize } from './useElementSize';
import { useZoomBehavior } from './useZoomBehavior';
import { useAnimatedWindow } from './useAnimatedWindow';
import { useLanesLayout } from './useLanesLayout';
import { useMarkStyle } from './useMarkStyle';
import { useFocusFollowsSelection } from './useFocusFollowsSelection';
import { windowAround } from '../view/zoomMath';
import { foldsOf } from '../view/foldedLimits';

/**
 * Below this width the timeline runs vertically. At 375–430 px (phones held upright) a horizontal
 * axis leaves ~10 px a month at the bundled data's zoom and labels collapse into clusters; a column
 * of labels reads like the list it is. At 560 px and wider (landscape phones, tablets) horizontal
 * lanes have room again. The screenshots in test-results/screenshots/orientation-*.png compare both.
 */
export const VERTICAL_BELOW = 560;
/** The window as calendar days, for tests and embedders that want to know what is in view. */
const toIsoDay = (ms: number) => toDateForm(ms, 'day');

export interface TimelineProps {
  /** Enlarges the type (and rows, axis and strips with it), e.g. for presenting on a projector. */
  scale?: number;
  orientation?: 'horizontal' | 'vertical';
  /** Called each time the timeline is drawn after loading: the app fetches what a reader opens next. */
  onReady?: () => void;
  /** What to say where the dataset has no events at all (the editor's blank timeline), instead of "no match". */
  empty?: string;
}

const NO_PERIODS: Period[] = [];
const NO_DATASET = { actors: [], categories: [], periods: [] };

export function Timeline({ scale = 1, orientation: forced, onReady, empty }: TimelineProps = {}) {
  const store = useTimelineStore();
  const status = useTimeline(selectStatus);
  const index = useTimeline(selectIndex);
  const target = useTimeline(selectWindow);
  const animate = useTimeline(selectAnimate);
  // What is drawn: the store's window, or a frame of the glide towards it.
  const limits = useTimeline(selectLimits);
  const folds = limits.folds ?? null;
  const window = useAnimatedWindow(target, animate, folds);
  const filteredCount = useTimeline(selectFilteredCount);
  const laneIndex = useTimeline(selectLaneIndex);
  const selectedId = useTimeline(selectSelectedId);
  const [canvasRef, size] = useElementSize<HTMLDivElement>();
  const svgRef = useRef<SVGSVGElement>(null);
  const [openCluster, setOpenCluster] = useState<ClusterTarget | null>(null);

  const { width } = size;
  const dataset = index?.dataset;
  const chosen = useTimeline(selectOrientation);
  const orientation = forced ?? chosen ?? (width > 0 && width < VERTICAL_BELOW ? 'vertical' : 'horizontal');
  const vertical = orientation === 'vertical';
  // Time runs right to left (Arabic, Hebrew…, or axis=rtl): the drawings are mirrored whole (styles.css
  // .time-rtl); a vertical one keeps time running down, its axis and cards on the mirrored sides.
  const rtlTime = useTimeline(selectTimeRtl);
  // The period names' strip: one line, or two where a name would be cut at the widest view.
  const periods = dataset?.periods ?? NO_PERIODS;
  const stripLines = useMemo(
    () => (vertical ? 1 : periodLines(periods, limits, limits.folds ?? null, width, (t) => estimateTextWidth(t) * scale)),
    [vertical, periods, limits, width, scale],
  );
  const strip = periodStrip(stripLines) * scale;
  const lanesHeight = Math.max(size.height - strip, 120);
  // Time runs along the width, or down the height on a vertical timeline.
  const timeLength = vertical ? size.height : width;

  // Events drawn or counted in clusters: exact, from two binary searches per lane.
  const visibleCount = useMemo(() => (laneIndex && window ? laneIndex.lanes.reduce((n, lane) => n + countInWindow(lane, window), 0) : 0), [laneIndex, window]);
  // Drawn even where it would vanish into a band or a badge, and announced.
  const pinned = (selectedId && index?.byId.get(selectedId)) || null;
  // Asked for once the canvas is measured: before that, a phone would look horizontal for a render.
  const kit = useLanesKit(!vertical && width > 0);
  const { x, layout, bands, ticks } = useLanesLayout({
    kit,
    laneIndex,
    window,
    limits,
    periods,
    periodLines: stripLines,
    width,
    lanesHeight,
    timeLength,
    vertical,
    scale,
    pinned,
  });
  const vertBands = useMemo(
    () => (x && dataset && vertical ? dataset.periods.map((period, i) => ({ period, index: i, y0: x(period.start.start), y1: x(period.end.end) })) : []),
    [x, dataset, vertical],
  );
  const related = useMemo(() => new Set(index && selectedId ? connectionsOf(index, selectedId).map((c) => c.event.id) : []), [index, selectedId]);
  const query = useTimeline(selectFilters).query;
  const terms = useMemo(() => queryTerms(query), [query]);
  const { colorOf, shapeOf } = useMarkStyle(dataset);
  const t = useMessages();
  const nameOf = useMemo(() => markNamer(dataset ?? NO_DATASET, t), [dataset, t]);

  const canDraw = status === 'ready' && (layout !== null || (vertical && x !== null)) && ticks !== null && width > 0;
  const svgH = layout && kit ? kit.svgHeight(layout, scale, stripLines) : size.height;
  useZoomBehavior(svgRef, store, canDraw ? target : null, limits, width, svgH, vertical ? 'y' : 'x');

  const onSelect = useCallback((id: string) => store.getState().select(id), [store]);
  const onPeriod = useCallback((id: string) => store.getState().showPeriod(id), [store]);
  const [foldNews, setFoldNews] = useState('');
  // The pressed break goes away: focus moves to the timeline it opened, and the change is announced.
  const onOpenFold = useCallback(
    (from: number) => {
      const fold = store.getState().limits.folds?.list.find((f) => f.from === from);
      store.getState().openFold(from);
      canvasRef.current?.closest<HTMLElement>('.timeline')?.focus();
      if (fold) setFoldNews(messages().unfolded(formatDuration(fold.to - fold.from, 'long')));
    },
    [store, canvasRef],
  );
  const foldable = index ? foldsOf(index) !== null : false;
  const foldControls = useAfterReady(foldControlsPart, canDraw && !vertical && foldable);
  const folded = useTimeline(selectFold);
  const onToggleFold = useCallback(() => {
    const { fold, setFold } = store.getState();
    setFold(!fold);
    setFoldNews(fold ? messages().unfoldedAll : '');
  }, [store]);
  const focusAfterZoom = useRef<{ to: TimeWindow; ids: readonly string[] } | null>(null);
  const onCluster = useCallback(
    (cluster: ClusterTarget) => {
      const { timeWindow: w, limits: l, setWindow } = store.getState();
      if (!w) return;
      const around = windowAround(cluster.from, cluster.to, l);
      // Events that share a day cannot be pulled apart by zooming: list them instead.
      if (around.to - around.from > 0.8 * (w.to - w.from)) return setOpenCluster(cluster);
      // A badge pressed from the keyboard goes away as the window zooms: focus goes to its first event.
      const fromKeys = focused()?.hasAttribute('data-cluster-count');
      setWindow(around);
      if (fromKeys) focusAfterZoom.current = { to: store.getState().timeWindow!, ids: cluster.ids ?? [] };
    },
    [store],
  );
  useEffect(() => {
    const pending = focusAfterZoom.current;
    const canvas = canvasRef.current;
    // Once the glide has arrived (the badges re-form on every frame of it).
    if (!pending || !canvas || !window || window.from !== pending.to.from || window.to !== pending.to.to) return;
    focusAfterZoom.current = null;
    const marks = [...canvas.querySelectorAll<SVGGElement>('[data-event-id]')];
    const first = pending.ids.map((id) => marks.find((m) => m.getAttribute('data-event-id') === id)).find(Boolean);
    (first ?? canvas.querySelector<SVGGElement>('[data-cluster-count]') ?? canvas.closest<HTMLElement>('.timeline'))?.focus();
  }, [window, layout, canvasRef]);

  const state = status === 'error' ? 'error' : canDraw ? 'ready' : 'loading';
  useEffect(() => {
    if (state === 'ready') onReady?.();
  }, [state, onReady]);
  const problems = useTimeline(selectProblems);
  const firstError = problems.find((p) => p.level === 'error');
  const label = dataset ? t.timelineName(dataset.title) : t.timelineView;
  const descriptionId = `${useId()}-description`;
  const description = window
    ? t.timelineDescription(formatDay(window.from), formatDay(window.to - 1), formatCount(visibleCount), formatCount(index?.events.length ?? 0))
    : '';
  useFocusFollowsSelection(canvasRef, selectedId, x);

  // What both orientations draw with.
  const shared = { svgRef, width, colorOf, shapeOf, selectedId, related, terms, onSelect, nameOf, onCluster, onPeriod, label, describedBy: descriptionId };

  return (
    <div
      className={rtlTime ? 'timeline time-rtl' : 'timeline'}
      // The skip link's target; it hands focus on to the timeline's tab stop.
      id="timeline"
      tabIndex={-1}
      data-testid="timeline"
      data-state={state}
      data-event-count={index?.events.length ?? 0}
      data-visible-count={visibleCount}
      data-orientation={orientation}
      data-axis={rtlTime ? 'rtl' : 'ltr'}
      data-from={window ? toIsoDay(window.from) : undefined}
      data-to={window ? toIsoDay(window.to) : undefined}
    >
      <p id={descriptionId} className="visually-hidden">
        {description}
      </p>
      {/* Says what the arrow keys, a click or a link selected; the details follow the timeline. */}
      <p className="visually-hidden" aria-live="polite">
        {pinned ? t.selected(formatEventDate(pinned), pinned.title) : ''}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {foldNews}
      </p>
      <div className="timeline-canvas" ref={canvasRef}>
        {canDraw && vertical && x && (
          <Suspense fallback={null}>
            {laneIndex && (
              <VerticalTimeline
                {...shared}
                ticks={ticks}
                height={size.height}
                index={laneIndex}
                y={x}
                periods={vertBands}
                pinned={pinned}
                onOpenFold={onOpenFold}
                pictures={dataset?.thumbnails}
              />
            )}
          </Suspense>
        )}
        {canDraw && layout && kit && (
          <kit.TimelineSvg
            svgRef={svgRef}
            width={width}
            layout={layout}
            bands={bands}
            ticks={ticks}
            colorOf={colorOf}
            shapeOf={shapeOf}
            selectedId={selectedId}
            related={related}
            terms={terms}
            onSelect={onSelect}
            nameOf={nameOf}
            onCluster={onCluster}
            onPeriod={onPeriod}
            label={label}
            describedBy={descriptionId}
            breaks={x?.breaks}
            stripLines={stripLines}
            pictures={dataset?.thumbnails}
          />
        )}
        {canDraw && layout && kit && <kit.LabelPeek svgRef={svgRef} layout={layout} />}
        {openCluster && laneIndex && index && (
          <Suspense fallback={null}>
            <ClusterList
              cluster={openCluster}
              events={openCluster.ids ? openCluster.ids.map((id) => index.byId.get(id)!).filter(Boolean) : membersOf(laneIndex, openCluster)}
              onSelect={(id) => {
                setOpenCluster(null);
                onSelect(id);
              }}
              onClose={() => setOpenCluster(null)}
              top={strip + openCluster.y}
              left={rtlTime ? width - openCluster.x : openCluster.x}
              width={width}
            />
          </Suspense>
        )}
        <Suspense fallback={null}>
          {status === 'loading' && <loadingPart.Component />}
          {status === 'error' && <loadFailedPart.Component problem={firstError} />}
        </Suspense>
        {status === 'ready' && filteredCount === 0 && <p className="timeline-message">{(!dataset?.events.length && empty) || t.noMatch}</p>}
      </div>
      {canDraw && layout && kit ? (
        <div className="axis-wrap">
          <kit.AxisSvg ticks={ticks} width={width} scale={scale} breaks={x?.breaks} reserveRight={foldable ? 34 : 0} />
          {foldControls && (
            <foldControlsPart.Component
              breaks={x?.breaks ?? []}
              onOpen={onOpenFold}
              scale={scale}
              foldable={foldable}
              folded={folded}
              onToggle={onToggleFold}
              mirror={rtlTime}
            />
          )}
        </div>
      ) : (
        // The axis's room is kept from the first render, so the canvas measured then is the one drawn
        // in: no second layout (and no jump of the lanes) when the axis appears.
        !vertical && <div className="axis-svg" style={{ height: AXIS_HEIGHT * scale }} aria-hidden="true" />
      )}
    </div>
  );
}
