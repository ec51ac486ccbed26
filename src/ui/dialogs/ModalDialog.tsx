import { useEffect, type KeyboardEvent, type ReactNode } from 'react';

interface ModalDialogProps {
  className: string;
  labelledBy: string;
  onClose: () => void;
  /** Extra keys for the dialog; Escape always closes. */
  onKeyDown?: (e: KeyboardEvent) => void;
  children: ReactNode;
}

/** A modal over a dimmed page: closes on Escape or a click outside, and gives focus back to where it was. */
export function ModalDialog({ className, labelledBy, onClose, onKeyDown, children }: ModalDialogProps) {
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    return () => previous?.focus?.();
  }, []);
  return (
    <div className="overlay" onClick={onClose}>
      <div
        className={className}
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onClose();
            return;
          }
          onKeyDown?.(e);
        }}
      >
        {children}
      </div>
    </div>
  );
}
