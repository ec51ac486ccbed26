/** Legend-style filter toggles for actors (with their colour) or categories, shared by the full page and the embed. */
import type { Actor, Category } from '../data/types';
import { shapeAt, shapePath } from '../layout/shapes';

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
