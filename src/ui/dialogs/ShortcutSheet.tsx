import { useEffect, useRef } from 'react';
import { COMMANDS, keyLabel, timeKey } from '../../store/commands';
import { PRESENTER_KEYS } from '../../store/presenter/presenterKeyList';
import { useTimeline } from '../../store/StoreContext';
import { selectPresent, selectTimeRtl } from '../../store/selectors';
import { ModalDialog } from './ModalDialog';
import { useMoreMessages } from '../../i18n/more/more';
import './ShortcutSheet.css';

/** On stage the presenter's keys come first; of the page's own, those that still do something there. */
const ON_STAGE = new Set(['zoom-in', 'zoom-out', 'pan-back', 'pan-forward', 'fit', 'shortcuts']);

/** Every keyboard shortcut, listed from the same command tables the keys run. */
export function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null);
  const t = useMoreMessages();
  const present = useTimeline(selectPresent);
  // Where time runs right to left, each command's arrow is the other one (store/commands.ts timeKey).
  const rtl = useTimeline(selectTimeRtl);
  const rows = [
    ...(present ? PRESENTER_KEYS.map((k) => ({ id: `stage-${k.id}`, keys: k.keys, what: t.presenterCommands[k.id] })) : []),
    ...COMMANDS.filter((c) => !present || ON_STAGE.has(c.id)).map((c) => ({ id: c.id, keys: c.keys, what: t.commands[c.id as keyof typeof t.commands] })),
  ];
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
      <h2 id="shortcuts-title">{present ? `${t.shortcuts} · ${t.onStage}` : t.shortcuts}</h2>
      <dl>
        {rows.map((c) => (
          <div key={c.id} className="shortcut">
            <dt>
              {c.keys.map((k) => (
                <kbd key={k}>{keyLabel(timeKey(k, rtl), t.keys)}</kbd>
              ))}
            </dt>
            <dd>{c.what}</dd>
          </div>
        ))}
      </dl>
      {/* Said where a teacher looks before a lesson: whether this page will run without a network. */}
      {typeof navigator !== 'undefined' && navigator.serviceWorker?.controller && <p className="works-offline">{t.worksOffline}</p>}
      <button ref={close} type="button" className="button" onClick={onClose}>
        {t.close}
      </button>
    </ModalDialog>
  );
}
