/**
 * The timeline with time running down, for narrow screens: axis on the left, a thin track per
 * lane, events as cards in one column joined to their marks. A pure view of layoutVertical, plus
 * the bubbles a reader expanded (they open in place as cards, until the window moves).
 */
import { Suspense, useEffect, useMemo, useRef, useState } from 'react';
import './vertical.css';
import { focused } from '../../ui/announce';
import type { Period, TimelineEvent } from '../../data/types';
import type { LaneIndex } from '../../data/laneIndex';
import { leadActor } from '../../data/lanes';
import type { VerticalCluster, VerticalLayout } from './layoutVertical';
import { AXIS_WIDTH, axisLines, layoutVerticalIndex, PERIOD_WIDTH } from './layoutVertical';
import type { ScaleBreak, TimeScale } from '../../time/timeScale';
import { FoldBands } from '../FoldBreaks';
import { formatDuration, inDrawing } from '../../i18n/format';
import { fitLabel } from '../../view/periods';
import { onGroupsKeyDown, tabStopOf, type SharedSvgProps } from '../markProps';
import { useMessages } from '../../i18n/useMessages';
import { cardTextMeasure } from './measureCardText';
import { VerticalBubble, VerticalCard } from './VerticalCard';
import { markPicturesPart } from '../parts';

/** A bubble of more events than this zooms in rather than opening in place (the cards would run for screens). */
const EXPAND_MAX = 40;

export interface VerticalTimelineProps extends Omit<VerticalTimelineSvgProps, 'layout' | 'onExpand'> {
  index: LaneIndex;
  y: TimeScale;
  pinned: TimelineEvent | null;
}

const NONE: ReadonlySet<string> = new Set();
const NO_BREAKS: readonly ScaleBreak[] = [];

/** The vertical timeline with its layout: a chunk of its own, fetched only where screens are narrow. */
export function VerticalTimeline({ index, y, pinned, ...props }: VerticalTimelineProps) {
  const { width, height } = props;
  // Expanded bubbles belong to the window they were opened in: a zoom or a pan folds them again.
  const [opened, setOpened] = useState<{ y: TimeScale; ids: ReadonlySet<string> } | null>(null);
  const expanded = opened?.y === y ? opened.ids : NONE;
  const measure = cardTextMeasure();
  // As on the horizontal timeline (useLanesLayout.ts): laid out anew for the selection only when the
  // selected event would otherwise wait in a bubble, so a click redraws only the marks it changes.
  const base = useMemo(() => layoutVerticalIndex(index, { y, width, height, pinned: null, expanded, measure }), [index, y, width, height, expanded, measure]);
  const hidden = pinned !== null && !base.marks.some((m) => m.event === pinned);
  const layout = useMemo(
    () => (hidden ? layoutVerticalIndex(index, { y, width, height, pinned, expanded, measure }) : base),
    [hidden, base, index, y, width, height, pinned, expanded, measure],
  );
  // Focus goes to the first card of an expanded bubble (the bubble itself is gone).
  // The document, or a web component's shadow root: the drawing may be a new element by then.
  const focusNext = useRef<{ id: string; root: ParentNode } | null>(null);
  useEffect(() => {
    const next = focusNext.current;
    if (!next) return;
    focusNext.current = null;
    next.root.querySelector<SVGGElement>(`svg.vertical [data-event-id="${CSS.escape(next.id)}"]`)?.focus();
  }, [layout]);
  const onExpand = (c: VerticalCluster) => {
    if (!c.ids || c.ids.length > EXPAND_MAX) return props.onCluster({ ...c, x: layout.cardX });
    const svg = focused()?.closest('svg.vertical');
    if (svg && c.ids[0]) focusNext.current = { id: c.ids[0], root: svg.getRootNode() as ParentNode };
    setOpened({ y, ids: new Set([...expanded, ...c.ids]) });
  };
  return <VerticalTimelineSvg {...props} layout={layout} onExpand={onExpand} breaks={y.breaks} />;
}

export interface VerticalTimelineSvgProps extends SharedSvgProps {
  height: number;
  layout: VerticalLayout;
  periods: { period: Period; y0: number; y1: number; index: number }[];
  onExpand: (cluster: VerticalCluster) => void;
  /** Folded time's breaks, as y ranges down the column. */
  breaks?: readonly ScaleBreak[];
  /** Unfolds the break that starts at `from` (a tap on its label). */
  onOpenFold?: (from: number) => void;
  /** Each event's picture on its knob: the dataset's `thumbnails`. */
  pictures?: boolean;
}

export function VerticalTimelineSvg(props: VerticalTimelineSvgProps) {
  const {
    width,
    layout,
    periods,
    breaks = NO_BREAKS,
    ticks,
    colorOf,
    shapeOf,
    selectedId,
    related,
    terms,
    onSelect,
    nameOf,
    onExpand,
    onPeriod,
    svgRef,
    label,
    describedBy,
    pictures,
  } = props;
  // Expanded cards may need more than the canvas: the drawing grows and the canvas scrolls.
  const height = layout.height;
  const tabStop = tabStopOf(layout.marks, selectedId, (m) => m.cardY);
  const words = useMessages();
  return (
    <svg
      ref={svgRef}
      className={height > props.height ? 'timeline-svg vertical taller' : 'timeline-svg vertical'}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label={label}
      aria-describedby={describedBy}
    >
      <rect className="timeline-bg" width={width} height={height} />
      <g className="periods" aria-hidden="true">
        {periods.map(({ period, y0, y1, index }) => {
          const top = Math.max(y0, 0);
          const length = Math.max(0, Math.min(y1, height) - top);
          // The name runs down to the band's end or its first fold, whichever comes first: a fold would cover it.
          const fold = breaks.find((b) => b.x0 > top && b.x0 < top + length);
          const title = fitLabel(period.title, (fold ? fold.x0 : top + length) - top - 8);
          return (
            <g key={period.id} className={`period period-${index % 2 ? 'b' : 'a'}`}>
              <rect className="period-band" x={0} y={top} width={width} height={length} />
              <rect className="period-head" x={AXIS_WIDTH} y={top} width={PERIOD_WIDTH} height={length} onClick={() => onPeriod(period.id)} />
              {y0 > 0 && <line className="period-edge" x1={AXIS_WIDTH} x2={width} y1={y0} y2={y0} />}
              {title && (
                // Turned in a group of its own: a mirrored drawing turns the text itself back (styles.css .time-rtl).
                <g transform={`translate(${AXIS_WIDTH + 13},${top + 4}) rotate(90)`}>
                  <text className="period-label">{title}</text>
                </g>
              )}
            </g>
          );
        })}
      </g>
      <g className="grid" aria-hidden="true">
        <path d={ticks.minor.map((t) => `M${AXIS_WIDTH},${t.x}H${width}`).join('')} />
      </g>
      {/* The horizontal timeline's fold bands, turned a quarter: x and y swap places. */}
      {breaks.length > 0 && (
        <g transform="matrix(0 1 1 0 0 0)">
          <FoldBands breaks={breaks} height={width} />
        </g>
      )}
      <g className="axis vertical-axis" aria-hidden="true">
        <rect className="axis-bg" width={AXIS_WIDTH} height={height} />
        <line className="axis-line" x1={AXIS_WIDTH} x2={AXIS_WIDTH} y2={height} />
        {ticks.minor.map((t) => {
          const lines = axisLines(t.label);
          return (
            <text key={t.value} className="tick-label" x={AXIS_WIDTH - 5} y={t.x + (lines.length > 1 ? -2 : 4)} textAnchor="end">
              {lines.length > 1
                ? lines.map((line, i) => (
                    <tspan key={i} x={AXIS_WIDTH - 5} dy={i ? 12 : 0}>
                      {inDrawing(line)}
                    </tspan>
                  ))
                : inDrawing(t.label)}
            </text>
          );
        })}
        {/* A year can head two stretches (before and after a break): its value alone is no key. */}
        {ticks.major.map((t, i) => (
          <text key={`${t.value}:${i}`} className="major-label" x={4} y={t.x + 17}>
            {inDrawing(t.label)}
          </text>
        ))}
      </g>
      <g className="tracks" aria-hidden="true">
        {layout.tracks.map((t) => (
          <line key={t.id} x1={t.x} x2={t.x} y2={height} style={{ stroke: t.color ?? 'var(--tick)' }} />
        ))}
      </g>
      <g
        className={selectedId ? 'marks cards has-selection' : 'marks cards'}
        {...(layout.marks.length ? { role: 'listbox', 'aria-label': words.eventsOnTimeline } : {})}
      >
        {layout.marks.map((m) => (
          <VerticalCard
            key={m.event.id}
            mark={m}
            cardX={layout.cardX}
            cardW={layout.cardW}
            color={colorOf(leadActor(m.event))}
            shape={shapeOf(leadActor(m.event))}
            selected={m.event.id === selectedId}
            tabStop={m.event.id === tabStop}
            related={related.has(m.event.id)}
            terms={terms}
            nameOf={nameOf}
            onSelect={onSelect}
          />
        ))}
      </g>
      {pictures && (
        <Suspense fallback={null}>
          <markPicturesPart.Component
            marks={layout.marks.map((m) => ({ event: m.event, kind: m.kind, x0: m.x, y: m.knobY }))}
            colorOf={colorOf}
            selectedId={selectedId}
            related={related}
          />
        </Suspense>
      )}
      <g className="clusters" {...(layout.clusters.length ? { role: 'group', 'aria-label': words.groupedOnTimeline } : {})} onKeyDown={onGroupsKeyDown}>
        {layout.clusters.map((c) => (
          <VerticalBubble
            key={c.key}
            cluster={c}
            x={layout.cardX}
            hasRelated={c.ids?.some((id) => related.has(id)) ?? false}
            tabStop={c === layout.clusters[0]}
            expands={!!c.ids && !c.earlier && c.ids.length <= EXPAND_MAX}
            onOpen={() => (c.earlier ? props.onCluster({ ...c, x: layout.cardX }) : onExpand(c))}
          />
        ))}
      </g>
      {/* Each break's length, on a button that unfolds it, as on the horizontal axis: after the cards in
          the tab order, and drawn over the axis. */}
      <g className="fold-pills">
        {breaks.map((b) => {
          const short = formatDuration(b.to - b.from, 'short');
          const open = () => props.onOpenFold?.(b.from);
          return (
            <g
              key={b.from}
              className="fold-pill"
              role="button"
              tabIndex={props.onOpenFold ? 0 : -1}
              // Begins with what it shows (WCAG 2.5.3), as the horizontal axis's break buttons do.
              aria-label={`${short}: ${words.unfoldBreak(formatDuration(b.to - b.from, 'long'))}`}
              // A long break ("8.59B yrs") reaches past the axis rather than off the screen.
              transform={`translate(${Math.max(AXIS_WIDTH - 4, short.length * 6.4 + 16)},${r1((b.x0 + b.x1) / 2)})`}
              onClick={open}
              onKeyDown={(e) => {
                if (e.key !== 'Enter' && e.key !== ' ') return;
                e.preventDefault();
                open();
              }}
            >
              <rect x={-(short.length * 6.4 + 14)} y={-12} width={short.length * 6.4 + 14} height={24} rx={12} />
              <text className="fold-label" x={-7} y={4} textAnchor="end" aria-hidden="true">
                {inDrawing(short)}
              </text>
            </g>
          );
        })}
      </g>
    </svg>
  );
}

const r1 = (n: number) => Math.round(n * 10) / 10;
