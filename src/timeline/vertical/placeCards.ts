/**
 * Where the cards of the vertical timeline go, as pure 1-D arithmetic on a column of given height:
 * which neighbours must share a "+N" bubble (only when the cards cannot all fit), and each card's or
 * bubble's top. Items are in time order; `anchor` is where each one's time is (px).
 *
 * Bubbles: while the column overflows, the two neighbours closest in time merge (single-linkage in
 * 1-D, so the densest stretch bubbles first and the rest keep their cards). `keep` marks items that
 * never merge (the selected event, events a reader expanded). If the column still overflows, it grows:
 * `height` in the result is then the content's height.
 * Tops: pushed down past the previous item, then up from the bottom edge, so every item is as close
 * to its anchor as the others allow and none overlaps another.
 */
export interface CardInput {
  anchor: number;
  /** The card's height. */
  h: number;
  keep: boolean;
}

export interface PlacedGroup {
  /** Indices of the items in the group, first to last. */
  first: number;
  last: number;
  top: number;
  h: number;
}

export const CARD_GAP = 4;
export const BUBBLE_H = 24;

export function placeCards(items: CardInput[], top0: number, height: number, bubbleH = BUBBLE_H, gap = CARD_GAP): { groups: PlacedGroup[]; height: number } {
  const n = items.length;
  if (n === 0) return { groups: [], height };
  // Runs of merged items, by their ends: endOf[start] = end, startOf[end] = start.
  const endOf = Array.from({ length: n }, (_, i) => i);
  const startOf = Array.from({ length: n }, (_, i) => i);
  const hOf = (s: number, e: number) => (s === e ? items[s]!.h : bubbleH);
  let total = items.reduce((sum, it) => sum + it.h, 0) + gap * (n - 1);
  const avail = height - top0;
  if (total > avail) {
    const order: number[] = [];
    for (let i = 0; i < n - 1; i++) if (!items[i]!.keep && !items[i + 1]!.keep) order.push(i);
    order.sort((a, b) => items[a + 1]!.anchor - items[a]!.anchor - (items[b + 1]!.anchor - items[b]!.anchor) || a - b);
    for (const i of order) {
      if (total <= avail) break;
      const s = startOf[i]!;
      const e = endOf[i + 1]!;
      total -= hOf(s, i) + hOf(i + 1, e) + gap - bubbleH;
      endOf[s] = e;
      startOf[e] = s;
    }
  }
  const groups: PlacedGroup[] = [];
  for (let s = 0; s < n; s = endOf[s]! + 1) {
    const e = endOf[s]!;
    const h = hOf(s, e);
    // A card starts a little above its time (its date line level with it); a bubble centres on its members' span.
    const anchor = s === e ? items[s]!.anchor - 10 : (items[s]!.anchor + items[e]!.anchor) / 2 - h / 2;
    groups.push({ first: s, last: e, top: anchor, h });
  }
  const content = Math.max(height, top0 + total);
  let below = top0;
  for (const g of groups) {
    g.top = Math.max(g.top, below);
    below = g.top + g.h + gap;
  }
  let above = content;
  for (let k = groups.length - 1; k >= 0; k--) {
    const g = groups[k]!;
    g.top = Math.max(top0, Math.min(g.top, above - g.h));
    above = g.top - gap;
  }
  return { groups, height: content };
}
