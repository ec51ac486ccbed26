/** Focus follows the selection on the timeline: see the hook. */
import { useEffect, useRef } from 'react';
import { focused } from '../ui/announce';

/**
 * The arrow keys move the selection (commands.ts); when focus is on the timeline it follows, to the
 * selected event's mark, once that is drawn (the window may still be gliding towards it). A mark that
 * scrolls out of the window takes focus with it, so "focus is on the timeline" is remembered from the
 * last time focus entered or deliberately left it.
 */
export function useFocusFollowsSelection(canvasRef: React.RefObject<HTMLDivElement | null>, selectedId: string | null, drawn: unknown) {
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
    const active = focused();
    if (!selectedId || !canvas || !inside.current) return;
    if (active && active !== document.body && !canvas.contains(active)) return;
    if (active?.getAttribute('data-event-id') === selectedId) return;
    for (const mark of canvas.querySelectorAll<SVGGElement>('[data-event-id]')) if (mark.getAttribute('data-event-id') === selectedId) mark.focus();
  }, [canvasRef, selectedId, drawn]);
}
