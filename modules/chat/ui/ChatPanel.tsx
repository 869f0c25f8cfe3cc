import type { ModuleContext } from '@plenum/client-kit';
import { ModulePanel } from '@plenum/client-kit/ui';
import { useEffect, useId, useRef } from 'react';
import { conversations, messagesOf, privateRecipients } from '../client/chatSelectors.js';
import type { ChatState, ConversationKey } from '../client/chatState.js';
import { ClearHistory } from './ClearHistory.js';
import { ConversationSwitcher } from './ConversationSwitcher.js';
import type { ChatUiMessages } from './chatUiMessages.js';
import { MessageComposer } from './MessageComposer.js';
import { MessageList } from './MessageList.js';
import './ChatPanel.css';

export interface ChatPanelProps {
  readonly state: ChatState;
  /** This client and the roster (as the reducer sees them). */
  readonly context: ModuleContext;
  /** Moderators switched chat off: participants may read but not write. */
  readonly switchedOff: boolean;
  /** Owner or moderator: may clear the history and write while chat is switched off. */
  readonly moderator: boolean;
  readonly words: ChatUiMessages;
  readonly headingId: string;
  readonly onClose: () => void;
  /** Sends a message to a conversation and returns the command's id. */
  readonly onSend: (text: string, to: ConversationKey) => string;
  /** Moderators: clears the history of their room. */
  readonly onClear: () => void;
  /** The panel shows `conversation` (null: the panel closed), so its messages count as read. */
  readonly onView: (conversation: ConversationKey | null) => void;
}

/**
 * The chat side panel, in the modules' panel frame (heading, close button, Escape): conversation switcher, the
 * messages of the selected conversation (a polite live log), the input, and for moderators
 * "Clear chat". In the main room of a tenant that keeps chat, a note says what is kept, for how long and who can read
 * it; in a breakout room, that its chat is only for that room and goes when the rooms close. The input is described by
 * that note.
 * While chat is switched off, participants read but see a notice instead of the
 * input. A private conversation whose partner is gone (or in another room) can be read but not
 * answered.
 */
export function ChatPanel(props: ChatPanelProps) {
  const { state, context, switchedOff, moderator, words, headingId, onClose, onSend, onClear, onView } = props;
  const view = useRef(onView);
  view.current = onView;
  const self = context.self.participantId;
  const recipients = privateRecipients(context);
  const list = conversations(state, context, state.selected);
  const canWrite = (k: ConversationKey) => k === 'room' || recipients.some((p) => p.id === k);
  const opened = list.find((c) => c.key === state.selected);
  const key: ConversationKey = canWrite(state.selected) || (opened?.latest ?? 0) > 0 ? state.selected : 'room';
  const reachable = canWrite(key);
  const current = list.find((c) => c.key === key);
  const partner = key === 'room' ? '' : current?.name || words.unknown;
  const inBreakout = (context.participants.find((p) => p.id === self)?.group ?? null) !== null;
  const roomNote = inBreakout
    ? words.breakoutNotice
    : state.keptForDays === null
      ? null
      : words.keptNotice(state.keptForDays);
  const noteId = useId();
  useEffect(() => () => view.current(null), []);
  // Also after a rejoin, whose fresh state has forgotten that the panel is open.
  useEffect(() => {
    if (state.viewing !== key) view.current(key);
  }, [key, state.viewing]);
  return (
    <ModulePanel
      className="chat-panel"
      headingId={headingId}
      heading={words.heading}
      closeLabel={words.close}
      onClose={onClose}
    >
      {roomNote && key === 'room' && (
        <p id={noteId} className="chat-panel__kept">
          {roomNote}
        </p>
      )}
      <ConversationSwitcher
        conversations={list.filter((c) => c.key === 'room' || c.latest > 0 || c.key === key)}
        recipients={recipients}
        participants={context.participants}
        inBreakout={inBreakout}
        selected={key}
        words={words}
        onSelect={(next) => view.current(next)}
      />
      <MessageList
        key={key}
        messages={messagesOf(state, key, self)}
        self={self}
        label={key !== 'room' ? words.privateLog(partner) : inBreakout ? words.breakoutLog : words.roomLog}
        words={words}
      />
      {switchedOff && !moderator ? (
        <p className="chat-panel__notice">{words.switchedOff}</p>
      ) : !reachable ? (
        <p className="chat-panel__notice">{words.partnerUnavailable(partner)}</p>
      ) : (
        <>
          {switchedOff && <p className="chat-panel__notice">{words.switchedOffModerator}</p>}
          <MessageComposer
            label={key !== 'room' ? words.inputPrivate(partner) : inBreakout ? words.inputBreakout : words.inputRoom}
            {...(roomNote && key === 'room' ? { describedBy: noteId } : {})}
            words={words}
            failure={state.failure}
            onSend={(text) => onSend(text, key)}
          />
        </>
      )}
      {moderator && <ClearHistory words={words} onClear={onClear} />}
    </ModulePanel>
  );
}
