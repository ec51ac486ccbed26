import { useEffect, useRef } from 'react';
import { COMMANDS, keyLabel } from '../commands/commands';
import './ShortcutSheet.css';

/** Every keyboard shortcut, listed from the same command table the keys run. */
export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    close.current?.focus();
    return () => previous?.focus?.();
  }, []);
  return (
    <div className="overlay" onClick={onClose}>
      <div
        className="shortcut-sheet"
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape' || e.key === '?') {
            e.preventDefault();
            e.stopPropagation();
            onClose();
          }
          if (e.key === 'Tab') {
            // One control inside: keep focus here while the sheet is open.
            e.preventDefault();
            close.current?.focus();
          }
        }}
      >
        <h2 id="shortcuts-title">Keyboard shortcuts</h2>
        <dl>
          {COMMANDS.map((c) => (
            <div key={c.id} className="shortcut">
              <dt>{c.keys.map((k) => <kbd key={k}>{keyLabel(k)}</kbd>)}</dt>
              <dd>{c.label}</dd>
            </div>
          ))}
        </dl>
        <button ref={close} type="button" className="button" onClick={onClose}>Close</button>
      </div>
    </div>
  );
}
