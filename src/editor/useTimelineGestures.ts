/**
 * Editing on the timeline itself (issue 21), as vis-timeline allows: drag an event's mark to move its
 * date (snapped to its precision, data/edits/moveDates.ts), drag a range's end to change that end,
 * double-click empty time to add an event there. Each is one undoable edit of the draft's rows. The
 * editor listens on the preview around the app's timeline (features do not import each other): in
 * the capture phase, so a drag that starts on a mark never reaches d3-zoom's pan, nor a double-click
 * its zoom. A mouse or a pen drags any event; a finger drags the event it has selected (a tap selects,
 * as vis-timeline has it on touch screens) and otherwise pans; the keys move too (useEditorKeys.ts).
 */
import { useEffect, type RefObject } from 'react';
import type { TimelineStore } from '../store/createTimelineStore';
import { editDraft } from '../store/edits/draftActions';
import { datesEdit, movedDates, type DragEdge } from '../data/edits/moveDates';
import { freshId, sheetRow } from '../data/edits/newRows';
import { timeScale } from '../time/timeScale';
import { toDateForm, type Precision } from '../time/partialDate';
import type { Messages } from '../i18n/en';
import { announce } from '../ui/announce';
import { rowOfEvent, insertPoint, SHEET_TABS } from './editorTabs';
import { selectTimeRtl } from '../store/selectors';

/** How near a range's end (px) a press takes that end rather than the whole range. */
const END_GRIP = 8;
/** How far (px) a press must travel to be a drag and not a click. */
const DRAG_FROM = 4;
const YEAR_MS = 365.25 * 86_400_000;

interface Drag {
  id: string;
  mark: SVGGElement;
  svg: SVGSVGElement;
  edge: DragEdge;
  x0: number;
  dx: number;
}

export function useTimelineGestures(preview: RefObject<HTMLElement | null>, store: TimelineStore, t: Messages, onAdded: (row: number) => void): void {
  useEffect(() => {
    const root = preview.current;
    if (!root) return;
    let drag: Drag | null = null;
    // Where time runs right to left the lanes are drawn mirrored (styles.css .time-rtl).
    const mirrored = () => selectTimeRtl(store.getState());
    const tip = document.createElement('div');
    tip.className = 'drag-tip';
    tip.setAttribute('aria-hidden', 'true');

    /** The time under a pixel of the lanes, with the window and folds as drawn (mirrored where time runs right to left). */
    const timeAt = (svg: SVGSVGElement, clientX: number) => {
      const { timeWindow, limits } = store.getState();
      const box = svg.getBoundingClientRect();
      const px = mirrored() ? box.right - clientX : clientX - box.left;
      return timeWindow ? timeScale([timeWindow.from, timeWindow.to], [0, box.width], limits.folds ?? null).invert(px) : null;
    };
    const datesFor = (d: Drag) => {
      const event = store.getState().index?.byId.get(d.id);
      const from = timeAt(d.svg, d.x0);
      const to = timeAt(d.svg, d.x0 + d.dx);
      return event && from !== null && to !== null ? movedDates(event.start, event.end, to - from, d.edge) : null;
    };

    const down = (e: PointerEvent) => {
      if (e.button !== 0) return;
      const mark = (e.target as Element).closest<SVGGElement>('svg.timeline-svg [data-event-id]');
      const s = store.getState();
      const id = mark?.getAttribute('data-event-id');
      const event = id ? s.index?.byId.get(id) : undefined;
      if (!mark || !id || !event || !s.draft || rowOfEvent(s.draft.rows, id) < 0) return;
      if (e.pointerType === 'touch' && id !== s.selectedId) return;
      const bar = mark.querySelector('.mark-bar')?.getBoundingClientRect();
      // A range's start is its left end, or its right end where time runs right to left.
      const [fromStart, fromEnd] = bar ? (mirrored() ? [bar.right - e.clientX, e.clientX - bar.left] : [e.clientX - bar.left, bar.right - e.clientX]) : [0, 0];
      const edge: DragEdge = bar && event.end ? (fromStart < END_GRIP ? 'start' : fromEnd < END_GRIP ? 'end' : 'both') : 'both';
      drag = { id, mark, svg: mark.ownerSVGElement!, edge, x0: e.clientX, dx: 0 };
      e.stopPropagation();
    };
    // d3-zoom starts its pan on mousedown or touchstart, which follow the pointerdown: kept from them too.
    const keepFromZoom = (e: Event) => drag && e.stopPropagation();
    // A finger dragging an event does not scroll the page meanwhile.
    const touchMove = (e: TouchEvent) => drag && e.cancelable && e.preventDefault();
    const move = (e: PointerEvent) => {
      if (!drag) return;
      drag.dx = e.clientX - drag.x0;
      if (Math.abs(drag.dx) < DRAG_FROM) return;
      root.classList.add('dragging');
      // In the drawing's own (possibly mirrored) coordinates, so it follows the pointer.
      if (drag.edge === 'both') drag.mark.style.transform = `translateX(${mirrored() ? -drag.dx : drag.dx}px)`;
      const dates = datesFor(drag);
      tip.textContent = dates ? [dates.start, dates.end].filter(Boolean).join(' – ') : '';
      tip.style.left = `${e.clientX - root.getBoundingClientRect().left + 12}px`;
      tip.style.top = `${e.clientY - root.getBoundingClientRect().top + 12}px`;
      if (!tip.isConnected) root.append(tip);
    };
    const up = (e: PointerEvent) => {
      const done = drag;
      drag = null;
      tip.remove();
      root.classList.remove('dragging');
      if (!done) return;
      done.mark.style.transform = '';
      // A drag the browser took over (a scroll, a second finger) changes nothing.
      if (Math.abs(done.dx) < DRAG_FROM || e.type === 'pointercancel') return;
      // The click that ends a drag, if one comes (a mouse's does, at once), is not a click on the mark.
      const swallow = (c: Event) => c.stopPropagation();
      root.addEventListener('click', swallow, { capture: true, once: true });
      setTimeout(() => root.removeEventListener('click', swallow, { capture: true }));
      const dates = datesFor(done);
      const s = store.getState();
      const row = s.draft ? rowOfEvent(s.draft.rows, done.id) : -1;
      if (!dates || row < 0) return;
      editDraft(store, datesEdit(s.draft!.rows, row, dates, s.index?.dataset.timeZone));
      const title = s.index?.byId.get(done.id)?.title ?? '';
      announce(t.movedTo(title, [dates.start, dates.end].filter(Boolean).join(' – ')));
    };
    const doubleClick = (e: MouseEvent) => {
      const svg = (e.target as Element).closest<SVGSVGElement>('svg.timeline-svg');
      if (!svg || (e.target as Element).closest('[data-event-id], [data-cluster-count], button, a')) return;
      e.stopPropagation();
      e.preventDefault();
      const at = timeAt(svg, e.clientX);
      const s = store.getState();
      if (at === null || !s.draft || !s.timeWindow) return;
      // As fine as the view: years across decades, months across years, else days.
      const span = s.timeWindow.to - s.timeWindow.from;
      const precision: Precision = span > 30 * YEAR_MS ? 'year' : span > 2 * YEAR_MS ? 'month' : 'day';
      const tab = SHEET_TABS[0]!;
      const row = insertPoint(s.draft.rows, tab);
      const id = freshId(s.draft.rows, tab.idBase);
      editDraft(store, { op: 'insert', row, rows: [sheetRow('event', { id, start: toDateForm(at, precision), title: t.newEvent })] });
      store.getState().select(id);
      announce(t.rowAdded);
      onAdded(row);
    };
    root.addEventListener('pointerdown', down, { capture: true });
    root.addEventListener('mousedown', keepFromZoom, { capture: true });
    root.addEventListener('touchstart', keepFromZoom, { capture: true });
    root.addEventListener('touchmove', touchMove, { capture: true, passive: false });
    addEventListener('pointermove', move);
    addEventListener('pointerup', up);
    addEventListener('pointercancel', up);
    root.addEventListener('dblclick', doubleClick, { capture: true });
    return () => {
      root.removeEventListener('pointerdown', down, { capture: true });
      root.removeEventListener('mousedown', keepFromZoom, { capture: true });
      root.removeEventListener('touchstart', keepFromZoom, { capture: true });
      root.removeEventListener('touchmove', touchMove, { capture: true });
      removeEventListener('pointermove', move);
      removeEventListener('pointerup', up);
      removeEventListener('pointercancel', up);
      root.removeEventListener('dblclick', doubleClick, { capture: true });
      tip.remove();
    };
  }, [preview, store, t, onAdded]);
}
