/**
 * On phones (and at 200% zoom) the details are a bottom sheet over the timeline. WCAG 2.4.11 (focus
 * not obscured): the selected event's mark, which holds focus while the arrow keys step, must stay
 * in view above the sheet. Once the sheet is laid out, the page scrolls so the mark sits just above
 * it (DetailPanel.css gives the page the sheet's height of room below, so it always can).
 */
import { useEffect, type RefObject } from 'react';

const MARGIN = 12;

export function useMarkAboveSheet(panel: RefObject<HTMLElement | null>, selectedId: string | null) {
  useEffect(() => {
    if (!selectedId) return;
    // Two frames: the sheet's layout, and the timeline's redraw for the selection (a mark may move out of a badge).
    let frame = requestAnimationFrame(() => (frame = requestAnimationFrame(() => keepAbove(panel.current, selectedId))));
    return () => cancelAnimationFrame(frame);
  }, [panel, selectedId]);
}

function keepAbove(sheet: HTMLElement | null, id: string) {
  if (!sheet || getComputedStyle(sheet).position !== 'fixed') return;
  const mark = document.querySelector(`[data-testid=timeline] [data-event-id="${CSS.escape(id)}"]`);
  if (!mark) return;
  // A card's box, not its group's: a vertical range's bar can run the whole height.
  const box = (mark.querySelector('.card-bg') ?? mark.querySelector('.mark-label') ?? mark).getBoundingClientRect();
  const limit = sheet.getBoundingClientRect().top - MARGIN;
  if (box.bottom <= limit && box.top >= 0) return;
  // Down by what the sheet covers, but never so far that the mark's top leaves the screen.
  const by = box.bottom > limit ? Math.min(box.bottom - limit, box.top - MARGIN) : box.top - MARGIN;
  window.scrollBy({ top: by, behavior: 'instant' });
}
