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
  /** The roster, to mark guests and moderators, so two people of the same name can be told apart. */
  readonly participants: readonly ParticipantInfo[];
  readonly selected: ConversationKey;
  /** In a breakout room: the room conversation is that room's. */
  readonly inBreakout: boolean;
  readonly words: ChatUiMessages;
  readonly onSelect: (key: ConversationKey) => void;
}

/**
 * Which conversation the panel shows: a labelled native select (keyboard and screen readers
 * know it), with the conversations (and their unread counts) and, in a second group, everyone
 * else in this room one can write to privately. Guests and moderators are marked as such, so a guest who took a
 * moderator's name cannot receive a message meant for the moderator unnoticed.
 */
export function ConversationSwitcher({
  conversations,
  recipients,
  participants,
  selected,
  inBreakout,
  words,
  onSelect,
}: ConversationSwitcherProps) {
  const id = useId();
  const known = new Set<string>(conversations.map((c) => c.key));
  const others = recipients.filter((p) => !known.has(p.id));
  const marked = (id: string, name: string) => {
    const person = participants.find((p) => p.id === id);
    if (person?.role === 'guest') return words.asGuest(name);
    if (person?.role === 'moderator' || person?.owner) return words.asModerator(name);
    return name;
  };
  const name = (c: Conversation) =>
    c.key === 'room' ? (inBreakout ? words.everyoneInRoom : words.everyone) : marked(c.key, c.name || words.unknown);
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
                {marked(p.id, p.displayName)}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </div>
  );
}
