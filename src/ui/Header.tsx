import { commandById } from '../commands/commands';
import { useTimeline, useTimelineStore } from '../store/StoreContext';
import { selectIndex } from '../store/selectors';

const TOOLBAR = [
  { id: 'zoom-out', text: '−' },
  { id: 'zoom-in', text: '+' },
  { id: 'fit', text: 'Fit' },
].map(({ id, text }) => ({ command: commandById(id), text }));

export function Header() {
  const store = useTimelineStore();
  const index = useTimeline(selectIndex);
  return (
    <header className="app-header">
      <div className="titles">
        <h1>{index?.dataset.title ?? 'Chronicle'}</h1>
        {index?.dataset.description && <p className="description">{index.dataset.description}</p>}
      </div>
      <div className="toolbar" role="toolbar" aria-label="Zoom">
        {TOOLBAR.map(({ command, text }) => (
          <button
            key={command.id}
            type="button"
            aria-label={command.label}
            title={`${command.label} (${command.keys[0]})`}
            onClick={() => command.run(store)}
          >
            {text}
          </button>
        ))}
      </div>
    </header>
  );
}
