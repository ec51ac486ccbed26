/**
 * Parts that the first screen does not draw, split out of the first-view bundle (budget: 120 KB
 * gzipped). A part whose chunk has arrived renders directly, never through Suspense: React 19 holds
 * back a suspended reveal by ~300 ms, which a reader would feel on every first click. Each folder
 * declares its own parts (ui/parts.ts, timeline/parts.ts, app/parts.ts).
 */
import { createElement, lazy, useEffect, useState, type ComponentType } from 'react';

export interface Part<P> {
  Component: ComponentType<P>;
  load: () => Promise<unknown>;
  /** The component itself once its chunk is in (for beforeprint, where nothing may suspend). */
  loaded: () => ComponentType<P> | undefined;
}

export function part<M, P extends object>(importer: () => Promise<M>, pick: (m: M) => ComponentType<P>): Part<P> {
  let component: ComponentType<P> | undefined;
  const load = () => importer().then((m) => (component = pick(m)));
  const Lazy = lazy(() => load().then((c) => ({ default: c })));
  const Component = (props: P) => createElement((component ?? Lazy) as ComponentType<P>, props);
  return { Component, load, loaded: () => component };
}

/**
 * Whether a part has loaded; asks for it after the timeline is ready and re-renders when it arrives.
 * For pieces that may appear a moment later without a suspense pause: render `part.Component` once true.
 */
export function useAfterReady<P>(p: Part<P>, ready: boolean): boolean {
  const [loaded, setLoaded] = useState(() => p.loaded() !== undefined);
  useEffect(() => {
    if (!ready || loaded) return;
    let live = true;
    // After the frame that shows the timeline, not inside it.
    const handle = requestAnimationFrame(() =>
      setTimeout(
        () =>
          p.load().then(
            () => live && setLoaded(true),
            () => {},
          ),
        0,
      ),
    );
    return () => {
      live = false;
      cancelAnimationFrame(handle);
    };
  }, [p, ready, loaded]);
  return loaded;
}
