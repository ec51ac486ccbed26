/** Downloads of what the reader sees. The export code is a separate chunk, loaded on first use. */
import { pageLink } from '../../io/viewLink';
import { useEffect, useRef, useState } from 'react';
import { useTimelineStore } from '../../store/StoreContext';
import { useMessages } from '../../i18n/useMessages';
import { paramsFromState } from '../../store/stateParams';
import { announce } from '../../ui/announce';

const FORMATS = [
  { id: 'csv', label: 'exportCsv' },
  { id: 'json', label: 'exportJson' },
  { id: 'svg', label: 'exportSvg' },
  { id: 'png', label: 'exportPng' },
  { id: 'print', label: 'print' },
  { id: 'embed', label: 'embedInPage' },
] as const;

export function ExportMenu() {
  const store = useTimelineStore();
  const t = useMessages();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState('');
  const menu = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // The menu goes away with the item that had focus: focus returns to the Export button.
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector<HTMLButtonElement>('[role=menuitem]')?.focus();
    const away = (e: PointerEvent) => !menu.current?.parentElement?.contains(e.target as Node) && setOpen(false);
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [open]);

  const run = async (format: (typeof FORMATS)[number]['id']) => {
    close();
    setError('');
    if (format === 'print') return window.print();
    if (format === 'embed') {
      // The builder opens on the view the reader has now.
      return window.open(pageLink({ ...paramsFromState(store.getState()), builder: true }), '_blank', 'noopener');
    }
    try {
      const { exportView } = await import('../../export/exportView');
      await exportView(format, store.getState());
      announce(t.exported(format.toUpperCase()));
    } catch (e) {
      setError(t.exportFailed(e instanceof Error ? e.message : String(e)));
    }
  };

  return (
    <div className="menu-wrap">
      <button type="button" ref={button} aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t.export}
      </button>
      {open && (
        <div
          className="menu"
          role="menu"
          ref={menu}
          onKeyDown={(e) => {
            const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role=menuitem]') ?? [])];
            const i = items.indexOf(document.activeElement as HTMLButtonElement);
            if (e.key === 'Escape') {
              e.stopPropagation();
              close();
            } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
              e.preventDefault();
              e.stopPropagation();
              items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
            }
          }}
        >
          {FORMATS.map((f) => (
            <button key={f.id} type="button" role="menuitem" onClick={() => run(f.id)}>
              {t[f.label]}
            </button>
          ))}
        </div>
      )}
      {error && (
        <p className="toast error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
