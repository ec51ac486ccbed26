/** The embed's words that only its gestures need (embed/EmbedGestures.tsx): a chunk of a few hundred bytes, loaded with the embed, not with the rest of the later words (i18n/more). */
export const enEmbed = {
  /** Switches an embed to one-finger moves until the reader leaves it. */
  explore: 'Explore',
  exploreDone: 'Done',
  exploreHint: 'Move the timeline with one finger, or scroll the page again with Done',
  twoFingers: 'Use two fingers to move the timeline',
  /** `key`: Ctrl, or ⌘ on a Mac. */
  wheelZoom: (key: string) => `Use ${key} + scroll to zoom the timeline`,
};
