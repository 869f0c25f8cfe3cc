import { TokenBucket } from '@plenum/protocol';
import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type { ChatFailure } from '../client/chatState.js';
import { chatLimits } from '../protocol.js';
import type { ChatUiMessages } from './chatUiMessages.js';
import { composerKey } from './composerKey.js';
import { draftLength, fitDraft } from './fitDraft.js';
import { useSettled } from './useSettled.js';

/** How long typing must pause before the live region says how many characters are left. */
const settleMs = 1000;

/** The client paces a little slower than the server, so network jitter does not turn a paced message into a refusal. */
const paceMarginMs = 250;

/**
 * What the composer's polite live region says for a draft of `length` characters: nothing until the counter's
 * threshold (`chatLimits.counterFrom`), then how many are left, and that the limit is reached.
 */
export function lengthAnnouncement(words: ChatUiMessages, length: number): string {
  const max = chatLimits.maxMessageLength;
  if (length < chatLimits.counterFrom) return '';
  return length >= max ? words.limitReached(max) : words.charactersLeft(max - length);
}

export interface MessageComposerProps {
  /** The input's label (to whom the message goes). */
  readonly label: string;
  readonly words: ChatUiMessages;
  /** The last refused command of this client: when it is the message just sent, its text comes back. */
  readonly failure: ChatFailure | null;
  /** Sends the text and returns the command's id. */
  readonly onSend: (text: string) => string;
  /** The id of a note about the conversation (who can read it) that describes the input too. */
  readonly describedBy?: string;
}

/**
 * The message input: Enter sends, Shift+Enter starts a new line. A counter ("120 / 2000") shows the length as the
 * server counts it and describes the input; the input takes no more than the limit (typing or pasting stops there),
 * and near it a polite live region says, when typing pauses, how many characters are left. The input empties on send;
 * if the server refuses that message (e.g. "slow down"), the text comes back so nothing typed is lost. The composer
 * keeps the server's pace itself (the same token bucket): a message sent too soon stays in the input, with a note
 * saying when it can go, instead of being sent and refused.
 */
export function MessageComposer({ label, words, failure, onSend, describedBy }: MessageComposerProps) {
  const [draft, setDraft] = useState('');
  const [pace] = useState(() => new TokenBucket(chatLimits.burst, chatLimits.refillMs + paceMarginMs, Date.now()));
  const [waitUntil, setWaitUntil] = useState<number | null>(null);
  useEffect(() => {
    if (waitUntil === null) return;
    const timer = setTimeout(() => setWaitUntil(null), Math.max(0, waitUntil - Date.now()));
    return () => clearTimeout(timer);
  }, [waitUntil]);
  const sent = useRef<{ readonly id: string; readonly text: string } | null>(null);
  const id = useId();
  useEffect(() => {
    const last = sent.current;
    if (!failure || !last || failure.id !== last.id) return;
    sent.current = null;
    setDraft((current) => (current === '' ? last.text : current));
  }, [failure]);
  const max = chatLimits.maxMessageLength;
  const length = draftLength(draft);
  const spoken = useSettled(lengthAnnouncement(words, length), settleMs);
  const submit = () => {
    if (length === 0 || length > max) return;
    const now = Date.now();
    const wait = pace.take(now);
    if (wait > 0) {
      setWaitUntil(now + wait);
      return;
    }
    setWaitUntil(null);
    sent.current = { id: onSend(draft), text: draft };
    setDraft('');
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
        aria-describedby={`${describedBy ? `${describedBy} ` : ''}${id}-hint ${id}-counter`}
        onChange={(event) => {
          const next = event.target.value;
          setDraft((current) => fitDraft(current, next, max));
        }}
        onKeyDown={onKeyDown}
      />
      <div className="chat-panel__composer-row">
        <span id={`${id}-hint`} className="chat-panel__hint">
          {words.inputHint}
        </span>
        <span
          className={
            length >= chatLimits.counterFrom ? 'chat-panel__counter chat-panel__counter--near' : 'chat-panel__counter'
          }
          aria-hidden="true"
        >
          {words.counter(length, max)}
        </span>
        <span id={`${id}-counter`} className="visually-hidden">
          {words.characterCount(length, max)}
        </span>
        <button type="submit" className="button button--small button--primary">
          {words.send}
        </button>
      </div>
      <p className="visually-hidden" aria-live="polite" data-testid="chat-length">
        {spoken}
      </p>
      <p className="chat-panel__pace" aria-live="polite">
        {waitUntil === null ? '' : words.paced(Math.max(1, Math.ceil((waitUntil - Date.now()) / 1000)))}
      </p>
    </form>
  );
}
