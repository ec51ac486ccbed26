/**
 * A modal over a dimmed page, on the native <dialog> opened with showModal(): the browser keeps focus
 * inside it, makes the page behind inert (nothing there reacts to a click or a key), and closes it
 * on Escape. A click on the backdrop closes it too, and focus goes back to where it was.
 */
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import './ModalDialog.css';

interface ModalDialogProps {
  className: string;
  labelledBy: string;
  onClose: () => void;
  /** Extra keys for the dialog; Escape always closes. */
  onKeyDown?: (e: KeyboardEvent) => void;
  children: ReactNode;
}

export function ModalDialog({ className, labelledBy, onClose, onKeyDown, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current!;
    const previous = document.activeElement as HTMLElement | null;
    // A browser without modal dialogs (or a test's DOM) shows it open, without the inert page.
    if (!dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    return () => {
      if (dialog.open) {
        if (typeof dialog.close === 'function') dialog.close();
        else dialog.removeAttribute('open');
      }
      previous?.focus?.();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby={labelledBy}
      // The browser asks to close it (Escape, a phone's back gesture): the page decides, by unmounting it.
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      // The dialog element itself is hit only on its backdrop: its content fills a child.
      onClick={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          // Handled here as well, for the dialog opened without showModal (no cancel event then).
          e.preventDefault();
          e.stopPropagation();
          onClose();
          return;
        }
        onKeyDown?.(e);
      }}
    >
      <div className={className}>{children}</div>
    </dialog>
  );
}
