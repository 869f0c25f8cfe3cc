import { type AnnouncementOf, type ModuleContext, type ModuleInput, nameOf } from '@plenum/client-kit';
import { assertNever, type ParticipantId } from '@plenum/protocol';
import type { RaiseHandsProtocol } from '../protocol.js';
import { isRaised, type RaiseHandsState } from './raiseHandsReducer.js';

/** What raise-hands announces, with the parameters of each (the UI has the words). */
export type RaiseHandsAnnouncements = {
  /** A brief notice to owner and moderators, with the sound: someone raised their hand (`position` in the queue). */
  readonly handRaised: { readonly name: string; readonly position: number };
  /** A brief notice to the participant: a moderator lowered their hand. */
  readonly yourHandLowered: { readonly name: string };
  /** To the participant: their hand went down because they moved to another room. */
  readonly yourHandLoweredByMove: Readonly<Record<string, never>>;
  /** A brief notice to owner and moderators, with the sound: a hand went up in another room (a room asks for help). */
  readonly handRaisedElsewhere: Readonly<Record<string, never>>;
  /**
   * To everyone: moderators switched raising hands off (every hand went down) or on again; a brief notice to those who
   * cannot switch it back (the "Raise hand" button goes or comes), said politely to moderators.
   */
  readonly switchedOff: Readonly<Record<string, never>>;
  readonly switchedOn: Readonly<Record<string, never>>;
  /** A notice: raised again too soon; `seconds` until it works. */
  readonly tooSoon: { readonly seconds: number };
  /** A notice: raising hands is switched off. */
  readonly unavailable: Readonly<Record<string, never>>;
  /** A notice: lowering someone's hand was refused (moderator rights lost). */
  readonly actionFailed: Readonly<Record<string, never>>;
};

type Announcement = AnnouncementOf<RaiseHandsAnnouncements>;

/**
 * Moderators see and hear (with the sound) who raised a hand in their room, and that one went up in
 * another room; a participant hears when a moderator lowered theirs, or a move to another room
 * did. `state` is before the input, so a lowered hand can still be checked. Losing a race (the
 * hand was already down, the person left) says nothing: the list is already true.
 */
export function announceRaiseHands(
  input: ModuleInput<RaiseHandsProtocol>,
  state: RaiseHandsState,
  context: ModuleContext,
): Announcement | null {
  if (input.type === 'error') return announceError(input.error);
  if (input.type !== 'event') return null;
  const event = input.event;
  const self = context.self;
  switch (event.event) {
    case 'handRaised': {
      const id = event.hand.participantId;
      if (!self.moderator || id === self.participantId || isRaised(state, id)) return null;
      const position = state.hands.filter((h) => h.raisedAt <= event.hand.raisedAt).length + 1;
      return {
        key: 'handRaised',
        params: { name: nameOf(context, id), position },
        sound: true,
        notice: true,
        brief: true,
      };
    }
    case 'handLowered':
      if (event.participantId !== self.participantId) return null;
      if (event.reason === 'moved') return { key: 'yourHandLoweredByMove', params: {} };
      return event.by !== undefined ? handLoweredBy(context, event.by) : null;
    case 'allLowered':
      return event.by !== self.participantId && isRaised(state, self.participantId)
        ? handLoweredBy(context, event.by)
        : null;
    case 'elsewhereChanged': {
      const before = state.elsewhere.find((e) => e.group === event.group)?.count ?? 0;
      return self.moderator && event.count > before
        ? { key: 'handRaisedElsewhere', params: {}, sound: true, notice: true, brief: true }
        : null;
    }
    case 'queue':
      return null;
    case 'availabilityChanged': {
      if (event.enabled === state.enabled) return null;
      const key = event.enabled ? 'switchedOn' : 'switchedOff';
      // One topic, so "switched on" replaces "switched off" on screen.
      return self.moderator
        ? { key, params: {}, topic: 'switch' }
        : { key, params: {}, notice: true, brief: true, topic: 'switch' };
    }
    default:
      return assertNever(event);
  }
}

/** "Alice lowered your hand", shown briefly: the hand went down on screen without this person doing anything. */
function handLoweredBy(context: ModuleContext, by: ParticipantId): Announcement {
  return { key: 'yourHandLowered', params: { name: nameOf(context, by) }, notice: true, brief: true };
}

function announceError(error: Extract<ModuleInput<RaiseHandsProtocol>, { type: 'error' }>['error']) {
  switch (error.error) {
    case 'slowDown':
      return {
        key: 'tooSoon',
        params: { seconds: Math.ceil(error.retryAfterMs / 1000) },
        notice: true,
        countdown: true,
      } as const;
    case 'switchedOff':
      return { key: 'unavailable', params: {}, notice: true } as const;
    case 'forbidden':
      return { key: 'actionFailed', params: {}, notice: true } as const;
    case 'unknownParticipant':
    case 'handNotRaised':
      return null;
    default:
      return assertNever(error);
  }
}
