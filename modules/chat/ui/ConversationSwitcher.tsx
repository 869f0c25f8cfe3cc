import type { ParticipantInfo } from '@plenum/module-core/protocol';
import { useId } from 'react';
import type { Conversation } from '../client/chatSelectors.js';
import type { ConversationKey } from '../client/chatState.js';
import type { ChatUiMessages } from './chatUiMessages.js';

export interface ConversationSwitcherProps {
  /** The room first, then private conversations (see `conversations`). */
  readonly conversations: readonly Conversation[];
  /** People to start a private conversation with (those without one yet are offered). */
  readonly recipients: readonly ParticipantInfo[];
  readonly selected: ConversationKey;
  readonly words: ChatUiMessages;
  readonly onSelect: (key: ConversationKey) => void;
}

/**
 * Which conversation the panel shows: a labelled native select (keyboard and screen readers
 * know it), with the conversations (and their unread counts) and, in a second group, everyone
 * else in this room one can write to privately.
 */
export function ConversationSwitcher({
  conversations,
  recipients,
  selected,
  words,
  onSelect,
}: ConversationSwitcherProps) {
  const id = useId();
  const known = new Set<string>(conversations.map((c) => c.key));
  const others = recipients.filter((p) => !known.has(p.id));
  const name = (c: Conversation) => (c.key === 'room' ? words.everyone : c.name || words.unknown);
  return (
    <div className="chat-panel__switcher">
      <label htmlFor={id}>{words.conversation}</label>
      <select
        id={id}
        value={selected}
        onChange={(event) => onSelect(event.target.value as ConversationKey)}
        className="chat-panel__select"
      >
        <optgroup label={words.conversationsGroup}>
          {conversations.map((c) => (
            <option key={c.key} value={c.key}>
              {c.unread > 0 ? words.withUnread(name(c), c.unread) : name(c)}
            </option>
          ))}
        </optgroup>
        {others.length > 0 && (
          <optgroup label={words.writePrivatelyGroup}>
            {others.map((p) => (
              <option key={p.id} value={p.id}>
                {p.displayName}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </div>
  );
}
