/** About 7 px a character for the 12.5 px label font: generous, so estimates err towards fewer overlaps. */
export const estimateTextWidth = (text: string) => text.length * 7;
