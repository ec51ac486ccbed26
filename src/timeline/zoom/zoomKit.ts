/**
 * d3-zoom and d3-selection, a chunk fetched right after the first view is drawn: the timeline shows
 * without them, and the keys and buttons zoom through the store in the meantime.
 */
export { select } from 'd3-selection';
export { zoom as d3zoom, zoomIdentity, zoomTransform } from 'd3-zoom';
export type { D3ZoomEvent, ZoomBehavior } from 'd3-zoom';
