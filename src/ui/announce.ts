/**
 * One polite live region for what a control did when it went away or worked out of sight (details
 * closed, filters cleared, a period jump, an export done): the page's shell renders it, anyone says
 * into it. Without a shell that renders it (the embed, the presenter) nothing is said.
 */
import { useEffect, useState } from 'react';

let say: ((text: string) => void) | null = null;

export function announce(text: string): void {
  say?.(text);
}

/** The text the region holds now; emptied after a while, so the same news said twice is heard twice. */
export function useAnnouncement(): string {
  const [text, setText] = useState('');
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    say = (next) => {
      clearTimeout(timer);
      // Emptied first: a screen reader speaks a change, and the same text again is no change.
      setText('');
      timer = setTimeout(() => {
        setText(next);
        timer = setTimeout(() => setText(''), 5000);
      }, 60);
    };
    return () => {
      clearTimeout(timer);
      say = null;
    };
  }, []);
  return text;
}

/**
 * Where focus goes when the control that had it goes away: the first of `candidates` that is on the
 * page (`within` it: a web component's shadow root), shown and focusable; the page itself never. Marks
 * are found by `[data-event-id]`, whatever their role.
 */
export function focusFirst(candidates: (string | HTMLElement | SVGElement | null | undefined)[], within: ParentNode = document): boolean {
  for (const c of candidates) {
    const el = typeof c === 'string' ? within.querySelector<HTMLElement | SVGElement>(c) : c;
    if (!el || !el.isConnected) continue;
    if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ visibilityProperty: true })) continue;
    el.focus();
    if (focused() === el) return true;
  }
  return false;
}

/**
 * The element that has focus, inside a web component's shadow root too (where the document only
 * knows that its host element has it).
 */
export function focused(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** A selector for the mark of an event. */
export const markOf = (id: string) => `[data-testid=timeline] [data-event-id="${CSS.escape(id)}"]`;
