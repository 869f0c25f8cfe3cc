import { ModulePanel, useChunk } from '@plenum/client-kit/ui';
import { useState } from 'react';
import type { MinutesPanelProps } from './MinutesPanel.js';

/** The panel's code with the document's (yjs): a chunk of its own, loaded when the panel first opens. */
const loadMinutesPanel = () => import('./MinutesPanel.js');

/**
 * The "Minutes" panel, loaded on first opening: until its code is there the panel says it is loading; if it cannot be
 * loaded, it says so and offers "Try again". A participant who never opens the minutes never loads yjs.
 */
export function LazyMinutesPanel(props: MinutesPanelProps) {
  const [attempt, setAttempt] = useState(0);
  const chunk = useChunk(loadMinutesPanel, attempt);
  if (chunk.state === 'ready') return <chunk.module.MinutesPanel {...props} />;
  const m = props.messages.panel;
  return (
    <ModulePanel
      className="minutes-panel"
      headingId={props.headingId}
      heading={m.heading}
      closeLabel={m.close}
      onClose={props.onClose}
    >
      {chunk.state === 'loading' ? (
        <p className="minutes-panel__note" role="status">
          {m.loading}
        </p>
      ) : (
        <div role="alert">
          <p className="minutes-panel__note">{m.loadFailed}</p>
          <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
            {m.retry}
          </button>
        </div>
      )}
    </ModulePanel>
  );
}
