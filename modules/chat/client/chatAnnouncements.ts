import type { AnnouncementOf, ModuleContext, ModuleInput, SwitchChange } from '@plenum/client-kit';
import { assertNever } from '@plenum/protocol';
import type { ChatProtocol } from '../protocol.js';
import type { ChatState } from './chatState.js';
import { conversationOf } from './chatState.js';

/** What the chat announces, with the parameters of each (the UI has the words). */
export type ChatAnnouncements = {
  /** Someone else's message for a conversation not on view (the panel's own live log covers the one on view). */
  readonly newMessage: { readonly name: string };
  readonly newPrivateMessage: { readonly name: string };
  /** Shown briefly as well, except to who cleared it: the messages went from the screen without them doing anything. */
  readonly historyCleared: { readonly name: string };
  /** Notices for this client's refused messages. */
  readonly slowDown: { readonly seconds: number };
  readonly tooLong: { readonly maxLength: number };
  readonly empty: Readonly<Record<string, never>>;
  readonly recipientGone: Readonly<Record<string, never>>;
  readonly recipientElsewhere: Readonly<Record<string, never>>;
  readonly recipientCannotRead: Readonly<Record<string, never>>;
  readonly notAllowed: Readonly<Record<string, never>>;
  /** To participants: moderators switched chat off (they can still read) or on again. */
  readonly switchedOff: Readonly<Record<string, never>>;
  readonly switchedOn: Readonly<Record<string, never>>;
  /** To moderators, who can still write: chat is off for the others, or on again for everyone. */
  readonly switchedOffForOthers: Readonly<Record<string, never>>;
  readonly switchedOnForOthers: Readonly<Record<string, never>>;
  /** A notice: a message was refused because chat was just switched off. */
  readonly refusedSwitchedOff: Readonly<Record<string, never>>;
};

/** The topic of everything said about chat being switched off or on: switching on ends a "switched off" notice. */
const switchTopic = 'switch';

/**
 * Announces a message from someone else unless its conversation is on view (then the message
 * list, a polite live region, reads it); never this client's own. Refusals are notices.
 */
export function announceChat(
  input: ModuleInput<ChatProtocol>,
  state: ChatState,
  context: ModuleContext,
): AnnouncementOf<ChatAnnouncements> | null {
  if (input.type === 'event') {
    const event = input.event;
    switch (event.event) {
      case 'messageSent': {
        const { message } = event;
        const self = context.self.participantId;
        if (message.from === self || state.messages.some((m) => m.seq === message.seq)) return null;
        const key = conversationOf(message, self);
        if (state.viewing === key) return null;
        const params = { name: message.fromName };
        return key === 'room' ? { key: 'newMessage', params } : { key: 'newPrivateMessage', params };
      }
      case 'historyCleared': {
        const said = { key: 'historyCleared', params: { name: event.byName } } as const;
        return event.by === context.self.participantId ? said : { ...said, notice: true, brief: true };
      }
      case 'history':
        return null;
      default:
        return assertNever(event);
    }
  }
  if (input.type !== 'error') return null;
  const error = input.error;
  switch (error.error) {
    case 'slowDown':
      return {
        key: 'slowDown',
        params: { seconds: Math.ceil(error.retryAfterMs / 1000) },
        notice: true,
        countdown: true,
      };
    case 'messageTooLong':
      return { key: 'tooLong', params: { maxLength: error.maxLength }, notice: true };
    case 'emptyMessage':
      return { key: 'empty', params: {}, notice: true };
    case 'invalidRecipient':
      switch (error.reason) {
        case 'notInRoom':
        case 'self':
          return { key: 'recipientGone', params: {}, notice: true };
        case 'otherGroup':
          return { key: 'recipientElsewhere', params: {}, notice: true };
        case 'cannotRead':
          return { key: 'recipientCannotRead', params: {}, notice: true };
        default:
          return assertNever(error.reason);
      }
    case 'forbidden':
      return { key: 'notAllowed', params: {}, notice: true };
    default:
      return assertNever(error);
  }
}

/**
 * What participants hear when moderators switch chat off or on (the panel then shows why they cannot write), what
 * moderators hear (they still can), and the notice for a message the server refused because chat was switched off.
 */
export function announceChatSwitch(
  change: SwitchChange,
  _state: ChatState,
  context: ModuleContext,
): AnnouncementOf<ChatAnnouncements> {
  const moderator = context.self.moderator;
  switch (change) {
    case 'switchedOff':
      return { key: moderator ? 'switchedOffForOthers' : 'switchedOff', params: {}, topic: switchTopic };
    case 'switchedOn':
      return { key: moderator ? 'switchedOnForOthers' : 'switchedOn', params: {}, topic: switchTopic };
    case 'refused':
      return { key: 'refusedSwitchedOff', params: {}, notice: true, topic: switchTopic };
    default:
      return assertNever(change);
  }
}
