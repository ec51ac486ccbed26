import { useEffect, useRef } from 'react';
import { COMMANDS, keyLabel } from '../../store/commands';
import { ModalDialog } from './ModalDialog';
import { useMoreMessages } from '../../i18n/more/more';
import './ShortcutSheet.css';

/** Every keyboard shortcut, listed from the same command table the keys run. */
export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null);
  const t = useMoreMessages();
  useEffect(() => close.current?.focus(), []);
  return (
    <ModalDialog
      className="shortcut-sheet"
      labelledBy="shortcuts-title"
      onClose={onClose}
      onKeyDown={(e) => {
        if (e.key === '?') {
          e.preventDefault();
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <h2 id="shortcuts-title">{t.shortcuts}</h2>
      <dl>
        {COMMANDS.map((c) => (
          <div key={c.id} className="shortcut">
            <dt>
              {c.keys.map((k) => (
                <kbd key={k}>{keyLabel(k, t.keys)}</kbd>
              ))}
            </dt>
            <dd>{t.commands[c.id as keyof typeof t.commands]}</dd>
          </div>
        ))}
      </dl>
      <button ref={close} type="button" className="button" onClick={onClose}>
        {t.close}
      </button>
    </ModalDialog>
  );
}
