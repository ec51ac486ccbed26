/** Downloads of what the reader sees: the Export button; its menu is a chunk of its own (menus/ExportMenuList.tsx). */
import { Suspense, useCallback, useRef, useState } from 'react';
import { useMessages } from '../../i18n/useMessages';
import { exportMenuPart } from '../parts';

export function ExportMenu() {
  const t = useMessages();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  // The menu goes away with the item that had focus: focus returns to the Export button.
  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  const dismiss = useCallback(() => setOpen(false), []);
  const prefetch = () => void exportMenuPart.load().catch(() => {});
  return (
    <div className="menu-wrap">
      <button type="button" ref={button} aria-haspopup="menu" aria-expanded={open} onPointerEnter={prefetch} onFocus={prefetch} onClick={() => setOpen(!open)}>
        {t.export}
      </button>
      {open && (
        <Suspense fallback={null}>
          <exportMenuPart.Component close={close} dismiss={dismiss} onError={setError} />
        </Suspense>
      )}
      {error && (
        <p className="toast error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
