/**
 * An embed's gestures (issue 23), cooperative as an embedded map's are, so a reader scrolling the
 * article on a phone never gets stuck in the timeline: one finger and a plain wheel scroll the page;
 * two fingers pan and pinch, Ctrl/⌘ + wheel zooms (timeline/zoom/zoomGestures.ts reads the mode from
 * `data-gestures` on the embed). A tap on Explore, or a click into the timeline with a mouse, gives
 * one finger and the wheel to the timeline until the reader leaves (the frame loses focus, or the
 * mouse leaves it). `gestures=greedy` in the embed's address keeps them there from the start.
 */
import { useEffect, useState, type RefObject } from 'react';
import { enEmbed } from '../i18n/embed/en-embed';
import { withRest } from '../i18n/messages';
import { useTimeline } from '../store/StoreContext';
import type { TimelineState } from '../store/createTimelineStore';
import { selectLang } from '../store/selectors';

const selectLink = (s: TimelineState) => s.link;

export type GestureMode = 'cooperative' | 'greedy';

const HINT_MS = 2500;

/** The mode, and what the reader sees of it: the Explore switch (touch screens) and a passing hint. */
export function useEmbedGestures(root: RefObject<HTMLDivElement | null>) {
  const link = useTimeline(selectLink);
  const [fixed] = useState(() => new URLSearchParams(link ? new URL(link).search : location.search).get('gestures') === 'greedy');
  const [exploring, setExploring] = useState(false);
  const [hint, setHint] = useState<'touch' | 'wheel' | null>(null);
  const mode: GestureMode = fixed || exploring ? 'greedy' : 'cooperative';

  useEffect(() => {
    const node = root.current;
    if (!node || fixed) return;
    let timer = 0;
    const onHint = (e: Event) => {
      setHint((e as CustomEvent<'touch' | 'wheel'>).detail);
      clearTimeout(timer);
      timer = window.setTimeout(() => setHint(null), HINT_MS);
    };
    // A click into the timeline with a mouse is a reader choosing it, as on a map.
    const onPointerDown = (e: PointerEvent) => {
      if (e.pointerType === 'mouse' && (e.target as Element).closest('.timeline-canvas')) setExploring(true);
    };
    const onLeave = (e: PointerEvent) => e.pointerType === 'mouse' && setExploring(false);
    const onBlur = () => setExploring(false);
    node.addEventListener('chronicle:gesture-hint', onHint);
    node.addEventListener('pointerdown', onPointerDown);
    node.addEventListener('pointerleave', onLeave);
    window.addEventListener('blur', onBlur);
    return () => {
      clearTimeout(timer);
      node.removeEventListener('chronicle:gesture-hint', onHint);
      node.removeEventListener('pointerdown', onPointerDown);
      node.removeEventListener('pointerleave', onLeave);
      window.removeEventListener('blur', onBlur);
    };
  }, [root, fixed]);

  return { mode, exploring, setExploring, hint, fixed };
}

interface Props {
  exploring: boolean;
  onExplore: (on: boolean) => void;
  hint: 'touch' | 'wheel' | null;
  fixed: boolean;
}

/** Over the timeline's corner: Explore on touch screens, and the hint a gesture asked for. */
export function GestureControls({ exploring, onExplore, hint, fixed }: Props) {
  useTimeline(selectLang);
  const t = withRest(enEmbed);
  const [touch] = useState(() => matchMedia('(any-pointer: coarse)').matches);
  if (fixed) return null;
  const mac = /Mac|iPhone|iPad/.test(navigator.platform);
  return (
    <>
      {touch && (
        <button type="button" className="explore" aria-pressed={exploring} title={t.exploreHint} onClick={() => onExplore(!exploring)}>
          {exploring ? t.exploreDone : t.explore}
        </button>
      )}
      {/* What a gesture did not do, said where it was tried; the Explore button says it to everyone. */}
      {hint && !exploring && (
        <p className="gesture-hint" aria-hidden="true">
          {hint === 'touch' ? t.twoFingers : t.wheelZoom(mac ? '⌘' : 'Ctrl')}
        </p>
      )}
    </>
  );
}
