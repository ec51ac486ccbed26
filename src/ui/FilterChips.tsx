/** Legend-style filter toggles for actors (with their colour) or categories, and the disputed toggle, shared by the full page and the embed. */
import type { Actor, Category } from '../data/types';
import { shapeAt, shapePath } from '../view/shapes';
import { formatCount } from '../i18n/messages';
import { useTimeline, useTimelineStore } from '../store/StoreContext';
import { useMessages } from '../i18n/useMessages';
import { selectDisputedCount, selectDisputedFilter } from '../store/selectors';

interface FilterChipsProps {
  /** The group's name, in the interface's language. */
  label: string;
  items: (Actor | Category)[];
  /** The ids shown; null shows all. */
  selected: string[] | null;
  onToggle: (id: string) => void;
}

export function FilterChips({ label, items, selected, onToggle }: FilterChipsProps) {
  return (
    <div className="chips" role="group" aria-label={label}>
      {items.map((item, i) => {
        const color = 'color' in item ? item.color : undefined;
        return (
          <button
            key={item.id}
            type="button"
            className={color ? 'chip' : 'chip chip-category'}
            aria-pressed={selected?.includes(item.id) ?? false}
            data-dimmed={selected !== null && !selected.includes(item.id)}
            style={color ? ({ '--chip': color } as React.CSSProperties) : undefined}
            onClick={() => onToggle(item.id)}
          >
            {color && (
              <svg className="swatch" viewBox="-7.5 -7.5 15 15" aria-hidden="true">
                <path d={shapePath(shapeAt(i), 6)} />
              </svg>
            )}
            {item.label}
          </button>
        );
      })}
    </div>
  );
}

/**
 * Shows only the events whose sources disagree, with how many there are in the dataset. It carries
 * the detail panel's disagreement marker (a bar in the disputed colour) and is absent from a dataset
 * without such events, unless the filter is on (then it is the way to turn it off).
 */
export function DisputedChip() {
  const store = useTimelineStore();
  const count = useTimeline(selectDisputedCount);
  const pressed = useTimeline(selectDisputedFilter);
  const t = useMessages();
  if (count === 0 && !pressed) return null;
  return (
    <button
      type="button"
      className="chip chip-category chip-disputed"
      aria-pressed={pressed}
      title={t.disputedFilterHint}
      onClick={() => store.getState().toggleDisputed()}
    >
      {/* Named "Disputed 10": the space keeps the count a word of its own for screen readers. */}
      {t.disputedFilter} <span className="chip-count">{formatCount(count)}</span>
    </button>
  );
}
