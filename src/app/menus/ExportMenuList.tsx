/**
 * The Export menu's items and what they do: a chunk of its own, fetched when the reader points at or
 * focuses the Export button (full/ExportMenu.tsx keeps the button and the error). The export code
 * itself is another chunk, loaded on first use.
 */
import { useEffect, useRef } from 'react';
import { pageLink } from '../../io/viewLink';
import { useTimelineStore } from '../../store/StoreContext';
import { useMoreMessages } from '../../i18n/more/more';
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

export interface ExportMenuListProps {
  /** Closes the menu and hands focus back to the Export button. */
  close: () => void;
  /** Closes it without moving focus: the reader pointed elsewhere. */
  dismiss: () => void;
  onError: (message: string) => void;
}

export function ExportMenuList({ close, dismiss, onError }: ExportMenuListProps) {
  const store = useTimelineStore();
  const t = useMoreMessages();
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    menu.current?.querySelector<HTMLButtonElement>('[role=menuitem]')?.focus();
    const away = (e: PointerEvent) => !menu.current?.parentElement?.contains(e.target as Node) && dismiss();
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [dismiss]);

  const run = async (format: (typeof FORMATS)[number]['id']) => {
    close();
    onError('');
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
      onError(t.exportFailed(e instanceof Error ? e.message : String(e)));
    }
  };

  return (
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
  );
}
