/**
 * Stands in for d3-transition in the bundle (vite.config.ts aliases it). d3-zoom and d3-brush import
 * it only to stop a running transition when a gesture starts, and Chronicle never starts one: its
 * glides are its own (timeline/useAnimatedWindow.ts) and double-click zoom is off. The real module,
 * with d3-color and the interpolators it brings, is ~7.5 KB gzipped of the 120 KB first-view budget.
 */
import { selection } from 'd3-selection';

export function interrupt(): void {}

Object.assign(selection.prototype, {
  interrupt(this: unknown) {
    return this;
  },
  transition() {
    throw new Error('Chronicle runs no d3 transitions: see src/vendor/d3-transition-lite.ts');
  },
});
