/**
 * The horizontal timeline's layout and drawing: a chunk of its own, as the vertical timeline is, so a
 * phone (and a narrow embed) never downloads lanes it does not draw. Wide screens fetch it alongside
 * the core (main.tsx), and the first render waits for it (boot.tsx), so nothing appears late.
 */
export { LANE_HEADER, layoutLanes, ROW_HEIGHT } from '../../view/lanes/layoutMarks';
export { marksRows } from '../../view/lanes/packRows';
export { measureLabel } from './measureLabel';
export { AxisSvg, svgHeight, TimelineSvg } from './TimelineSvg';
export { LabelPeek } from './LabelPeek';
