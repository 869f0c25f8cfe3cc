import type { ParticipantId } from '@plenum/protocol';
import { useEffect, useRef, useState } from 'react';
import type { ChatMessage } from '../protocol.js';
import type { ChatUiMessages } from './chatUiMessages.js';

export interface MessageListProps {
  readonly messages: readonly ChatMessage[];
  readonly self: ParticipantId;
  /** The accessible name of the list (which conversation). */
  readonly label: string;
  readonly words: ChatUiMessages;
}

/**
 * The messages of one conversation, oldest first, each with sender and time. A polite live log:
 * while it is shown, screen readers read new messages as they arrive. Text is rendered as plain
 * text (React escapes it; line breaks by CSS), never as HTML. Focusable, so it can be scrolled by
 * keyboard. It follows new messages to the bottom while the reader is there (or wrote the message); someone reading
 * older messages stays where they are and gets a "New messages" button instead. Kept messages of earlier meetings (the tenant
 * keeps chat) stand under their own heading, with their date.
 */
export function MessageList({ messages, self, label, words }: MessageListProps) {
  const log = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const [unseen, setUnseen] = useState(false);
  const last = messages.at(-1);
  const latest = last?.seq;
  const toBottom = () => {
    const element = log.current;
    if (element) element.scrollTop = element.scrollHeight;
    atBottom.current = true;
    setUnseen(false);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new last message is what moves the view
  useEffect(() => {
    if (atBottom.current || last?.from === self) toBottom();
    else setUnseen(true);
  }, [latest]);
  const onScroll = () => {
    const element = log.current;
    if (!element) return;
    atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < 24;
    if (atBottom.current) setUnseen(false);
  };
  const earlier = messages.filter((m) => m.earlier);
  const current = earlier.length === 0 ? messages : messages.filter((m) => !m.earlier);
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable log must be reachable by keyboard
    <div ref={log} className="chat-panel__log" role="log" aria-label={label} tabIndex={0} onScroll={onScroll}>
      {messages.length === 0 && <p className="chat-panel__empty">{words.noMessages}</p>}
      {earlier.length > 0 && (
        <>
          <h3 className="chat-panel__part">{words.earlierMeetings}</h3>
          <Messages messages={earlier} self={self} words={words} />
          {current.length > 0 && <h3 className="chat-panel__part">{words.thisMeeting}</h3>}
        </>
      )}
      {current.length > 0 && <Messages messages={current} self={self} words={words} />}
      {unseen && (
        <button type="button" className="button button--small chat-panel__unseen" onClick={toBottom}>
          {words.newMessages}
        </button>
      )}
    </div>
  );
}

function Messages({ messages, self, words }: Omit<MessageListProps, 'label'>) {
  return (
    <ol className="chat-panel__messages">
      {messages.map((m) => (
        <li key={m.seq} className={m.from === self ? 'chat-message chat-message--own' : 'chat-message'}>
          <p className="chat-message__meta">
            <span className="chat-message__sender">{m.from === self ? words.you : m.fromName || words.unknown}</span>{' '}
            <time className="chat-message__time" dateTime={new Date(m.at).toISOString()}>
              {m.earlier ? words.dateTime(m.at) : words.time(m.at)}
            </time>
          </p>
          <p className="chat-message__text" dir="auto">
            {m.text}
          </p>
        </li>
      ))}
    </ol>
  );
}
