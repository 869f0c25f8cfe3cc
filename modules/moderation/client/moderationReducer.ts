import type { ModuleInput, Self } from '@plenum/client-kit';
import { assertNever, type JoinStateOf, type ParticipantId } from '@plenum/protocol';
import type { LinkGuest, MicrophoneRestrictions, ModerationProtocol } from '../protocol.js';

export type ModerationJoinState = JoinStateOf<ModerationProtocol>;

/**
 * Moderation as this client sees it: whether microphone restrictions are on and who is on the allow list. Everyone
 * has it; only moderators act on it. The rules moderators switch (self-renaming, chat, hands, reactions) are the core's
 * room policy, which every UI slot gets as `policy`.
 */
export interface ModerationState {
  readonly restrictions: MicrophoneRestrictions;
  /** Moderators only (empty for everyone else): the guests in the meeting who came through a guest link. */
  readonly linkGuests: readonly LinkGuest[];
}

/** The state from moderation's part of a core `joined`; null (module off) when the server sent none. */
export function initModeration(join: ModerationJoinState | undefined): ModerationState | null {
  if (!join) return null;
  return { restrictions: join.restrictions, linkGuests: join.linkGuests ?? [] };
}

/**
 * Pure reducer. The restrictions are replaced by the server's events; someone who leaves drops off the allow
 * list (the server forgets them too, a later join is someone new). `muted` and errors change nothing here: they are
 * announcements. Returns the same object when nothing changed.
 */
export function moderationReducer(state: ModerationState, input: ModuleInput<ModerationProtocol>): ModerationState {
  switch (input.type) {
    case 'participantLeft': {
      const id = input.participant.id;
      const linkGuests = state.linkGuests.some((g) => g.participantId === id)
        ? state.linkGuests.filter((g) => g.participantId !== id)
        : state.linkGuests;
      if (!state.restrictions.allowed.includes(id))
        return linkGuests === state.linkGuests ? state : { ...state, linkGuests };
      const allowed = state.restrictions.allowed.filter((a) => a !== id);
      return { ...state, linkGuests, restrictions: { ...state.restrictions, allowed } };
    }
    case 'selfChanged':
    case 'participantJoined':
    case 'error':
      return state;
    case 'event': {
      const event = input.event;
      switch (event.event) {
        case 'muted':
        case 'guestLinkClosed':
          return state;
        case 'microphoneRestrictionsChanged':
          return { ...state, restrictions: event.restrictions };
        case 'linkGuests':
          return { ...state, linkGuests: event.guests };
        default:
          return assertNever(event);
      }
    }
    default:
      return assertNever(input);
  }
}

/** Whether `participantId` is on the allow list (moderators may speak whether listed or not). */
export function isAllowed(state: ModerationState, participantId: ParticipantId): boolean {
  return state.restrictions.allowed.includes(participantId);
}

/** How `participantId` came in, for the ban dialog: through a link made for one person, a shared link, or none. */
export function linkOf(state: ModerationState, participantId: ParticipantId): 'personal' | 'shared' | null {
  const guest = state.linkGuests.find((g) => g.participantId === participantId);
  return guest === undefined ? null : guest.personal ? 'personal' : 'shared';
}

/** Whether this client is held muted by the restrictions right now. */
export function restrictsSelf(state: ModerationState, self: Self): boolean {
  return state.restrictions.on && !self.moderator && !isAllowed(state, self.participantId);
}
