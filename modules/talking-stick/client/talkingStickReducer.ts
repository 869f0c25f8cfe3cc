import type { ModuleContext, ModuleInput } from '@plenum/client-kit';
import { assertNever, type JoinStateOf, type ParticipantId } from '@plenum/protocol';
import type { SpeakerList, TalkingStickProtocol } from '../protocol.js';

export type TalkingStickJoinState = JoinStateOf<TalkingStickProtocol>;

/**
 * The speaker list as this client sees it: the running list (null when none) and the server's
 * clock when the list was last sent (`serverNow`), so the UI can count the speaker's time down
 * on the local clock.
 */
export interface TalkingStickState {
  readonly list: SpeakerList | null;
  readonly serverNow: number;
}

/** The state from the module's part of a core `joined`; null (module off) without it. */
export function initTalkingStick(join: TalkingStickJoinState | undefined): TalkingStickState | null {
  return join ? { list: join.list, serverNow: join.now } : null;
}

/**
 * Pure reducer: every event that changes the list carries all of it, so the state is replaced;
 * `ended` clears it. The personal `yourTurn` / `youAreNext`, errors and roster changes change
 * nothing (the server's events keep the list true, also when someone leaves). Returns the same
 * object when nothing changed.
 */
export function talkingStickReducer(
  state: TalkingStickState,
  input: ModuleInput<TalkingStickProtocol>,
  _context: ModuleContext,
): TalkingStickState {
  switch (input.type) {
    case 'selfChanged':
    case 'participantJoined':
    case 'participantLeft':
    case 'error':
      return state;
    case 'event': {
      const event = input.event;
      switch (event.event) {
        case 'started':
        case 'turnChanged':
        case 'orderChanged':
          return { list: event.list, serverNow: event.now };
        case 'ended':
          return state.list === null ? state : { ...state, list: null };
        case 'yourTurn':
        case 'youAreNext':
          return state;
        default:
          return assertNever(event);
      }
    }
    default:
      return assertNever(input);
  }
}

/** Whether `participantId` holds the stick. */
export function isSpeaking(state: TalkingStickState, participantId: ParticipantId): boolean {
  return state.list?.speaker === participantId;
}

/** Who the current speaker may nominate (nominate mode only, else nobody). */
export function nominable(list: SpeakerList): readonly ParticipantId[] {
  return list.mode === 'nominate' ? list.waiting : [];
}

/**
 * The people after the speaker in the order they will (probably) speak: the next speaker first,
 * then the others who wait. In nominate mode only the nominated person's place is certain.
 */
export function upcoming(list: SpeakerList): readonly ParticipantId[] {
  return list.next === null ? list.waiting : [list.next, ...list.waiting.filter((id) => id !== list.next)];
}

/**
 * Milliseconds the speaker has left at local time `localNow`, given that the list was sent at
 * server time `serverNow` and received at local time `receivedAt`; null without a time limit.
 * Never negative.
 */
export function remainingMs(list: SpeakerList, serverNow: number, receivedAt: number, localNow: number): number | null {
  if (list.turnEndsAt === null) return null;
  return Math.max(0, list.turnEndsAt - serverNow - (localNow - receivedAt));
}
