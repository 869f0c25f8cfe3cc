import { useEffect, useRef, useState } from 'react';
import type { ChatUiMessages } from './chatUiMessages.js';

export interface ClearHistoryProps {
  readonly words: ChatUiMessages;
  readonly onClear: () => void;
}

/**
 * Moderators: "Clear chat", then a confirmation (the question, "Clear for everyone", "Cancel").
 * Focus goes to Cancel when the question appears and back to "Clear chat" when it goes.
 */
export function ClearHistory({ words, onClear }: ClearHistoryProps) {
  const [asking, setAsking] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const returning = useRef(false);
  useEffect(() => {
    if (asking) cancel.current?.focus();
    else if (returning.current) {
      returning.current = false;
      start.current?.focus();
    }
  }, [asking]);
  const close = () => {
    returning.current = true;
    setAsking(false);
  };
  if (!asking)
    return (
      <button
        ref={start}
        type="button"
        className="button button--small chat-panel__clear"
        onClick={() => setAsking(true)}
      >
        {words.clear}
      </button>
    );
  return (
    <fieldset className="chat-panel__confirm">
      <legend>{words.clearQuestion}</legend>
      <button
        type="button"
        className="button button--small chat-panel__danger"
        onClick={() => {
          onClear();
          close();
        }}
      >
        {words.clearConfirm}
      </button>
      <button ref={cancel} type="button" className="button button--small" onClick={close}>
        {words.clearCancel}
      </button>
    </fieldset>
  );
}
