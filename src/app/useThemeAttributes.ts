import { useEffect } from 'react';
import type { TimelineStore } from '../store/createTimelineStore';
import { DARK_BG, LIGHT_BG, readableOn } from '../view/contrast';

/** Mirrors theme and accent from the store onto <html> (a web component's root), where the stylesheet picks them up. */
export function useThemeAttributes(store: TimelineStore, on?: HTMLElement): void {
  useEffect(() => {
    const root = on ?? document.documentElement;
    const apply = () => {
      const { theme, accent } = store.getState();
      root.setAttribute('data-theme', theme);
      if (accent) {
        root.style.setProperty('--accent', `light-dark(${readableOn(`#${accent}`, LIGHT_BG)}, ${readableOn(`#${accent}`, DARK_BG)})`);
      } else root.style.removeProperty('--accent');
    };
    apply();
    return store.subscribe((s, prev) => {
      if (s.theme !== prev.theme || s.accent !== prev.accent) apply();
    });
  }, [store, on]);
}
