/** The horizontal timeline's fixed strips, in page px: the core lays out around them before the lanes' chunk arrives. */
/** The period names' strip above the lanes (lanes/PeriodBands.tsx), for names in one line. */
export const PERIOD_STRIP = 26;
/** A second line of names adds this much (view/periods.ts periodLines says when). */
export const PERIOD_LINE = 14;
/** The strip's height for names in `lines` lines, at type size 1. */
export const periodStrip = (lines: 1 | 2): number => PERIOD_STRIP + (lines - 1) * PERIOD_LINE;
/** The time axis under the lanes (lanes/TimeAxis.tsx). */
export const AXIS_HEIGHT = 44;
