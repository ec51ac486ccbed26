/**
 * The timeline: readiness attributes of the design doc, the measured canvas, the pure
 * query → layout pipeline, and the zoom behaviour. Only this component and the axis follow the window.
 */
import { Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { connectionsOf } from '../data/relations';
import { queryTerms } from '../data/highlight';
import { countInWindow } from '../data/laneIndex';
import { warmSearchText } from '../data/buildIndex';
import { primeFilters } from '../data/queryVisible';
import { membersOf, type ClusterTarget } from '../layout/densityBand';
import { estimateTextWidth, LANE_HEADER, layoutLanes, ROW_HEIGHT } from '../layout/layoutMarks';
import { layoutPeriods } from '../layout/periods';
import { shapeAt, type Shape } from '../layout/shapes';
import { timeTicks, type AxisTicks } from '../time/ticks';
import { timeScale } from '../time/timeScale';
import { formatDay, formatEventDate } from '../time/format';
import { formatCount } from '../i18n/messages';
import { useMessages, useTimeline, useTimelineStore } from '../store/StoreContext';
import {
  selectFilteredCount, selectFilters, selectIndex, selectLaneIndex, selectAnimate, selectLimits, selectOrientation, selectProblems, selectSelectedId, selectStatus, selectWindow,
} from '../store/selectors';
import { ClusterList, prefetchLazyParts, VerticalTimeline } from '../lazyParts';
import { problemMessage, problemWhere } from '../i18n/problemText';
import { PERIOD_STRIP } from './PeriodBands';
import { AxisSvg, svgHeight, TimelineSvg } from './TimelineSvg';
import { AXIS_HEIGHT } from './TimeAxis';
import { LoadFailed, LoadingState } from './LoadingState';
import { useElementSize } from './useElementSize';
import { useZoomBehavior } from './useZoomBehavior';
import { useAnimatedWindow } from './useAnimatedWindow';
import { windowAround } from './zoomMath';

const FALLBACK_COLOR = '#6b7280';
/**
 * Below this width the timeline runs vertically. At 375–430 px (phones held upright) a horizontal
 * axis leaves ~10 px a month at the bundled data's zoom and labels collapse into clusters; a column
 * of labels reads like the list it is. At 560 px and wider (landscape phones, tablets) horizontal
 * lanes have room again. The screenshots in test-results/screenshots/orientation-*.png compare both.
 */
export const VERTICAL_BELOW = 560;
/** The window as calendar days, for tests and embedders that want to know what is in view. */
const toIsoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** `scale` enlarges the type (and rows, axis and strips with it), e.g. for presenting on a projector. */
export function Timeline({ scale = 1, orientation: forced }: { scale?: number; orientation?: 'horizontal' | 'vertical' } = {}) {
  const store = useTimelineStore();
  const status = useTimeline(selectStatus);
  const index = useTimeline(selectIndex);
  const target = useTimeline(selectWindow);
  const animate = useTimeline(selectAnimate);
  // What is drawn: the store's window, or a frame of the glide towards it.
  const window = useAnimatedWindow(target, animate);
  const limits = useTimeline(selectLimits);
  const filteredCount = useTimeline(selectFilteredCount);
  const laneIndex = useTimeline(selectLaneIndex);
  const selectedId = useTimeline(selectSelectedId);
  const [canvasRef, size] = useElementSize<HTMLDivElement>();
  const svgRef = useRef<SVGSVGElement>(null);
  const [openCluster, setOpenCluster] = useState<ClusterTarget | null>(null);

  const { width } = size;
  const lanesHeight = Math.max(size.height - PERIOD_STRIP * scale, 120);
  const dataset = index?.dataset;
  const chosen = useTimeline(selectOrientation);
  const orientation = forced ?? chosen ?? (width > 0 && width < VERTICAL_BELOW ? 'vertical' : 'horizontal');
  const vertical = orientation === 'vertical';
  // Time runs along the width, or down the height on a vertical timeline.
  const timeLength = vertical ? size.height : width;

  // Events drawn or counted in clusters: exact, from two binary searches per lane.
  const visibleCount = useMemo(
    () => (laneIndex && window ? laneIndex.lanes.reduce((n, lane) => n + countInWindow(lane, window), 0) : 0),
    [laneIndex, window],
  );
  // Drawn even where it would vanish into a band or a badge, and announced.
  const pinned = (selectedId && index?.byId.get(selectedId)) || null;
  // Nothing is laid out before the timeline has a size: the first render only measures it.
  const x = useMemo(() => (window && timeLength > 0 ? timeScale([window.from, window.to], [0, timeLength]) : null), [window, timeLength]);
  const layout = useMemo(
    () => (x && laneIndex && !vertical ? layoutLanes(laneIndex, {
          x, width, height: lanesHeight, pinned,
          rowHeight: ROW_HEIGHT * scale, laneHeader: LANE_HEADER * scale, measure: (t) => estimateTextWidth(t) * scale,
        }) : null),
    [laneIndex, x, width, lanesHeight, pinned, vertical, scale],
  );
  const bands = useMemo(
    () => (x && dataset && !vertical ? layoutPeriods(dataset.periods, x, width, (t) => estimateTextWidth(t) * scale) : []),
    [x, dataset, width, vertical, scale],
  );
  const vertBands = useMemo(
    () => (x && dataset && vertical ? dataset.periods.map((period, index) => ({ period, index, y0: x(period.start.start), y1: x(period.end.end) })) : []),
    [x, dataset, vertical],
  );
  // Larger type needs wider spacing: choose ticks for a narrower axis, then stretch them back.
  const ticks = useMemo(() => (window && timeLength > 0 ? scaleTicks(timeTicks(window.from, window.to, timeLength / scale), scale) : null), [window, timeLength, scale]);
  const related = useMemo(
    () => new Set(index && selectedId ? connectionsOf(index, selectedId).map((c) => c.event.id) : []),
    [index, selectedId],
  );
  const query = useTimeline(selectFilters).query;
  const terms = useMemo(() => queryTerms(query), [query]);
  const colors = useMemo(() => new Map(dataset?.actors.map((a) => [a.id, a.color])), [dataset]);
  const colorOf = useCallback((id: string | undefined) => (id && colors.get(id)) || FALLBACK_COLOR, [colors]);
  const shapes = useMemo(() => new Map(dataset?.actors.map((a, i) => [a.id, shapeAt(i)])), [dataset]);
  const shapeOf = useCallback((id: string | undefined): Shape => (id && shapes.get(id)) || 'circle', [shapes]);

  const canDraw = status === 'ready' && (layout !== null || (vertical && x !== null)) && ticks !== null && width > 0;
  const svgH = layout ? svgHeight(layout, scale) : size.height;
  useZoomBehavior(svgRef, store, canDraw ? target : null, limits, width, svgH, vertical ? 'y' : 'x');

  const onSelect = useCallback((id: string) => store.getState().select(id), [store]);
  const onPeriod = useCallback((id: string) => store.getState().showPeriod(id), [store]);
  const onCluster = useCallback(
    (cluster: ClusterTarget) => {
      const { window: w, limits: l, setWindow } = store.getState();
      if (!w) return;
      const target = windowAround(cluster.from, cluster.to, l);
      // Events that share a day cannot be pulled apart by zooming: list them instead.
      if (target.to - target.from > 0.8 * (w.to - w.from)) setOpenCluster(cluster);
      else setWindow(target);
    },
    [store],
  );

  const state = status === 'error' ? 'error' : canDraw ? 'ready' : 'loading';
  useEffect(() => {
    if (state === 'ready') prefetchLazyParts(store.getState().embed);
  }, [state, store]);
  useEffect(() => {
    if (state === 'ready' && index) warmSearchText(index, () => primeFilters(index, store.getState().lanes));
  }, [state, index, store]);
  const problems = useTimeline(selectProblems);
  const firstError = problems.find((p) => p.level === 'error');
  const t = useMessages();
  // A load failure says what became of the file ("x.json could not be fetched…"); any other names its place first.
  const problemSummary = !firstError
    ? t.seeProblems
    : firstError.place?.code === 'loading'
      ? `${firstError.source} ${problemMessage(firstError, t)}.`
      : `${firstError.source}, ${problemWhere(firstError, t)}: ${problemMessage(firstError, t)}.`;
  const label = dataset ? t.timelineName(dataset.title) : t.timelineView;
  const descriptionId = `${useId()}-description`;
  const description = window
    ? t.timelineDescription(formatDay(window.from), formatDay(window.to - 1), formatCount(visibleCount), formatCount(index?.events.length ?? 0))
    : '';
  useFocusFollowsSelection(canvasRef, selectedId, x);

  // What both orientations draw with.
  const shared = { svgRef, width, colorOf, shapeOf, selectedId, related, terms, onSelect, onCluster, onPeriod, label, describedBy: descriptionId };

  return (
    <div
      className="timeline"
      // The skip link's target; it hands focus on to the timeline's tab stop.
      id="timeline"
      tabIndex={-1}
      data-testid="timeline"
      data-state={state}
      data-event-count={index?.events.length ?? 0}
      data-visible-count={visibleCount}
      data-orientation={orientation}
      data-from={window ? toIsoDay(window.from) : undefined}
      data-to={window ? toIsoDay(window.to) : undefined}
    >
      <p id={descriptionId} className="visually-hidden">{description}</p>
      {/* Says what the arrow keys, a click or a link selected; the details follow the timeline. */}
      <p className="visually-hidden" aria-live="polite">{pinned ? t.selected(formatEventDate(pinned), pinned.title) : ''}</p>
      <div className="timeline-canvas" ref={canvasRef}>
        {canDraw && vertical && x && (
          <Suspense fallback={null}>
          {laneIndex && <VerticalTimeline {...shared} ticks={ticks} height={size.height} index={laneIndex} y={x} periods={vertBands} pinned={pinned} />}
          </Suspense>
        )}
        {canDraw && layout && (
          <TimelineSvg
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
            onCluster={onCluster}
            onPeriod={onPeriod}
            label={label}
            describedBy={descriptionId}
          />
        )}
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
            top={PERIOD_STRIP * scale + openCluster.y}
            left={openCluster.x}
            width={width}
          />
          </Suspense>
        )}
        {status === 'loading' && <LoadingState />}
        {status === 'error' && <LoadFailed summary={problemSummary} problem={firstError} />}
        {status === 'ready' && filteredCount === 0 && (
          <p className="timeline-message">{t.noMatch}</p>
        )}
      </div>
      {canDraw && layout ? (
        <AxisSvg ticks={ticks} width={width} scale={scale} />
      ) : (
        // The axis's room is kept from the first render, so the canvas measured then is the one drawn
        // in: no second layout (and no jump of the lanes) when the axis appears.
        !vertical && <div className="axis-svg" style={{ height: AXIS_HEIGHT * scale }} aria-hidden="true" />
      )}
    </div>
  );
}

function scaleTicks(ticks: AxisTicks, scale: number): AxisTicks {
  if (scale === 1) return ticks;
  const stretch = (list: AxisTicks['minor']) => list.map((t) => ({ ...t, x: t.x * scale }));
  return { ...ticks, minor: stretch(ticks.minor), major: stretch(ticks.major) };
}

/**
 * The arrow keys move the selection (commands.ts); when focus is on the timeline it follows, to the
 * selected event's mark, once that is drawn (the window may still be gliding towards it). A mark that
 * scrolls out of the window takes focus with it, so "focus is on the timeline" is remembered from the
 * last time focus entered or deliberately left it.
 */
function useFocusFollowsSelection(canvasRef: React.RefObject<HTMLDivElement | null>, selectedId: string | null, drawn: unknown) {
  const inside = useRef(false);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const onIn = () => (inside.current = true);
    const onOut = (e: FocusEvent) => {
      if (e.relatedTarget instanceof Node && !canvas.contains(e.relatedTarget)) inside.current = false;
    };
    canvas.addEventListener('focusin', onIn);
    canvas.addEventListener('focusout', onOut);
    return () => {
      canvas.removeEventListener('focusin', onIn);
      canvas.removeEventListener('focusout', onOut);
    };
  }, [canvasRef]);
  useEffect(() => {
    const canvas = canvasRef.current;
    const active = document.activeElement;
    if (!selectedId || !canvas || !inside.current) return;
    if (active && active !== document.body && !canvas.contains(active)) return;
    if (active?.getAttribute('data-event-id') === selectedId) return;
    for (const mark of canvas.querySelectorAll<SVGGElement>('[data-event-id]')) if (mark.getAttribute('data-event-id') === selectedId) mark.focus();
  }, [canvasRef, selectedId, drawn]);
}
