/**
 * Keeps each step's event whole on this stage: when the deck sets a step's usual window, it is
 * swapped for one where the step's event is drawn with its label and the periods' names are whole
 * (view/steps.ts stageWindow, counted by stageFit.ts), and again when the stage changes size. A window
 * the presenter zoomed or panned to is left alone.
 */
import { useEffect, type RefObject } from 'react';
import type { TimeWindow } from '../data/queryVisible';
import type { TimelineStore } from '../store/createTimelineStore';
import { selectLaneIndex } from '../store/selectors';
import { stageWindow, stepsOf, stepWindow } from '../view/steps';
import { sameWindow } from '../view/zoomMath';
import { stageProblems, type Stage } from './stageFit';
import { periodLines } from '../view/periods';
import { estimateTextWidth } from '../view/textWidth';

/** The timeline's period strip (timeline/sizes.ts), which the lanes sit under: one line of names, in page px, and each more. */
const PERIOD_STRIP = 26;
const PERIOD_LINE = 14;

/** `drawn`: the stage is on the page (the dataset is loaded, and this is not the speaker's window). */
export function useStageFit(store: TimelineStore, stageRef: RefObject<HTMLElement | null>, scale: number, drawn: boolean): void {
  useEffect(() => {
    const stage = stageRef.current;
    if (!stage || !drawn) return;
    // The window this hook chose last: still the deck's, not the presenter's own.
    let chosen: TimeWindow | null = null;
    const fit = () => {
      const s = store.getState();
      const step = s.index && s.present && !s.speaker ? stepsOf(s.index.dataset)[s.step] : undefined;
      const canvas = stage.querySelector<HTMLElement>('.timeline-canvas');
      if (!step || !s.index || !s.timeWindow || !canvas) return;
      const usual = stepWindow(step, s.limits);
      if (!sameWindow(s.timeWindow, usual, 1) && !(chosen && sameWindow(s.timeWindow, chosen, 1))) return;
      const periods = s.index.dataset.periods;
      // As the timeline decides it (Timeline.tsx): two lines where a name would be cut at the widest view.
      const stripLines = periodLines(periods, s.limits, s.limits.folds ?? null, canvas.clientWidth, (t) => estimateTextWidth(t) * scale);
      const strip = (PERIOD_STRIP + (stripLines - 1) * PERIOD_LINE) * scale;
      const size: Stage = { width: canvas.clientWidth, lanesHeight: canvas.clientHeight - strip, scale, stripLines };
      const lanes = selectLaneIndex(s);
      if (!lanes) return;
      chosen = stageWindow(step, s.limits, (w) => stageProblems(step, w, size, lanes, periods, s.limits.folds ?? null));
      if (!sameWindow(chosen, s.timeWindow, 1)) store.setState({ timeWindow: chosen });
    };
    const resized = new ResizeObserver(fit);
    resized.observe(stage);
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.timeWindow !== prev.timeWindow || s.step !== prev.step || s.index !== prev.index) fit();
    });
    return () => {
      resized.disconnect();
      unsubscribe();
    };
  }, [store, stageRef, scale, drawn]);
}
