/**
 * `import { Timeline } from 'chronicle/react'`: the same timeline as `<chronicle-timeline>`, as a
 * React component of the host app (its React, a peer dependency: this file imports nothing else of
 * React's). Props are the element's attributes; `onSelect`, `onReady` and `onView` its events. The
 * element brings its own renderer inside its shadow root, so the app's React version and styles
 * never meet the timeline's.
 */
import { createElement, useEffect, useRef, useState, type CSSProperties, type ReactElement } from 'react';
import { ChronicleTimeline, type SelectDetail, type ViewDetail } from './chronicle.js';

/** The element's class too, for `instanceof` and for its methods' types: importing this file defines it. */
export { ChronicleTimeline };

export interface TimelineProps {
  /** The dataset's address (JSON, CSV, a TimelineJS3 JSON or a Google Sheet's link); the bundled one when absent. */
  src?: string;
  event?: string;
  period?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  from?: string;
  to?: string;
  q?: string;
  actors?: string[];
  categories?: string[];
  disputed?: boolean;
  lanes?: 'actor' | 'category' | 'none';
  fold?: boolean;
  orientation?: 'horizontal' | 'vertical';
  theme?: 'light' | 'dark' | 'auto';
  /** A hex colour without "#". */
  accent?: string;
  /** A language tag, or `auto` for the page's own. */
  lang?: string;
  media?: 'auto';
  gestures?: 'cooperative' | 'greedy';
  /** Pixels; the timeline is as tall as what it shows when absent. */
  height?: number;
  className?: string;
  style?: CSSProperties;
  onSelect?: (id: string | null) => void;
  onReady?: () => void;
  onView?: (from: string, to: string) => void;
}

/** Props as the element's attributes: lists as in a link (each id escaped, joined by commas), flags as 1 and 0. */
export function timelineAttributes(props: TimelineProps): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || /^(on[A-Z]|className$|style$)/.test(name)) continue;
    attributes[name] = Array.isArray(value)
      ? value.map((id: string) => encodeURIComponent(id)).join(',')
      : typeof value === 'boolean'
        ? value
          ? '1'
          : '0'
        : String(value);
  }
  return attributes;
}

export function Timeline(props: TimelineProps): ReactElement {
  const [element, setElement] = useState<ChronicleTimeline | null>(null);
  const { onSelect, onReady, onView } = props;
  // The latest callbacks, without re-adding listeners on every render.
  const handlers = useRef({ onSelect, onReady, onView });
  useEffect(() => {
    handlers.current = { onSelect, onReady, onView };
  });
  useEffect(() => {
    if (!element) return;
    const select = (e: Event) => handlers.current.onSelect?.((e as CustomEvent<SelectDetail>).detail.id);
    const ready = () => handlers.current.onReady?.();
    const view = (e: Event) => {
      const { from, to } = (e as CustomEvent<ViewDetail>).detail;
      handlers.current.onView?.(from, to);
    };
    element.addEventListener('select', select);
    element.addEventListener('ready', ready);
    element.addEventListener('view', view);
    return () => {
      element.removeEventListener('select', select);
      element.removeEventListener('ready', ready);
      element.removeEventListener('view', view);
    };
  }, [element]);
  return createElement('chronicle-timeline', { ...timelineAttributes(props), ref: setElement, class: props.className, style: props.style });
}
