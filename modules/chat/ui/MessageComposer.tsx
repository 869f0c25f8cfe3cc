import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type { ChatFailure } from '../client/chatState.js';
import { chatLimits, messageLength, normalizeMessageText } from '../protocol.js';
import type { ChatUiMessages } from './chatUiMessages.js';
import { composerKey } from './composerKey.js';

export interface MessageComposerProps {
  /** The input's label (to whom the message goes). */
  readonly label: string;
  readonly words: ChatUiMessages;
  /** The last refused command of this client: when it is the message just sent, its text comes back. */
  readonly failure: ChatFailure | null;
  /** Sends the text and returns the command's id. */
  readonly onSend: (text: string) => string;
}

/**
 * The message input: Enter sends, Shift+Enter starts a new line. Near the length cap a counter
 * appears (and describes the input); an overlong message is not sent and an alert says why. The
 * input empties on send; if the server refuses that message (e.g. "slow down"), the text comes
 * back so nothing typed is lost.
 */
export function MessageComposer({ label, words, failure, onSend }: MessageComposerProps) {
  const [draft, setDraft] = useState('');
  const [tooLong, setTooLong] = useState(false);
  const sent = useRef<{ readonly id: string; readonly text: string } | null>(null);
  const id = useId();
  useEffect(() => {
    const last = sent.current;
    if (!failure || !last || failure.id !== last.id) return;
    sent.current = null;
    setDraft((current) => (current === '' ? last.text : current));
  }, [failure]);
  const length = messageLength(normalizeMessageText(draft));
  const over = length - chatLimits.maxMessageLength;
  const showCounter = length >= chatLimits.counterFrom;
  const submit = () => {
    if (length === 0) return;
    if (over > 0) {
      setTooLong(true);
      return;
    }
    sent.current = { id: onSend(draft), text: draft };
    setDraft('');
    setTooLong(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (
      composerKey({ key: event.key, shiftKey: event.shiftKey, isComposing: event.nativeEvent.isComposing }) !== 'send'
    )
      return;
    event.preventDefault();
    submit();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit();
  };
  return (
    <form className="chat-panel__composer" onSubmit={onSubmit}>
      <label htmlFor={`${id}-input`} className="chat-panel__label">
        {label}
      </label>
      <textarea
        id={`${id}-input`}
        className="chat-panel__input"
        rows={3}
        value={draft}
        aria-describedby={showCounter ? `${id}-hint ${id}-counter` : `${id}-hint`}
        aria-invalid={over > 0 ? true : undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          if (tooLong) setTooLong(false);
        }}
        onKeyDown={onKeyDown}
      />
      <div className="chat-panel__composer-row">
        <span id={`${id}-hint`} className="chat-panel__hint">
          {words.inputHint}
        </span>
        {showCounter && (
          <span
            id={`${id}-counter`}
            className={over > 0 ? 'chat-panel__counter chat-panel__counter--over' : 'chat-panel__counter'}
          >
            {over > 0 ? words.charactersOver(over) : words.charactersLeft(-over)}
          </span>
        )}
        <button type="submit" className="button button--small button--primary">
          {words.send}
        </button>
      </div>
      {tooLong && (
        <p role="alert" className="chat-panel__error">
          {words.tooLong(chatLimits.maxMessageLength)}
        </p>
      )}
    </form>
  );
}
