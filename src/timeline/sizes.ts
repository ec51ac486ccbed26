/** The horizontal timeline's fixed strips, in page px: the core lays out around them before the lanes' chunk arrives. */
/** The period names' strip above the lanes (lanes/PeriodBands.tsx). */
export const PERIOD_STRIP = 26;
/** The time axis under the lanes (lanes/TimeAxis.tsx). */
export const AXIS_HEIGHT = 44;
